package dev.awsmcp.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.model.ServiceCatalog;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, byte[]> FILES = Map.of(
            "policy.json", "{\"Version\":\"2012-10-17\"}".getBytes(StandardCharsets.UTF_8),
            "input.json", "{\"Bucket\":\"from-file\",\"Prefix\":\"p/\"}".getBytes(StandardCharsets.UTF_8),
            "data.bin", new byte[] {0, 1, 2, (byte) 255});
    private final CommandParser parser = new CommandParser(ServiceCatalog.bundled(), path -> {
        byte[] b = FILES.get(path);
        if (b == null) {
            throw new java.io.FileNotFoundException(path);
        }
        return b;
    });

    private BoundCall call(String command) {
        ParsedCommand c = parser.parse(command);
        assertThat(c).isInstanceOf(BoundCall.class);
        return (BoundCall) c;
    }

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    private CommandException error(String command) {
        try {
            parser.parse(command);
        } catch (CommandException e) {
            assertThat(e.exitCode()).isEqualTo(252);
            return e;
        }
        throw new AssertionError("expected an error for " + command);
    }

    @Test
    void bindsServiceOperationAndListParameter() throws Exception {
        BoundCall c = call("aws ec2 describe-instances --instance-ids i-1 i-2");
        assertThat(c.service().name()).isEqualTo("ec2");
        assertThat(c.operation().name()).isEqualTo("DescribeInstances");
        assertThat(c.params()).isEqualTo(json("{\"InstanceIds\":[\"i-1\",\"i-2\"]}"));
    }

    @Test
    void bindsRenamedServicesByCliName() {
        assertThat(call("aws s3api list-buckets").service().name()).isEqualTo("s3");
        assertThat(call("aws deploy list-applications").service().name()).isEqualTo("codedeploy");
        assertThat(call("aws configservice describe-config-rules").service().name()).isEqualTo("config");
    }

    @Test
    void globalOptionsMayAppearAnywhere() {
        BoundCall c = call("aws --region eu-west-1 ec2 describe-vpcs --output table --query Vpcs[].VpcId --no-paginate "
                + "--profile dev --endpoint-url http://localhost:4566 --debug --no-verify-ssl --cli-read-timeout 5");
        GlobalOptions o = c.options();
        assertThat(o.region()).isEqualTo("eu-west-1");
        assertThat(o.output()).isEqualTo("table");
        assertThat(o.query()).isEqualTo("Vpcs[].VpcId");
        assertThat(o.paginate()).isFalse();
        assertThat(o.profile()).isEqualTo("dev");
        assertThat(o.endpointUrl()).isEqualTo("http://localhost:4566");
        assertThat(o.debug()).isTrue();
        assertThat(o.noVerifySsl()).isTrue();
        assertThat(o.readTimeoutSeconds()).isEqualTo(5);
    }

    @Test
    void convertsScalarTypes() throws Exception {
        BoundCall c = call("aws ec2 describe-instances --max-results 5 --no-paginate --dry-run");
        assertThat(c.params()).isEqualTo(json("{\"MaxResults\":5,\"DryRun\":true}"));
    }

    @Test
    void booleanFlagsHaveNegativeForms() throws Exception {
        assertThat(call("aws ec2 create-image --instance-id i-1 --name img --no-reboot").params().get("NoReboot").asBoolean()).isTrue();
        assertThat(call("aws ec2 create-image --instance-id i-1 --name img --reboot").params().get("NoReboot").asBoolean()).isFalse();
        assertThat(call("aws ec2 describe-instances --no-dry-run").params()).isEqualTo(json("{\"DryRun\":false}"));
    }

    @Test
    void requiredBooleanIsSatisfiedByItsNegativeForm() {
        BoundCall c = call("aws cloudformation delete-stack-instances --stack-set-name s --accounts 1 --regions us-east-1 "
                + "--no-retain-stacks");
        assertThat(c.params().get("RetainStacks").asBoolean()).isFalse();
    }

    @Test
    void bindsShorthandListOfStructures() throws Exception {
        BoundCall c = call("aws ec2 create-tags --resources i-1 --tags Key=Name,Value=web Key=Env,Value=prod");
        assertThat(c.params().get("Tags")).isEqualTo(json("[{\"Key\":\"Name\",\"Value\":\"web\"},{\"Key\":\"Env\",\"Value\":\"prod\"}]"));
    }

    @Test
    void shorthandScalarBecomesListWhereModelWantsList() throws Exception {
        BoundCall c = call("aws ec2 describe-instances --filters Name=instance-state-name,Values=running");
        assertThat(c.params().get("Filters")).isEqualTo(json("[{\"Name\":\"instance-state-name\",\"Values\":[\"running\"]}]"));
    }

    @Test
    void shorthandConvertsNestedNumbersAndBooleans() throws Exception {
        BoundCall c = call("aws ec2 run-instances --image-id ami-1 --block-device-mappings "
                + "'DeviceName=/dev/sdb,Ebs={VolumeSize=20,DeleteOnTermination=false}'");
        assertThat(c.params().get("BlockDeviceMappings"))
                .isEqualTo(json("[{\"DeviceName\":\"/dev/sdb\",\"Ebs\":{\"VolumeSize\":20,\"DeleteOnTermination\":false}}]"));
        assertThat(c.params().get("MinCount").asInt()).isEqualTo(1);
    }

    @Test
    void bindsJsonValues() throws Exception {
        BoundCall c = call("aws ec2 describe-instances --filters '[{\"Name\":\"tag:Env\",\"Values\":[\"a\",\"b\"]}]'");
        assertThat(c.params().get("Filters")).isEqualTo(json("[{\"Name\":\"tag:Env\",\"Values\":[\"a\",\"b\"]}]"));
    }

    @Test
    void bindsMapShorthand() throws Exception {
        BoundCall c = call("aws sqs create-queue --queue-name q --attributes DelaySeconds=10,VisibilityTimeout=60");
        assertThat(c.params().get("Attributes")).isEqualTo(json("{\"DelaySeconds\":\"10\",\"VisibilityTimeout\":\"60\"}"));
    }

    @Test
    void fileUrlReadsTextThroughTheHook() throws Exception {
        BoundCall c = call("aws iam create-policy --policy-name p --policy-document file://policy.json");
        assertThat(c.params().get("PolicyDocument").asText()).isEqualTo("{\"Version\":\"2012-10-17\"}");
    }

    @Test
    void filebUrlReadsBytesIntoBlob() throws Exception {
        BoundCall c = call("aws kms encrypt --key-id k --plaintext fileb://data.bin");
        assertThat(c.params().get("Plaintext").binaryValue()).containsExactly(0, 1, 2, 255);
    }

    @Test
    void streamingBlobValueIsAFilePath() throws Exception {
        BoundCall c = call("aws s3api put-object --bucket b --key k --body data.bin");
        assertThat(c.params().get("Body").binaryValue()).containsExactly(0, 1, 2, 255);
        assertThat(error("aws s3api put-object --bucket b --key k --body nothing.bin").code())
                .isEqualTo("ParamFileNotReadable");
    }

    @Test
    void rawBlobTextIsSentAsUtf8ByDefault() throws Exception {
        BoundCall c = call("aws lambda invoke --function-name f --payload '{\"a\":1}' out.json");
        assertThat(new String(c.params().get("Payload").binaryValue(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(c.localArgs()).containsEntry("outfile", "out.json");
    }

    @Test
    void base64BinaryFormatDecodesBlobText() throws Exception {
        BoundCall c = call("aws kms encrypt --key-id k --plaintext aGk= --cli-binary-format base64");
        assertThat(new String(c.params().get("Plaintext").binaryValue(), StandardCharsets.UTF_8)).isEqualTo("hi");
    }

    @Test
    void timestampsBecomeIsoInstants() {
        BoundCall c = call("aws cloudwatch get-metric-statistics --namespace AWS/EC2 --metric-name CPUUtilization "
                + "--start-time 2024-01-02T03:04:05+01:00 --end-time 1704164645 --period 60 --statistics Average");
        assertThat(c.params().get("StartTime").asText()).isEqualTo("2024-01-02T02:04:05Z");
        assertThat(c.params().get("EndTime").asText()).isEqualTo("2024-01-02T03:04:05Z");
    }

    @Test
    void cliInputJsonMergesAndExplicitArgumentsWin() throws Exception {
        BoundCall c = call("aws s3api list-objects-v2 --cli-input-json file://input.json --bucket explicit");
        assertThat(c.params()).isEqualTo(json("{\"Bucket\":\"explicit\",\"Prefix\":\"p/\"}"));
    }

    @Test
    void cliInputYamlIsAccepted() throws Exception {
        BoundCall c = call("aws s3api list-objects-v2 --cli-input-yaml 'Bucket: b\nMaxKeys: 5'");
        assertThat(c.params()).isEqualTo(json("{\"Bucket\":\"b\",\"MaxKeys\":5}"));
    }

    @Test
    void generateSkeletonReturnsInputTemplateWithoutRequiredArguments() {
        ParsedCommand c = parser.parse("aws s3api put-object --generate-cli-skeleton");
        assertThat(c).isInstanceOf(Skeleton.class);
        Skeleton s = (Skeleton) c;
        assertThat(s.type()).isEqualTo("input");
        assertThat(s.skeleton().has("Bucket")).isTrue();
        assertThat(s.skeleton().get("ContentLength").asInt()).isZero();
    }

    @Test
    void generateSkeletonOutputUsesMemberNames() {
        Skeleton s = (Skeleton) parser.parse("aws sts get-caller-identity --generate-cli-skeleton output");
        assertThat(s.type()).isEqualTo("output");
        assertThat(s.skeleton().get("Account").asText()).isEqualTo("Account");
    }

    @Test
    void pagingArgumentsGoToOptionsAndFirstRequest() throws Exception {
        BoundCall c = call("aws dynamodb list-tables --page-size 1 --max-items 5 --starting-token abc");
        assertThat(c.params().size()).isZero();
        assertThat(c.options().pageSize()).isEqualTo(1);
        assertThat(c.options().maxItems()).isEqualTo(5);
        assertThat(PaginationInput.firstRequest(c))
                .isEqualTo(json("{\"Limit\":1,\"ExclusiveStartTableName\":\"abc\"}"));
    }

    @Test
    void operationsOwnTokenArgumentTurnsPaginationOff() throws Exception {
        BoundCall c = call("aws acm list-certificates --max-items 2 --next-token t");
        assertThat(c.options().paginate()).isFalse();
        assertThat(c.params()).isEqualTo(json("{\"NextToken\":\"t\",\"MaxItems\":2}"));
    }

    @Test
    void abbreviatedOptionsMatchUniquePrefix() throws Exception {
        assertThat(call("aws ec2 describe-instances --instance-id i-1").params())
                .isEqualTo(json("{\"InstanceIds\":[\"i-1\"]}"));
    }

    @Test
    void optionEqualsValueSyntax() throws Exception {
        assertThat(call("aws ec2 describe-instances --instance-ids=i-1").params())
                .isEqualTo(json("{\"InstanceIds\":[\"i-1\"]}"));
    }

    @Test
    void argumentRenamesApply() {
        BoundCall c = call("aws sns subscribe --topic-arn arn:t --protocol email --notification-endpoint a@b.c");
        assertThat(c.params().get("Endpoint").asText()).isEqualTo("a@b.c");
    }

    @Test
    void runInstancesCountSetsMinAndMax() {
        BoundCall c = call("aws ec2 run-instances --image-id ami-1 --count 2:4");
        assertThat(c.params().get("MinCount").asInt()).isEqualTo(2);
        assertThat(c.params().get("MaxCount").asInt()).isEqualTo(4);
    }

    @Test
    void securityGroupShortcutsBuildIpPermissions() throws Exception {
        BoundCall c = call("aws ec2 authorize-security-group-ingress --group-id sg-1 --protocol tcp --port 22-25 "
                + "--cidr 10.0.0.0/8");
        assertThat(c.params().get("IpPermissions")).isEqualTo(json(
                "[{\"IpProtocol\":\"tcp\",\"FromPort\":22,\"ToPort\":25,\"IpRanges\":[{\"CidrIp\":\"10.0.0.0/8\"}]}]"));
    }

    @Test
    void waiterBindsToItsOperation() {
        ParsedCommand c = parser.parse("aws ec2 wait instance-running --instance-ids i-1");
        assertThat(c).isInstanceOf(WaiterCall.class);
        WaiterCall w = (WaiterCall) c;
        assertThat(w.waiterName()).isEqualTo("InstanceRunning");
        assertThat(w.call().operation().name()).isEqualTo("DescribeInstances");
    }

    @Test
    void unknownWaiterSuggestsClosest() {
        assertThat(error("aws ec2 wait instance-runing").hint()).contains("instance-running");
    }

    @Test
    void recognisesHighLevelCommands() {
        HighLevelCommand s3 = (HighLevelCommand) parser.parse("aws s3 cp a.txt s3://b/a.txt --region us-east-1");
        assertThat(s3.service()).isEqualTo("s3");
        assertThat(s3.subcommand()).isEqualTo("cp");
        assertThat(s3.args()).containsExactly("a.txt", "s3://b/a.txt");
        assertThat(s3.options().region()).isEqualTo("us-east-1");
        assertThat(((HighLevelCommand) parser.parse("aws eks update-kubeconfig --name c")).subcommand())
                .isEqualTo("update-kubeconfig");
        assertThat(((HighLevelCommand) parser.parse("aws configure set region eu-west-1")).service()).isEqualTo("configure");
        assertThat(((HighLevelCommand) parser.parse("aws emr create-cluster --release-label emr-6")).subcommand())
                .isEqualTo("create-cluster");
        assertThat(parser.parse("aws deploy push --application-name a --s3-location s3://b/k"))
                .isInstanceOf(HighLevelCommand.class);
    }

    @Test
    void unknownServiceSuggestsClosest() {
        CommandException e = error("aws ec22 describe-instances");
        assertThat(e.code()).isEqualTo("UnknownService");
        assertThat(e.hint()).contains("ec2");
    }

    @Test
    void unknownOperationSuggestsClosest() {
        CommandException e = error("aws ec2 describe-instance");
        assertThat(e.code()).isEqualTo("UnknownOperation");
        assertThat(e.hint()).contains("describe-instances");
    }

    @Test
    void removedCommandsAreUnknown() {
        assertThat(error("aws emr run-job-flow --name x").getMessage()).contains("removed");
    }

    @Test
    void unknownParameterSuggestsClosest() {
        CommandException e = error("aws ec2 describe-instances --filter Name=a,Values=b --instance-idz i-1");
        assertThat(e.code()).isEqualTo("UnknownParameter");
        assertThat(e.hint()).contains("--instance-ids");
    }

    @Test
    void missingRequiredParametersListedWithTypes() {
        CommandException e = error("aws ec2 create-tags");
        assertThat(e.code()).isEqualTo("MissingParameter");
        assertThat(e.getMessage()).contains("--resources (list)").contains("--tags (list)");
        assertThat(e.hint()).contains("Key=string,Value=string");
    }

    @Test
    void wrongScalarTypeIsReported() {
        CommandException e = error("aws ec2 describe-instances --max-results ten");
        assertThat(e.getMessage()).contains("--max-results").contains("ten");
    }

    @Test
    void nestedUnknownKeyIsReported() {
        CommandException e = error("aws ec2 describe-instances --filters Nme=x,Values=y");
        assertThat(e.code()).isEqualTo("UnknownParameter");
        assertThat(e.getMessage()).contains("Nme").contains("Name, Values");
    }

    @Test
    void minimumLengthIsEnforcedLikeBotocore() {
        CommandException e = error("aws cognito-idp admin-respond-to-auth-challenge --user-pool-id p --client-id c "
                + "--challenge-name SMS_MFA --session short");
        assertThat(e.code()).isEqualTo("ParameterOutOfRange");
        assertThat(e.getMessage()).contains("Session").contains("20");
    }

    @Test
    void enumValuesAreNotRejectedClientSide() {
        // the AWS CLI leaves enum checks to the service; so do we
        assertThat(call("aws ec2 describe-instance-types --instance-types m9.future").params().get("InstanceTypes")).hasSize(1);
    }

    @Test
    void advisorFlagsEnumMaxAndPatternWithoutFailingTheParse() {
        BoundCall c = call("aws dynamodb create-table --table-name t --billing-mode PAY_PER_USE "
                + "--attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH");
        assertThat(ConstraintAdvisor.check(c)).extracting(ConstraintAdvisor.Advisory::path).containsExactly("BillingMode");
        assertThat(ConstraintAdvisor.check(c).get(0).message()).contains("PAY_PER_REQUEST");
        assertThat(ConstraintAdvisor.check(call("aws dynamodb list-tables --limit 500")))
                .extracting(ConstraintAdvisor.Advisory::path).containsExactly("Limit");
    }

    @Test
    void malformedJsonReportsPosition() {
        CommandException e = error("aws ec2 describe-instances --filters '[{\"Name\": }]'");
        assertThat(e.code()).isEqualTo("InvalidJson");
        assertThat(e.getMessage()).contains("line 1 column");
    }

    @Test
    void malformedShorthandReportsExpectation() {
        CommandException e = error("aws ec2 create-tags --resources i-1 --tags Key=Department, Value=Engineering");
        assertThat(e.code()).isEqualTo("InvalidShorthand");
        assertThat(e.getMessage()).contains("position");
    }

    @Test
    void duplicateParametersWithDifferentValuesAreRejected() {
        assertThat(error("aws ec2 describe-vpcs --vpc-ids a --vpc-ids b").code()).isEqualTo("DuplicateParameter");
    }

    @Test
    void commandMustStartWithAws() {
        assertThat(error("ec2 describe-instances").code()).isEqualTo("NotAnAwsCommand");
    }

    @Test
    void unreadableFileIsReported() {
        assertThat(error("aws iam create-policy --policy-name p --policy-document file://missing.json").code())
                .isEqualTo("ParamFileNotReadable");
    }

    @Test
    void urlParametersAreNotTreatedAsFiles() {
        BoundCall c = call("aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/1/q --message-body hi");
        assertThat(c.params().get("QueueUrl").asText()).startsWith("https://");
    }

    @Test
    void helpWordBecomesHelpRequest() {
        assertThat(parser.parse("aws ec2 describe-instances help")).isInstanceOf(HighLevelCommand.class);
    }

    @Test
    void cloudFrontInvalidationPathsBuildTheBatchLikeTheCli() {
        BoundCall c = call("aws cloudfront create-invalidation --distribution-id EDFDVBD6EXAMPLE --paths /a.jpg /b/*");
        com.fasterxml.jackson.databind.JsonNode batch = c.params().path("InvalidationBatch");
        assertThat(batch.path("Paths").path("Quantity").asInt()).isEqualTo(2);
        assertThat(batch.path("Paths").path("Items").toString()).isEqualTo("[\"/a.jpg\",\"/b/*\"]");
        assertThat(batch.path("CallerReference").asText()).matches("cli-\\d{10}-\\d{1,7}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parser.parse(
                "aws cloudfront create-invalidation --distribution-id EDFDVBD6EXAMPLE"))
                .hasMessageContaining("InvalidationBatch");
    }
}
