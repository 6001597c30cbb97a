package dev.awsmcp.client.protocol.rpcv2cbor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.SerializedRequest;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.model.ServiceModel;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RpcV2CborCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CBORMapper CBOR = new CBORMapper();
    private final RpcV2CborCodec codec = new RpcV2CborCodec(() -> "t");

    private static ServiceModel model() throws Exception {
        return ServiceModel.fromJson("svc", "svc", JSON.readTree("""
                {"metadata": {"protocol": "smithy-rpc-v2-cbor", "targetPrefix": "SampleService", "apiVersion": "2024-01-01"},
                 "operations": {"Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"}},
                                "Put": {"name": "Put", "http": {"method": "POST", "requestUri": "/"},
                                        "input": {"shape": "Item"}, "output": {"shape": "Item"}, "errors": [{"shape": "Missing"}]}},
                 "shapes": {
                   "Item": {"type": "structure", "members": {
                      "When": {"shape": "Time"}, "Data": {"shape": "Bytes"}, "Ratio": {"shape": "Ratio"},
                      "Big": {"shape": "Big"}, "Tags": {"shape": "Tags"}}},
                   "Time": {"type": "timestamp"}, "Bytes": {"type": "blob"}, "Ratio": {"type": "float"},
                   "Big": {"type": "long"}, "Tags": {"type": "list", "member": {"shape": "Tag"}}, "Tag": {"type": "string"},
                   "Missing": {"type": "structure", "members": {"message": {"shape": "Tag"}}, "exception": true,
                               "error": {"httpStatusCode": 404, "senderFault": true}}}}
                """), Map.of());
    }

    @Test
    void writesTimestampsAsTaggedEpochSecondsAndBlobsAsByteStrings() throws Exception {
        ServiceModel m = model();
        ObjectNode input = JSON.createObjectNode().put("When", "2024-01-02T03:04:05.5Z").put("Ratio", 0.5).put("Big", 1L << 40);
        input.set("Data", JSON.getNodeFactory().binaryNode(new byte[] {1, 2, 3}));
        input.putArray("Tags").add("a").add("b");
        SerializedRequest r = codec.serialize(m, m.operation("Put").orElseThrow(), input);

        assertThat(r.path()).isEqualTo("/service/SampleService/operation/Put");
        assertThat(r.header("smithy-protocol")).isEqualTo("rpc-v2-cbor");
        assertThat(r.header("Content-Type")).isEqualTo("application/cbor");
        assertThat(r.header("Accept")).isEqualTo("application/cbor");
        try (CBORParser p = CBOR.getFactory().createParser(r.body())) {
            int tag = -1;
            while (p.nextToken() != null) {
                if ("When".equals(p.currentName()) && p.currentToken().isNumeric()) {
                    tag = p.getCurrentTag();
                    assertThat(p.getDoubleValue()).isEqualTo(1704164645.5);
                }
            }
            assertThat(tag).isEqualTo(1);
        }
        JsonNode decoded = CBOR.readTree(r.body());
        assertThat(decoded.get("Data").binaryValue()).containsExactly(1, 2, 3);
        assertThat(decoded.get("Big").longValue()).isEqualTo(1L << 40);
        assertThat(decoded.get("Tags").toString()).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void writesFloatsAsSinglePrecisionAndSkipsNulls() throws Exception {
        ServiceModel m = model();
        ObjectNode input = JSON.createObjectNode().put("Ratio", 7.625);
        input.putNull("Tags");
        byte[] body = codec.serialize(m, m.operation("Put").orElseThrow(), input).body();
        // {"Ratio": 7.625f}: a one-entry map, the key, then 0xFA and the IEEE 754 single 0x40F40000
        assertThat(java.util.HexFormat.of().formatHex(body)).isEqualTo("a1" + "65526174696f" + "fa40f40000");

        ObjectNode nan = JSON.createObjectNode().put("Ratio", Double.NaN);
        assertThat(CBOR.readTree(codec.serialize(m, m.operation("Put").orElseThrow(), nan).body()).get("Ratio").doubleValue())
                .isNaN();
    }

    @Test
    void sendsNoBodyAndNoContentTypeWithoutInput() throws Exception {
        ServiceModel m = model();
        SerializedRequest r = codec.serialize(m, m.operation("Ping").orElseThrow(), JSON.createObjectNode());
        assertThat(r.body()).isEmpty();
        assertThat(r.header("Content-Type")).isNull();
        assertThat(r.header("Accept")).isEqualTo("application/cbor");
    }

    @Test
    void readsIndefiniteLengthMapsAndTaggedTimestamps() throws Exception {
        ServiceModel m = model();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator g = CBOR.getFactory().createGenerator(out)) {
            g.writeStartObject(); // indefinite length
            g.writeFieldName("When");
            g.writeTag(1);
            g.writeNumber(1704164645L);
            g.writeFieldName("Ratio");
            g.writeNumber(0.25f);
            g.writeFieldName("Tags");
            g.writeStartArray();
            g.writeString("x");
            g.writeEndArray();
            g.writeEndObject();
        }
        ObjectNode parsed = codec.deserialize(m, m.operation("Put").orElseThrow(), new RawResponse(200, Map.of(), out.toByteArray()));
        assertThat(parsed.toString()).isEqualTo("{\"When\":\"2024-01-02T03:04:05Z\",\"Ratio\":0.25,\"Tags\":[\"x\"]}");
    }

    @Test
    void parsesErrorsFromTheTypeField() throws Exception {
        ServiceModel m = model();
        byte[] body = CBOR.writeValueAsBytes(Map.of("__type", "com.example#Missing", "message", "gone"));
        ServiceError e = codec.parseError(m, m.operation("Put").orElseThrow(),
                new RawResponse(404, Map.of("x-amzn-requestid", List.of("r-1")), body));
        assertThat(e.code()).isEqualTo("Missing");
        assertThat(e.message()).isEqualTo("gone");
        assertThat(e.requestId()).isEqualTo("r-1");
        assertThat(e.members().get("message").asText()).isEqualTo("gone");
        assertThat(e.type()).isEqualTo("client");
    }
}
