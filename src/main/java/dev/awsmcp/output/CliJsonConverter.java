package dev.awsmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/**
 * Walks a codec's output tree along the output shape and produces the CLI's JSON: members in model order (unknown
 * keys kept after them), timestamps per {@link CliTimestamps}, blobs base64, {@code ResponseMetadata} dropped.
 */
final class CliJsonConverter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CliTimestamps timestamps;

    CliJsonConverter(CliTimestamps timestamps) {
        this.timestamps = timestamps;
    }

    JsonNode convert(Shape outputShape, ObjectNode output, String protocol) {
        if (output == null) {
            return NODES.objectNode();
        }
        ObjectNode copy = output.deepCopy();
        copy.remove("ResponseMetadata");
        return outputShape == null ? generic(copy) : convertStructure(outputShape, copy, protocol);
    }

    private JsonNode convert(Member member, JsonNode value, String protocol) {
        if (value == null || value.isNull()) {
            return value;
        }
        Shape shape = member.shape();
        ShapeType type = shape.type();
        switch (type) {
            case STRUCTURE:
            case UNION:
                return value.isObject() ? convertStructure(shape, (ObjectNode) value, protocol) : generic(value);
            case LIST:
                if (!value.isArray()) {
                    return generic(value);
                }
                ArrayNode list = NODES.arrayNode(value.size());
                for (JsonNode item : value) {
                    list.add(convert(shape.listMember(), item, protocol));
                }
                return list;
            case MAP:
                if (!value.isObject()) {
                    return generic(value);
                }
                ObjectNode map = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> entries = value.fields();
                while (entries.hasNext()) {
                    Map.Entry<String, JsonNode> e = entries.next();
                    map.set(e.getKey(), convert(shape.mapValue(), e.getValue(), protocol));
                }
                return map;
            case TIMESTAMP:
                return timestamps.convert(value, wireFormat(member, shape, protocol));
            case BLOB:
                return generic(value);
            default:
                return value;
        }
    }

    private ObjectNode convertStructure(Shape shape, ObjectNode value, String protocol) {
        ObjectNode out = NODES.objectNode();
        for (Member member : shape.members().values()) {
            JsonNode v = value.get(member.name());
            if (v != null) {
                out.set(member.name(), convert(member, v, protocol));
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!out.has(field.getKey())) {
                out.set(field.getKey(), generic(field.getValue()));
            }
        }
        return out;
    }

    /**
     * A document no output shape describes (what a customization assembled from several calls): like
     * {@link #generic}, with the timestamps the codecs returned converted as for a model output, their wire format
     * read off the sent value (a number is epoch seconds; text with {@code GMT} is RFC 822, other text ISO 8601).
     */
    JsonNode document(JsonNode value) {
        if (value instanceof dev.awsmcp.model.WireTimestamp sent) {
            JsonNode wire = sent.wire();
            String format = wire == null || wire.isNumber() ? "unixTimestamp"
                    : wire.asText().endsWith("GMT") ? "rfc822" : "iso8601";
            return timestamps.convert(sent, format);
        }
        if (value != null && value.isObject()) {
            ObjectNode out = NODES.objectNode();
            value.fields().forEachRemaining(e -> out.set(e.getKey(), document(e.getValue())));
            return out;
        }
        if (value != null && value.isArray()) {
            ArrayNode out = NODES.arrayNode(value.size());
            value.forEach(v -> out.add(document(v)));
            return out;
        }
        return generic(value);
    }

    /** Without a shape: only blobs need converting. */
    static JsonNode generic(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isBinary()) {
            return TextNode.valueOf(Base64.getEncoder().encodeToString(((com.fasterxml.jackson.databind.node.BinaryNode) value).binaryValue()));
        }
        if (value.isObject()) {
            ObjectNode out = NODES.objectNode();
            value.fields().forEachRemaining(e -> out.set(e.getKey(), generic(e.getValue())));
            return out;
        }
        if (value.isArray()) {
            ArrayNode out = NODES.arrayNode(value.size());
            value.forEach(v -> out.add(generic(v)));
            return out;
        }
        return value;
    }

    /** How the service sent a timestamp: the shape's timestampFormat, else the protocol's default for its location. */
    static String wireFormat(Member member, Shape shape, String protocol) {
        if (shape.timestampFormat() != null) {
            return shape.timestampFormat();
        }
        String location = member.location();
        if ("header".equals(location) || "headers".equals(location)) {
            return "rfc822";
        }
        if (protocol == null) {
            return "iso8601";
        }
        switch (protocol) {
            case "json":
            case "rest-json":
            case "smithy-rpc-v2-cbor":
                return "unixTimestamp";
            default:
                return "iso8601";
        }
    }
}
