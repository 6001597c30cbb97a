package dev.awsmcp.client.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.internal.PercentEncoding;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Codecs against the bundled botocore models of services the CLI is used with most. */
class BundledModelCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ServiceCatalog CATALOG = ServiceCatalog.bundled();
    private final ProtocolRegistry registry = new ProtocolRegistry(() -> "token-1");

    private static ObjectNode json(String s) throws Exception {
        return (ObjectNode) JSON.readTree(s);
    }

    private SerializedRequest serialize(String service, String operation, String input) throws Exception {
        ServiceModel model = CATALOG.model(service).orElseThrow();
        Operation op = model.operation(operation).orElseThrow();
        return registry.codecFor(model).serialize(model, op, json(input));
    }

    private static String body(SerializedRequest r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void serializesEc2ListsAndFiltersWithQueryNames() throws Exception {
        SerializedRequest r = serialize("ec2", "DescribeInstances",
                "{\"InstanceIds\":[\"i-1\",\"i-2\"],\"Filters\":[{\"Name\":\"tag:Env\",\"Values\":[\"prod\"]}]}");
        assertThat(r.method()).isEqualTo("POST");
        assertThat(PercentEncoding.decode(body(r), true).split("&")).containsExactlyInAnyOrder(
                "Action=DescribeInstances", "Version=2016-11-15", "Filter.1.Name=tag:Env", "Filter.1.Value.1=prod",
                "InstanceId.1=i-1", "InstanceId.2=i-2");
    }

    @Test
    void sendsDynamoDbAsJson10WithTarget() throws Exception {
        SerializedRequest r = serialize("dynamodb", "GetItem", "{\"TableName\":\"t\",\"Key\":{\"id\":{\"S\":\"1\"}}}");
        assertThat(r.header("X-Amz-Target")).isEqualTo("DynamoDB_20120810.GetItem");
        assertThat(r.header("Content-Type")).isEqualTo("application/x-amz-json-1.0");
        assertThat(JSON.readTree(r.body())).isEqualTo(json("{\"TableName\":\"t\",\"Key\":{\"id\":{\"S\":\"1\"}}}"));
    }

    @Test
    void putsObjectKeysInThePathWithGreedyEncodingAndAddsTheDefaultChecksum() throws Exception {
        SerializedRequest r = serialize("s3", "PutObject", "{\"Bucket\":\"b\",\"Key\":\"dir/my file.txt\",\"Body\":\"hello\"}");
        assertThat(r.method()).isEqualTo("PUT");
        assertThat(r.path()).isEqualTo("/b/dir/my%20file.txt");
        assertThat(body(r)).isEqualTo("hello");
        assertThat(r.header("x-amz-checksum-crc32")).isEqualTo("NhCmhg==");
        assertThat(r.header("x-amz-sdk-checksum-algorithm")).isEqualTo("CRC32");
        assertThat(r.header("Content-Length")).isEqualTo("5");
    }

    @Test
    void usesTheChecksumAlgorithmTheCallerPicked() throws Exception {
        SerializedRequest r = serialize("s3", "PutObject",
                "{\"Bucket\":\"b\",\"Key\":\"k\",\"Body\":\"hello\",\"ChecksumAlgorithm\":\"SHA256\"}");
        assertThat(r.header("x-amz-sdk-checksum-algorithm")).isEqualTo("SHA256");
        assertThat(r.header("x-amz-checksum-sha256")).isEqualTo("LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=");
        assertThat(r.header("x-amz-checksum-crc32")).isNull();
    }

    @Test
    void sendsContentMd5ForOperationsThatRequireAChecksum() throws Exception {
        SerializedRequest r = serialize("s3", "DeleteObjects",
                "{\"Bucket\":\"b\",\"Delete\":{\"Objects\":[{\"Key\":\"a\"},{\"Key\":\"b\"}],\"Quiet\":true}}");
        assertThat(r.path()).isEqualTo("/b");
        assertThat(r.query()).extracting(Map.Entry::getKey).containsExactly("delete");
        assertThat(body(r)).isEqualTo("<Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Object><Key>a</Key>"
                + "</Object><Object><Key>b</Key></Object><Quiet>true</Quiet></Delete>");
        assertThat(r.header("Content-MD5")).isNotNull();
        assertThat(r.header("x-amz-checksum-crc32")).isNull();
    }

    @Test
    void writesS3GranteeWithItsXsiNamespaceAndTypeAttribute() throws Exception {
        SerializedRequest r = serialize("s3", "PutBucketAcl", "{\"Bucket\":\"b\",\"AccessControlPolicy\":{\"Grants\":["
                + "{\"Grantee\":{\"Type\":\"CanonicalUser\",\"ID\":\"abc\"},\"Permission\":\"READ\"}],"
                + "\"Owner\":{\"ID\":\"abc\"}}}");
        assertThat(body(r)).isEqualTo("<AccessControlPolicy xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<AccessControlList><Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"CanonicalUser\">"
                + "<ID>abc</ID></Grantee><Permission>READ</Permission></Grant></AccessControlList><Owner><ID>abc</ID></Owner>"
                + "</AccessControlPolicy>");
    }

    @Test
    void keepsTheTemplateQueryFlagsOfS3() throws Exception {
        SerializedRequest r = serialize("s3", "CreateMultipartUpload", "{\"Bucket\":\"b\",\"Key\":\"k\"}");
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.query()).hasSize(1);
        assertThat(r.query().get(0).getKey()).isEqualTo("uploads");
        assertThat(r.query().get(0).getValue()).isNull();
    }

    @Test
    void fillsIdempotencyTokensTheCallerLeftOut() throws Exception {
        SerializedRequest r = serialize("ec2", "RunInstances", "{\"ImageId\":\"ami-1\",\"MinCount\":1,\"MaxCount\":1}");
        assertThat(PercentEncoding.decode(body(r), true)).contains("ClientToken=token-1");
    }

    @Test
    void expandsHostPrefixesAndRejectsLabelsThatAreNoHostNames() throws Exception {
        SerializedRequest r = serialize("neptune-graph", "GetGraphSummary", "{\"graphIdentifier\":\"g-123\"}");
        assertThat(r.hostPrefix()).isEqualTo("g-123.");
        assertThatThrownBy(() -> serialize("neptune-graph", "GetGraphSummary", "{\"graphIdentifier\":\"bad/label\"}"))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("graphIdentifier")
                .satisfies(e -> assertThat(((ProtocolException) e).exitCode()).isEqualTo(252));
    }

    @Test
    void leavesS3ControlAccountIdsToTheEndpointRuleSet() throws Exception {
        SerializedRequest r = serialize("s3control", "ListAccessPoints", "{\"AccountId\":\"123456789012\"}");
        assertThat(r.hostPrefix()).isNull();
        assertThat(r.header("x-amz-account-id")).isEqualTo("123456789012");
    }

    @Test
    void base64EncodesEc2UserDataAndDecodesConsoleOutput() throws Exception {
        SerializedRequest r = serialize("ec2", "RunInstances",
                "{\"ImageId\":\"ami-1\",\"MinCount\":1,\"MaxCount\":1,\"UserData\":\"#!/bin/sh\\necho hi\"}");
        assertThat(PercentEncoding.decode(body(r), true)).contains("UserData=IyEvYmluL3NoCmVjaG8gaGk=");

        ServiceModel ec2 = CATALOG.model("ec2").orElseThrow();
        ObjectNode out = registry.codecFor(ec2).deserialize(ec2, ec2.operation("GetConsoleOutput").orElseThrow(),
                new RawResponse(200, Map.of(), ("<GetConsoleOutputResponse><requestId>r</requestId><instanceId>i-1</instanceId>"
                        + "<output>aGVsbG8gY29uc29sZQ==</output></GetConsoleOutputResponse>").getBytes(StandardCharsets.UTF_8)));
        assertThat(out.get("Output").asText()).isEqualTo("hello console");
    }

    @Test
    void decodesIamPolicyDocumentsIntoJson() {
        ServiceModel iam = CATALOG.model("iam").orElseThrow();
        String doc = PercentEncoding.encode("{\"Version\":\"2012-10-17\",\"Statement\":[]}");
        ObjectNode out = registry.codecFor(iam).deserialize(iam, iam.operation("GetRole").orElseThrow(),
                new RawResponse(200, Map.of(), ("<GetRoleResponse><GetRoleResult><Role><Path>/</Path><RoleName>r</RoleName>"
                        + "<RoleId>AROA</RoleId><Arn>arn:aws:iam::1:role/r</Arn><CreateDate>2024-01-02T03:04:05Z</CreateDate>"
                        + "<AssumeRolePolicyDocument>" + doc + "</AssumeRolePolicyDocument></Role></GetRoleResult>"
                        + "</GetRoleResponse>").getBytes(StandardCharsets.UTF_8)));
        assertThat(out.get("Role").get("AssumeRolePolicyDocument").get("Version").asText()).isEqualTo("2012-10-17");
        assertThat(out.get("Role").get("CreateDate").asText()).isEqualTo("2024-01-02T03:04:05Z");
    }

    @Test
    void keepsTimestampsAsSentBesideTheirInstant() {
        ServiceModel ec2 = CATALOG.model("ec2").orElseThrow();
        ObjectNode xml = registry.codecFor(ec2).deserialize(ec2, ec2.operation("DescribeKeyPairs").orElseThrow(),
                new RawResponse(200, Map.of(), ("<DescribeKeyPairsResponse><keySet><item><keyName>k</keyName>"
                        + "<createTime>2026-12-07T15:59:13.000Z</createTime></item></keySet></DescribeKeyPairsResponse>")
                        .getBytes(StandardCharsets.UTF_8)));
        JsonNode created = xml.at("/KeyPairs/0/CreateTime");
        assertThat(created.asText()).isEqualTo("2026-12-07T15:59:13Z");
        assertThat(((dev.awsmcp.model.WireTimestamp) created).wire().asText()).isEqualTo("2026-12-07T15:59:13.000Z");

        ServiceModel ssm = CATALOG.model("ssm").orElseThrow();
        ObjectNode json = registry.codecFor(ssm).deserialize(ssm, ssm.operation("GetParameter").orElseThrow(),
                new RawResponse(200, Map.of(), "{\"Parameter\":{\"Name\":\"/p\",\"LastModifiedDate\":1796659153.393}}"
                        .getBytes(StandardCharsets.UTF_8)));
        JsonNode modified = json.at("/Parameter/LastModifiedDate");
        assertThat(modified.asText()).isEqualTo("2026-12-07T15:59:13.393Z");
        assertThat(((dev.awsmcp.model.WireTimestamp) modified).wire().isNumber()).isTrue();
        assertThat(((dev.awsmcp.model.WireTimestamp) modified).wire().asText()).isEqualTo("1796659153.393");
    }

    @Test
    void parsesJsonCloudFormationTemplatesAndKeepsYamlAsText() {
        ServiceModel cfn = CATALOG.model("cloudformation").orElseThrow();
        Operation op = cfn.operation("GetTemplate").orElseThrow();
        ProtocolCodec codec = registry.codecFor(cfn);
        ObjectNode json = codec.deserialize(cfn, op, new RawResponse(200, Map.of(), ("<GetTemplateResponse><GetTemplateResult>"
                + "<TemplateBody>{\"Resources\":{}}</TemplateBody></GetTemplateResult></GetTemplateResponse>")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(json.get("TemplateBody").isObject()).isTrue();
        ObjectNode yaml = codec.deserialize(cfn, op, new RawResponse(200, Map.of(), ("<GetTemplateResponse><GetTemplateResult>"
                + "<TemplateBody>Resources: {}</TemplateBody></GetTemplateResult></GetTemplateResponse>")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(yaml.get("TemplateBody").asText()).isEqualTo("Resources: {}");
    }

    @Test
    void keepsOnlyTheLastSegmentOfRoute53Ids() throws Exception {
        SerializedRequest r = serialize("route53", "GetHostedZone", "{\"Id\":\"/hostedzone/Z123\"}");
        assertThat(r.path()).isEqualTo("/2013-04-01/hostedzone/Z123");
    }

    @Test
    void rejectsUnknownParametersWithTheValidNames() {
        assertThatThrownBy(() -> serialize("dynamodb", "DescribeTable", "{\"TableNam\":\"t\"}"))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("TableNam")
                .satisfies(e -> assertThat(((ProtocolException) e).hint()).contains("TableName"));
    }

    @Test
    void rejectsOperationsWithInputEventStreams() {
        assertThatThrownBy(() -> serialize("lexv2-runtime", "StartConversation",
                "{\"botId\":\"b\",\"botAliasId\":\"a\",\"localeId\":\"en_US\",\"sessionId\":\"s\"}"))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("input event stream")
                .extracting(e -> ((ProtocolException) e).code()).isEqualTo(ProtocolException.UNSUPPORTED);
    }

    @Test
    void compressesLargeCloudWatchBodiesWithGzip() throws Exception {
        StringBuilder data = new StringBuilder("{\"Namespace\":\"n\",\"MetricData\":[");
        for (int i = 0; i < 600; i++) {
            data.append(i == 0 ? "" : ",").append("{\"MetricName\":\"metric-").append(i).append("\",\"Value\":").append(i).append('}');
        }
        SerializedRequest r = serialize("cloudwatch", "PutMetricData", data.append("]}").toString());
        assertThat(r.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(r.body()[0] & 0xff).isEqualTo(0x1f);
        assertThat(r.body()[1] & 0xff).isEqualTo(0x8b);
    }

    @Test
    void parsesQueryResultsAndTheRequestIdInTheBody() {
        ServiceModel sts = CATALOG.model("sts").orElseThrow();
        Operation op = sts.operation("GetCallerIdentity").orElseThrow();
        RawResponse response = new RawResponse(200, Map.of(), ("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/me</Arn><UserId>AIDA</UserId>"
                + "<Account>123456789012</Account></GetCallerIdentityResult>"
                + "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>")
                .getBytes(StandardCharsets.UTF_8));
        ProtocolCodec codec = registry.codecFor(sts);
        assertThat(codec.deserialize(sts, op, response).toString())
                .isEqualTo("{\"UserId\":\"AIDA\",\"Account\":\"123456789012\",\"Arn\":\"arn:aws:iam::123456789012:user/me\"}");
        assertThat(codec.requestId(response)).isEqualTo("req-1");
    }

    @Test
    void parsesEc2ErrorsWithTheirRequestId() {
        ServiceModel ec2 = CATALOG.model("ec2").orElseThrow();
        RawResponse response = new RawResponse(400, Map.of(), ("<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code>"
                + "<Message>The instance ID 'i-1' does not exist</Message></Error></Errors><RequestID>req-2</RequestID></Response>")
                .getBytes(StandardCharsets.UTF_8));
        ServiceError e = registry.codecFor(ec2).parseError(ec2, ec2.operation("DescribeInstances").orElseThrow(), response);
        assertThat(e.code()).isEqualTo("InvalidInstanceID.NotFound");
        assertThat(e.message()).isEqualTo("The instance ID 'i-1' does not exist");
        assertThat(e.requestId()).isEqualTo("req-2");
        assertThat(e.httpStatus()).isEqualTo(400);
    }

    @Test
    void takesTheQueryCompatibleCodeOfSqsErrors() {
        ServiceModel sqs = CATALOG.model("sqs").orElseThrow();
        RawResponse response = new RawResponse(400, Map.of("x-amzn-query-error", List.of("AWS.SimpleQueueService.NonExistentQueue;Sender"),
                "x-amzn-RequestId", List.of("req-3")),
                "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\",\"message\":\"The specified queue does not exist.\"}"
                        .getBytes(StandardCharsets.UTF_8));
        ServiceError e = registry.codecFor(sqs).parseError(sqs, sqs.operation("GetQueueUrl").orElseThrow(), response);
        assertThat(e.code()).isEqualTo("AWS.SimpleQueueService.NonExistentQueue");
        assertThat(e.type()).isEqualTo("client");
        assertThat(e.message()).isEqualTo("The specified queue does not exist.");
        assertThat(e.requestId()).isEqualTo("req-3");
    }

    @Test
    void takesOAuthErrorDescriptionsAsTheMessage() {
        ServiceModel oidc = CATALOG.model("sso-oidc").orElseThrow();
        ServiceError e = registry.codecFor(oidc).parseError(oidc, oidc.operation("CreateToken").orElseThrow(),
                new RawResponse(400, Map.of("x-amzn-ErrorType", List.of("AuthorizationPendingException:http://internal/")),
                        "{\"error\":\"authorization_pending\",\"error_description\":\"Waiting for the user\"}"
                                .getBytes(StandardCharsets.UTF_8)));
        assertThat(e.code()).isEqualTo("AuthorizationPendingException");
        assertThat(e.message()).isEqualTo("Waiting for the user");
        assertThat(e.members().get("error").asText()).isEqualTo("authorization_pending");
    }

    @Test
    void reportsTheStatusAsCodeWhenAnErrorHasNoBody() {
        ServiceModel dynamodb = CATALOG.model("dynamodb").orElseThrow();
        ServiceError e = registry.codecFor(dynamodb).parseError(dynamodb, dynamodb.operation("ListTables").orElseThrow(),
                new RawResponse(503, Map.of(), "<html><body>Service Unavailable</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.code()).isEqualTo("503");
        assertThat(e.message()).isEqualTo("Service Unavailable");
        assertThat(e.type()).isEqualTo("server");
    }
}
