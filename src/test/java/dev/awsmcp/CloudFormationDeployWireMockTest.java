package dev.awsmcp;

import dev.awsmcp.command.WorkingDirectoryFiles;
import dev.awsmcp.engine.PolicyGate;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.awsmcp.client.testing.MutableClock;
import dev.awsmcp.client.testing.RecordingSleeper;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.policy.Classifier;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws cloudformation deploy} through the whole facade against a WireMock CloudFormation (query protocol):
 * the requests deployer.py sends, in order, and what deploy.py prints and exits with.
 */
class CloudFormationDeployWireMockTest {
    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
    private static final String NS = " xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\"";
    private static final String CHANGESET_ID = "arn:aws:cloudformation:us-east-1:123456789012:changeSet/cs/abc";
    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: '2010-09-09'
            Parameters:
              Env:
                Type: String
              Size:
                Type: String
                Default: small
              Fresh:
                Type: String
                Default: x
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub '${Env}-bucket'
                  Tags:
                    - Key: size
                      Value: !Ref Size
            Outputs:
              Arn:
                Value: !GetAtt Bucket.Arn
            """;

    @TempDir
    Path root;
    private Path work;
    private WireMockServer wm;
    private String ep;

    @BeforeEach
    void start() throws IOException {
        work = Files.createDirectories(root.resolve("work"));
        Files.writeString(work.resolve("template.yaml"), TEMPLATE);
        wm = FacadeHarness.startWireMock();
        ep = " " + FacadeHarness.endpointOptions(wm, "us-east-1");
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private AwsMcp facade(boolean readOnly) {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret");
        // deploy.py's S3 client takes no --endpoint-url; the service's endpoint setting reaches it.
        b.environment = TestEnvironment.of(Map.of("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:" + wm.port()), "");
        MutableClock clock = new MutableClock(NOW);
        b.clock = clock;
        b.sleeper = new RecordingSleeper(clock);
        b.fileReader(new WorkingDirectoryFiles(work));
        if (readOnly) {
            b.callGate(PolicyGate.of(PolicyEngine.of(PolicySettings.defaults().withReadOnly(true), Classifier.bundled(),
                    null)));
        }
        return b.build();
    }

    private CommandResult deploy(String args) {
        try (AwsMcp aws = facade(false)) {
            return aws.execute("aws cloudformation deploy " + args + ep);
        }
    }

    private void stub(String action, String scenarioState, String nextState, int status, String xml) {
        MappingBuilder m = post("/").withRequestBody(containing("Action=" + action));
        if (scenarioState != null) {
            ScenarioMappingBuilder s = m.inScenario(action).whenScenarioStateIs(scenarioState);
            m = nextState == null ? s : s.willSetStateTo(nextState);
        }
        wm.stubFor(m.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/xml")
                .withHeader("x-amzn-RequestId", "req-" + action).withBody(xml)));
    }

    private static String ok(String action, String result) {
        return "<" + action + "Response" + NS + "><" + action + "Result>" + result + "</" + action + "Result>"
                + "<ResponseMetadata><RequestId>req</RequestId></ResponseMetadata></" + action + "Response>";
    }

    private static String stacks(String status) {
        return ok("DescribeStacks", "<Stacks><member><StackName>app</StackName><StackId>arn:stack/app</StackId>"
                + "<CreationTime>2025-01-01T00:00:00Z</CreationTime><StackStatus>" + status
                + "</StackStatus></member></Stacks>");
    }

    private void stubChangeSet(String describeResult) {
        stub("CreateChangeSet", null, null, 200, ok("CreateChangeSet", "<Id>" + CHANGESET_ID + "</Id>"
                + "<StackId>arn:stack/app</StackId>"));
        stub("DescribeChangeSet", null, null, 200, ok("DescribeChangeSet", describeResult));
        stub("ExecuteChangeSet", null, null, 200, ok("ExecuteChangeSet", ""));
    }

    private void stubNewStack() {
        stub("DescribeStacks", Scenario.STARTED, "created", 400, "<ErrorResponse" + NS + "><Error><Type>Sender</Type>"
                + "<Code>ValidationError</Code><Message>Stack with id app does not exist</Message></Error>"
                + "<RequestId>req-missing</RequestId></ErrorResponse>");
        stub("DescribeStacks", "created", null, 200, stacks("CREATE_COMPLETE"));
    }

    private List<String> actions() {
        List<String> newestFirst = new ArrayList<>(wm.getAllServeEvents().stream()
                .map(e -> form(e.getRequest()).get("Action")).toList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private Map<String, String> sent(String action) {
        List<LoggedRequest> r = wm.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=" + action)));
        assertThat(r).as(action).hasSize(1);
        return form(r.get(0));
    }

    private static Map<String, String> form(LoggedRequest r) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : r.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            m.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    @Test
    void createsANewStackThroughAChangeSet() {
        stubNewStack();
        stubChangeSet("<Status>CREATE_COMPLETE</Status>");

        CommandResult r = deploy("--template-file template.yaml --stack-name app --parameter-overrides Env=prod "
                + "--capabilities CAPABILITY_IAM --tags team=core");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(r.text()).isEqualTo("\nWaiting for changeset to be created..\n"
                + "Waiting for stack create/update to complete\nSuccessfully created/updated stack - app\n");
        assertThat(actions()).containsExactly("DescribeStacks", "CreateChangeSet", "DescribeChangeSet",
                "ExecuteChangeSet", "DescribeStacks");
        Map<String, String> create = sent("CreateChangeSet");
        assertThat(create).containsEntry("ChangeSetType", "CREATE").containsEntry("StackName", "app")
                .containsEntry("TemplateBody", TEMPLATE)
                .containsEntry("ChangeSetName", "awscli-cloudformation-package-deploy-" + NOW.getEpochSecond())
                .containsEntry("Description", "Created by AWS CLI at 2025-01-02T03:04:05 UTC")
                .containsEntry("Parameters.member.1.ParameterKey", "Env")
                .containsEntry("Parameters.member.1.ParameterValue", "prod")
                .containsEntry("Capabilities.member.1", "CAPABILITY_IAM")
                .containsEntry("Tags.member.1.Key", "team").containsEntry("Tags.member.1.Value", "core")
                .doesNotContainKey("Parameters.member.2.ParameterKey").doesNotContainKey("TemplateURL");
        assertThat(sent("DescribeChangeSet")).containsEntry("ChangeSetName", CHANGESET_ID).containsEntry("StackName", "app");
        assertThat(sent("ExecuteChangeSet")).containsEntry("ChangeSetName", CHANGESET_ID)
                .containsEntry("DisableRollback", "false");
    }

    @Test
    void updatesAStackKeepingPreviousValuesOfParametersNotOverridden() {
        stub("DescribeStacks", null, null, 200, stacks("UPDATE_COMPLETE"));
        stub("GetTemplateSummary", null, null, 200, ok("GetTemplateSummary", "<Parameters>"
                + "<member><ParameterKey>Env</ParameterKey></member>"
                + "<member><ParameterKey>Size</ParameterKey></member></Parameters>"));
        stubChangeSet("<Status>CREATE_COMPLETE</Status>");

        CommandResult r = deploy("--template-file template.yaml --stack-name app --parameter-overrides Env=dev "
                + "--disable-rollback");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(r.text()).endsWith("Successfully created/updated stack - app\n");
        assertThat(actions()).containsExactly("DescribeStacks", "GetTemplateSummary", "CreateChangeSet",
                "DescribeChangeSet", "ExecuteChangeSet", "DescribeStacks");
        // Fresh is new in the template: no previous value to keep, so it is left out.
        assertThat(sent("CreateChangeSet")).containsEntry("ChangeSetType", "UPDATE")
                .containsEntry("Parameters.member.1.ParameterKey", "Env")
                .containsEntry("Parameters.member.1.ParameterValue", "dev")
                .containsEntry("Parameters.member.2.ParameterKey", "Size")
                .containsEntry("Parameters.member.2.UsePreviousValue", "true")
                .doesNotContainKey("Parameters.member.3.ParameterKey");
        assertThat(sent("ExecuteChangeSet")).containsEntry("DisableRollback", "true");
    }

    @Test
    void anEmptyChangeSetFailsByDefaultAndSucceedsWithNoFailOnEmptyChangeset() {
        stubNewStack();
        stubChangeSet("<Status>FAILED</Status><StatusReason>The submitted information didn't contain changes. "
                + "Submit different information to create a change set.</StatusReason>");

        CommandResult failed = deploy("--template-file template.yaml --stack-name app --fail-on-empty-changeset");
        assertThat(failed.exitCode()).isEqualTo(255);
        assertThat(failed.error().message()).isEqualTo("No changes to deploy. Stack app is up to date");

        wm.resetRequests();
        wm.resetScenarios();
        CommandResult r = deploy("--template-file template.yaml --stack-name app --no-fail-on-empty-changeset");
        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(r.text()).isEqualTo("\nWaiting for changeset to be created..\n"
                + "\nNo changes to deploy. Stack app is up to date\n");
        assertThat(actions()).doesNotContain("ExecuteChangeSet");
    }

    @Test
    void aFailedChangeSetReportsItsReason() {
        stubNewStack();
        stubChangeSet("<Status>FAILED</Status><StatusReason>Template error: bad</StatusReason>");

        CommandResult r = deploy("--template-file template.yaml --stack-name app");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("Failed to create the changeset: Waiter ChangeSetCreateComplete "
                + "failed: Waiter encountered a terminal failure state: For expression \"Status\" we matched expected "
                + "path: \"FAILED\" Status: FAILED. Reason: Template error: bad");
    }

    @Test
    void noExecuteChangesetPrintsTheReviewCommandAndExecutesNothing() {
        stubNewStack();
        stubChangeSet("<Status>CREATE_COMPLETE</Status>");

        CommandResult r = deploy("--template-file template.yaml --stack-name app --no-execute-changeset "
                + "--parameter-overrides Env=prod");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(r.text()).isEqualTo("\nWaiting for changeset to be created..\nChangeset created successfully. "
                + "Run the following command to review changes:\naws cloudformation describe-change-set "
                + "--change-set-name " + CHANGESET_ID + "\n");
        assertThat(actions()).containsExactly("DescribeStacks", "CreateChangeSet", "DescribeChangeSet");
    }

    @Test
    void parameterOverridesAlsoComeAsAJsonListInAFile() throws IOException {
        Files.writeString(work.resolve("params.json"), "[\"Env=stage\", \"Size=large\"]");
        stubNewStack();
        stubChangeSet("<Status>CREATE_COMPLETE</Status>");

        CommandResult r = deploy("--template-file template.yaml --stack-name app --parameter-overrides "
                + "file://params.json --no-execute-changeset");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(sent("CreateChangeSet")).containsEntry("Parameters.member.1.ParameterValue", "stage")
                .containsEntry("Parameters.member.2.ParameterKey", "Size")
                .containsEntry("Parameters.member.2.ParameterValue", "large");
    }

    @Test
    void aMalformedOverrideFailsBeforeAnythingIsSent() {
        CommandResult r = deploy("--template-file template.yaml --stack-name app --parameter-overrides Env");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("['Env'] value passed to --parameter-overrides must be of format "
                + "Key=Value");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aMissingStackNameIsAUsageErrorAndSendsNothing() {
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));

        CommandResult r = deploy("--template-file template.yaml");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.error().message()).isEqualTo("the following arguments are required: --stack-name");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void readOnlyModeDeniesItAndSendsNothing() {
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));

        CommandResult r;
        try (AwsMcp aws = facade(true)) {
            r = aws.execute("aws cloudformation deploy --template-file template.yaml --stack-name app" + ep);
        }

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().code()).isEqualTo("DeniedByPolicy");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aTemplateOutsideTheWorkingDirectoryIsRefused() throws IOException {
        Files.writeString(root.resolve("outside.yaml"), TEMPLATE);
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));

        CommandResult r = deploy("--template-file ../outside.yaml --stack-name app");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().code()).isEqualTo("FileAccessDenied");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aMissingTemplateIsTheClisInvalidTemplatePath() {
        CommandResult r = deploy("--template-file nope.yaml --stack-name app");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("Invalid template path nope.yaml");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aLargeTemplateNeedsAnS3Bucket() throws IOException {
        Files.writeString(work.resolve("big.yaml"), TEMPLATE + "#" + "x".repeat(51200) + "\n");

        CommandResult r = deploy("--template-file big.yaml --stack-name app");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().code()).isEqualTo("DeployBucketRequired");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aLargeTemplateIsUploadedToTheBucketAndPassedAsTemplateUrl() throws Exception {
        String big = TEMPLATE + "#" + "x".repeat(51200) + "\n";
        Files.writeString(work.resolve("big.yaml"), big);
        String md5 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest(big.getBytes(StandardCharsets.UTF_8)));
        String key = "deploys/" + md5 + ".template";
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.head(urlEqualTo("/tpl-bucket/" + key))
                .willReturn(aResponse().withStatus(404)));
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlEqualTo("/tpl-bucket/" + key))
                .willReturn(aResponse().withStatus(200).withHeader("ETag", "\"e\"")));
        stubNewStack();
        stubChangeSet("<Status>CREATE_COMPLETE</Status>");

        CommandResult r = deploy("--template-file big.yaml --stack-name app --s3-bucket tpl-bucket --s3-prefix deploys "
                + "--kms-key-id alias/k --no-execute-changeset");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        var puts = wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                urlEqualTo("/tpl-bucket/" + key)));
        assertThat(puts).hasSize(1);
        assertThat(puts.get(0).getBodyAsString()).isEqualTo(big);
        assertThat(puts.get(0).getHeader("x-amz-server-side-encryption")).isEqualTo("aws:kms");
        assertThat(puts.get(0).getHeader("x-amz-server-side-encryption-aws-kms-key-id")).isEqualTo("alias/k");
        assertThat(sent("CreateChangeSet")).containsEntry("TemplateURL", "http://127.0.0.1:" + wm.port()
                + "/tpl-bucket/" + key).doesNotContainKey("TemplateBody");
    }
}
