package dev.awsmcp.command.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/**
 * Converts validated parameters to the {@code BoundCall} contract: timestamps to ISO-8601 instant strings, blobs
 * to bytes according to {@code --cli-binary-format} ({@code raw-in-base64-out}: the text's UTF-8 bytes;
 * {@code base64}: the text is base64-decoded).
 */
public final class ValueNormalizer {
    private ValueNormalizer() {}

    /**
     * Normalizes in place.
     *
     * @param params       the parameters
     * @param input        the input shape
     * @param base64Blobs  true for {@code --cli-binary-format base64}
     */
    public static void normalize(ObjectNode params, Shape input, boolean base64Blobs) {
        if (input != null) {
            structure(params, input, base64Blobs, "");
        }
    }

    private static void structure(ObjectNode obj, Shape shape, boolean b64, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Member m = shape.member(e.getKey());
            if (m != null) {
                e.setValue(value(e.getValue(), m.shape(), b64, path.isEmpty() ? e.getKey() : path + "." + e.getKey()));
            }
        }
    }

    private static JsonNode value(JsonNode v, Shape shape, boolean b64, String path) {
        if (v == null || v.isNull()) {
            return v;
        }
        switch (shape.type()) {
            case STRUCTURE:
            case UNION:
                if (v instanceof ObjectNode) {
                    structure((ObjectNode) v, shape, b64, path);
                }
                return v;
            case LIST:
                if (v instanceof ArrayNode) {
                    ArrayNode a = (ArrayNode) v;
                    for (int i = 0; i < a.size(); i++) {
                        a.set(i, value(a.get(i), shape.listMember().shape(), b64, path + "[" + i + "]"));
                    }
                }
                return v;
            case MAP:
                if (v instanceof ObjectNode) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        e.setValue(value(e.getValue(), shape.mapValue().shape(), b64, path + "." + e.getKey()));
                    }
                }
                return v;
            case TIMESTAMP: {
                Instant t = TimestampArguments.parse(v);
                return t == null ? v : TextNode.valueOf(t.toString());
            }
            case BLOB:
                if (v.isTextual()) {
                    if (b64) {
                        try {
                            return BinaryNode.valueOf(Base64.getMimeDecoder().decode(v.asText().strip()));
                        } catch (IllegalArgumentException e) {
                            throw new CommandException("InvalidBase64", "Invalid base64 for blob parameter " + path
                                    + ": " + e.getMessage() + ".", "With --cli-binary-format base64 blob values must be "
                                    + "base64; pass --cli-binary-format raw-in-base64-out to send the text as is, or "
                                    + "fileb://<path> for a file's bytes.");
                        }
                    }
                    return BinaryNode.valueOf(v.asText().getBytes(StandardCharsets.UTF_8));
                }
                return v;
            default:
                return v;
        }
    }
}
