package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP-binding half of REST response parsing, ported from botocore's {@code BaseRestParser}: header members,
 * prefix-header maps, the status code and the payload member. The body format comes from a {@link BodyFormat}.
 */
public final class RestResponseParser {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The body half of a REST protocol. */
    public interface BodyFormat {
        /** Reads the body members of a structure (output or error) from a non-empty body. */
        ObjectNode members(Shape shape, byte[] body);

        /** Reads a structure, union, list, map or document payload member from a non-empty body. */
        JsonNode payload(Member payload, byte[] body);
    }

    private RestResponseParser() {}

    /**
     * Parses a response (or a modelled error) into the shape's members.
     *
     * @param shape    the output or error structure; null gives an empty object
     * @param response the response
     * @param body     the protocol's body format
     * @return the members
     */
    public static ObjectNode parse(Shape shape, RawResponse response, BodyFormat body) {
        ObjectNode out = NODES.objectNode();
        if (shape == null) {
            return out;
        }
        for (Member m : shape.members().values()) {
            String location = m.location();
            if (location == null) {
                continue;
            }
            switch (location) {
                case "statusCode":
                    out.put(m.name(), response.status());
                    break;
                case "header": {
                    List<String> values = response.headers().get(m.wireName());
                    if (values != null && !values.isEmpty()) {
                        out.set(m.name(), HeaderValues.parse(m, values));
                    }
                    break;
                }
                case "headers":
                    prefixHeaders(m, response, out);
                    break;
                default:
                    break;
            }
        }
        String payloadName = shape.payload();
        byte[] bytes = response.body();
        if (payloadName != null) {
            Member payload = shape.member(payloadName);
            ShapeType t = payload.shape().type();
            // an empty body leaves the member out: for a streaming payload the transport may have kept the stream
            if (t == ShapeType.BLOB) {
                if (bytes.length > 0) {
                    out.set(payloadName, NODES.binaryNode(bytes));
                }
            } else if (t == ShapeType.STRING) {
                if (bytes.length > 0) {
                    out.put(payloadName, new String(bytes, StandardCharsets.UTF_8));
                }
            } else if (bytes.length > 0 && !payload.shape().eventStream()) {
                out.set(payloadName, body.payload(payload, bytes));
            }
        } else if (bytes.length > 0) {
            out.setAll(body.members(shape, bytes));
        }
        return out;
    }

    private static void prefixHeaders(Member m, RawResponse response, ObjectNode out) {
        String prefix = m.locationName() == null ? "" : m.locationName().toLowerCase(Locale.ROOT);
        ObjectNode map = NODES.objectNode();
        for (Map.Entry<String, List<String>> h : response.headers().entrySet()) {
            if (h.getKey().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                map.set(h.getKey().substring(prefix.length()),
                        HeaderValues.parse(m.shape().mapValue(), h.getValue()));
            }
        }
        out.set(m.name(), map); // botocore always sets the map, empty when no header matched
    }
}
