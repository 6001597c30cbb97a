package dev.awsmcp.client.protocol.restxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.client.protocol.ServiceErrorException;
import dev.awsmcp.client.protocol.internal.EventStreamEncoder;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** S3 behaviour botocore implements in handlers, against the bundled S3 model. */
class S3BehaviourTest {
    private static final ServiceModel S3 = ServiceCatalog.bundled().model("s3").orElseThrow();
    private final RestXmlCodec codec = new RestXmlCodec(() -> "t");

    private static RawResponse response(int status, Map<String, List<String>> headers, String body) {
        return new RawResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode parse(String operation, RawResponse response) {
        return codec.deserialize(S3, S3.operation(operation).orElseThrow(), response);
    }

    private dev.awsmcp.client.protocol.SerializedRequest serialize(String operation, String json) throws Exception {
        return codec.serialize(S3, S3.operation(operation).orElseThrow(),
                (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json));
    }

    @Test
    void percentEncodesTheCopySourceKeyButNotItsVersionId() throws Exception {
        assertThat(serialize("CopyObject", "{\"Bucket\":\"dst\",\"Key\":\"k\",\"CopySource\":\"src/dir/a b+c.txt?versionId=v1\"}")
                .header("x-amz-copy-source")).isEqualTo("src/dir/a%20b%2Bc.txt?versionId=v1");
    }

    @Test
    void encodesSseCustomerKeysWithTheirMd5() throws Exception {
        var r = serialize("GetObject", "{\"Bucket\":\"b\",\"Key\":\"k\",\"SSECustomerAlgorithm\":\"AES256\","
                + "\"SSECustomerKey\":\"0123456789abcdef0123456789abcdef\"}");
        assertThat(r.header("x-amz-server-side-encryption-customer-key"))
                .isEqualTo("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        assertThat(r.header("x-amz-server-side-encryption-customer-key-MD5")).isEqualTo("hRasmdxgYDKV3nvbahU1MA==");
    }

    @Test
    void asksForUrlEncodedListingsAndDecodesTheKeys() throws Exception {
        assertThat(serialize("ListObjectsV2", "{\"Bucket\":\"b\"}").query())
                .extracting(e -> e.getKey() + "=" + e.getValue()).contains("encoding-type=url");
        ObjectNode out = parse("ListObjectsV2", response(200, Map.of(),
                "<ListBucketResult><Name>b</Name><Prefix>a%2Fb+c</Prefix><EncodingType>url</EncodingType>"
                        + "<Contents><Key>a%2Fb+c%2Fx%0Ay</Key><Size>1</Size></Contents><KeyCount>1</KeyCount></ListBucketResult>"));
        assertThat(out.get("Prefix").asText()).isEqualTo("a/b c");
        assertThat(out.get("Contents").get(0).get("Key").asText()).isEqualTo("a/b c/x\ny");
        assertThat(out.get("EncodingType").asText()).isEqualTo("url");
    }

    @Test
    void rejectsNonAsciiMetadataAndMalformedBucketNames() {
        assertThatThrownBy(() -> serialize("PutObject", "{\"Bucket\":\"b\",\"Key\":\"k\",\"Metadata\":{\"k\":\"caf\u00e9\"}}"))
                .isInstanceOf(dev.awsmcp.client.protocol.ProtocolException.class).hasMessageContaining("Non ascii");
        assertThatThrownBy(() -> serialize("ListObjectsV2", "{\"Bucket\":\"s3://b\"}"))
                .isInstanceOf(dev.awsmcp.client.protocol.ProtocolException.class).hasMessageContaining("Invalid bucket name \"s3://b\"");
    }

    @Test
    void sendsObjectBodiesWithoutADefaultContentType() throws Exception {
        assertThat(serialize("PutObject", "{\"Bucket\":\"b\",\"Key\":\"k\",\"Body\":\"x\"}").header("Content-Type")).isNull();
        assertThat(serialize("PutObject", "{\"Bucket\":\"b\",\"Key\":\"k\",\"Body\":\"x\",\"ContentType\":\"text/csv\"}")
                .header("Content-Type")).isEqualTo("text/csv");
    }

    @Test
    void readsGetBucketLocationFromTheBareRootElement() {
        assertThat(parse("GetBucketLocation", response(200, Map.of(),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                        + "eu-west-1</LocationConstraint>")).toString())
                .isEqualTo("{\"LocationConstraint\":\"eu-west-1\"}");
    }

    @Test
    void reportsUsEast1BucketLocationAsNull() {
        assertThat(parse("GetBucketLocation", response(200, Map.of(),
                "<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>")).toString())
                .isEqualTo("{\"LocationConstraint\":null}");
    }

    @Test
    void turnsAnErrorInsideA200CopyResponseIntoAServiceError() {
        RawResponse r = response(200, Map.of("x-amz-request-id", List.of("req-9")),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InternalError</Code>"
                        + "<Message>We encountered an internal error. Please try again.</Message>"
                        + "<RequestId>req-9</RequestId><HostId>host</HostId></Error>");
        assertThatThrownBy(() -> parse("CopyObject", r))
                .isInstanceOf(ServiceErrorException.class)
                .satisfies(e -> {
                    ServiceError error = ((ServiceErrorException) e).error();
                    assertThat(error.code()).isEqualTo("InternalError");
                    assertThat(error.httpStatus()).isEqualTo(500);
                    assertThat(error.requestId()).isEqualTo("req-9");
                });
    }

    @Test
    void parsesASuccessfulCompleteMultipartUpload() {
        ObjectNode out = parse("CompleteMultipartUpload", response(200, Map.of("x-amz-version-id", List.of("v1")),
                "<CompleteMultipartUploadResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Location>loc</Location>"
                        + "<Bucket>b</Bucket><Key>k</Key><ETag>\"e\"</ETag></CompleteMultipartUploadResult>"));
        assertThat(out.get("Bucket").asText()).isEqualTo("b");
        assertThat(out.get("ETag").asText()).isEqualTo("\"e\"");
        assertThat(out.get("VersionId").asText()).isEqualTo("v1");
    }

    @Test
    void leavesAnUnparseableExpiresOutButKeepsItsText() {
        ObjectNode out = parse("HeadObject", response(200, Map.of("Expires", List.of("never"),
                "Content-Length", List.of("3")), ""));
        assertThat(out.has("Expires")).isFalse();
        assertThat(out.get("ExpiresString").asText()).isEqualTo("never");
        assertThat(out.get("ContentLength").asLong()).isEqualTo(3);
    }

    @Test
    void parsesAValidExpiresAsATimestamp() {
        ObjectNode out = parse("HeadObject", response(200, Map.of("Expires", List.of("Thu, 01 Dec 1994 16:00:00 GMT")), ""));
        assertThat(out.get("Expires").asText()).isEqualTo("1994-12-01T16:00:00Z");
        assertThat(out.get("ExpiresString").asText()).isEqualTo("Thu, 01 Dec 1994 16:00:00 GMT");
    }

    @Test
    void parsesS3ErrorsWithRequestIdAndModelledMembers() {
        ServiceError e = codec.parseError(S3, S3.operation("GetObject").orElseThrow(), response(404,
                Map.of("x-amz-request-id", List.of("req-1"), "x-amz-id-2", List.of("host-1")),
                "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>k</Key>"
                        + "<RequestId>req-1</RequestId><HostId>host-1</HostId></Error>"));
        assertThat(e.code()).isEqualTo("NoSuchKey");
        assertThat(e.message()).isEqualTo("The specified key does not exist.");
        assertThat(e.requestId()).isEqualTo("req-1");
        assertThat(e.hostId()).isEqualTo("host-1");
        assertThat(e.httpStatus()).isEqualTo(404);
    }

    @Test
    void namesAHeadErrorWithoutBodyByItsStatus() {
        ServiceError e = codec.parseError(S3, S3.operation("HeadObject").orElseThrow(),
                response(404, Map.of("x-amz-request-id", List.of("req-2"), "x-amz-id-2", List.of("host-2")), ""));
        assertThat(e.code()).isEqualTo("404");
        assertThat(e.message()).isEqualTo("Not Found");
        assertThat(e.requestId()).isEqualTo("req-2");
        assertThat(e.hostId()).isEqualTo("host-2");
    }

    @Test
    void readsSelectObjectContentEventsAndStopsAtAnErrorEvent() {
        byte[] stream = new EventStreamEncoder()
                .message(Map.of(":message-type", "event", ":event-type", "Records", ":content-type", "application/octet-stream"),
                        "a,b\n".getBytes(StandardCharsets.UTF_8))
                .message(Map.of(":message-type", "event", ":event-type", "Stats", ":content-type", "text/xml"),
                        "<Stats><BytesScanned>10</BytesScanned><BytesProcessed>10</BytesProcessed><BytesReturned>4</BytesReturned></Stats>"
                                .getBytes(StandardCharsets.UTF_8))
                .message(Map.of(":message-type", "event", ":event-type", "End"), new byte[0])
                .bytes();
        ObjectNode out = parse("SelectObjectContent", new RawResponse(200, Map.of(), stream));
        assertThat(out.get("Payload")).hasSize(3);
        assertThat(out.get("Payload").get(0).get("Records").get("Payload").isBinary()).isTrue();
        assertThat(out.get("Payload").get(1).get("Stats").get("Details").get("BytesReturned").asLong()).isEqualTo(4);
        assertThat(out.get("Payload").get(2).has("End")).isTrue();

        byte[] failing = new EventStreamEncoder()
                .message(Map.of(":message-type", "error", ":error-code", "InternalError", ":error-message", "boom"), new byte[0])
                .bytes();
        assertThatThrownBy(() -> parse("SelectObjectContent", new RawResponse(200, Map.of(), failing)))
                .isInstanceOf(ServiceErrorException.class).hasMessage("InternalError: boom");
    }
}
