package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.awsmcp.client.protocol.ProtocolException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** JSON bytes in and out, with exact decimals (epoch timestamps keep their milliseconds). */
public final class JsonBodies {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonBodies() {}

    /** Writes a tree as compact JSON. */
    public static byte[] write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a JSON body.
     *
     * @throws ProtocolException when the body is not JSON
     */
    public static JsonNode read(byte[] body) {
        try {
            JsonNode n = MAPPER.readTree(body);
            return n == null ? MAPPER.createObjectNode() : n;
        } catch (IOException e) {
            throw ProtocolException.malformedResponse("Unable to parse the response: invalid JSON received.", e);
        }
    }

    /** Reads an error body leniently: a body that is not JSON becomes {@code {"message": <text>}} (botocore). */
    public static JsonNode readLenient(byte[] body) {
        if (body.length == 0) {
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n != null && n.isObject()) {
                return n;
            }
        } catch (IOException e) {
            // fall through to the message form
        }
        return MAPPER.createObjectNode().put("message", new String(body, StandardCharsets.UTF_8));
    }
}
