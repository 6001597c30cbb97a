package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolException;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import java.util.Base64;

/**
 * JSON body to output tree (the {@code json} and {@code rest-json} protocols; also the decoded CBOR tree of
 * {@code smithy-rpc-v2-cbor}): member names from the model, timestamps as ISO-8601 text, blobs as binary nodes.
 * Nulls are dropped except in sparse lists and maps; unknown union members become
 * {@code {"SDK_UNKNOWN_MEMBER": {"name": tag}}} as in botocore.
 */
public final class JsonShapeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final boolean useWireNames;

    /** @param useWireNames read members under their {@code locationName} rather than their member name */
    public JsonShapeReader(boolean useWireNames) {
        this.useWireNames = useWireNames;
    }

    /** Reads a structure; a null or non-object node reads as an empty object. */
    public ObjectNode structure(Shape shape, JsonNode wire) {
        ObjectNode out = NODES.objectNode();
        if (wire == null || !wire.isObject()) {
            return out;
        }
        if (shape.type() == dev.awsmcp.model.ShapeType.UNION) {
            return union(shape, wire);
        }
        for (Member m : shape.members().values()) {
            JsonNode v = wire.get(useWireNames ? m.wireName() : m.name());
            if (v != null && !v.isNull()) {
                out.set(m.name(), value(m, v));
            }
        }
        return out;
    }

    private ObjectNode union(Shape shape, JsonNode wire) {
        ObjectNode out = NODES.objectNode();
        for (var e : wire.properties()) {
            if (e.getKey().equals("__type") || e.getValue().isNull()) {
                continue;
            }
            Member match = null;
            for (Member m : shape.members().values()) {
                if ((useWireNames ? m.wireName() : m.name()).equals(e.getKey())) {
                    match = m;
                    break;
                }
            }
            if (match == null) {
                out.removeAll();
                out.set("SDK_UNKNOWN_MEMBER", NODES.objectNode().put("name", e.getKey()));
                return out;
            }
            out.set(match.name(), value(match, e.getValue()));
        }
        return out;
    }

    /** Reads one value. */
    public JsonNode value(Member member, JsonNode v) {
        Shape shape = member.shape();
        try {
            switch (shape.type()) {
                case STRUCTURE:
                case UNION:
                    return structure(shape, v);
                case DOCUMENT:
                    return v;
                case LIST: {
                    ArrayNode out = NODES.arrayNode();
                    for (JsonNode item : v) {
                        if (item == null || item.isNull()) {
                            if (shape.sparse()) {
                                out.addNull();
                            }
                        } else {
                            out.add(value(shape.listMember(), item));
                        }
                    }
                    return out;
                }
                case MAP: {
                    ObjectNode out = NODES.objectNode();
                    v.properties().forEach(e -> {
                        if (e.getValue() == null || e.getValue().isNull()) {
                            if (shape.sparse()) {
                                out.putNull(e.getKey());
                            }
                        } else {
                            out.set(e.getKey(), value(shape.mapValue(), e.getValue()));
                        }
                    });
                    return out;
                }
                case TIMESTAMP:
                    if (v.isNumber()) {
                        return new dev.awsmcp.model.WireTimestamp(
                                Timestamps.iso8601(Timestamps.fromEpochSeconds(v.decimalValue())), v);
                    }
                    return new dev.awsmcp.model.WireTimestamp(Timestamps.iso8601(Timestamps.parse(v.asText())), v);
                case BLOB:
                    if (v.isBinary()) {
                        return v;
                    }
                    return NODES.binaryNode(Base64.getMimeDecoder().decode(v.asText()));
                case BOOLEAN:
                    return v.isBoolean() ? v : NODES.booleanNode(Boolean.parseBoolean(v.asText()));
                case INTEGER:
                case LONG:
                    if (v.isIntegralNumber()) {
                        return v;
                    }
                    return v.isNumber() ? NODES.numberNode(v.longValue()) : NODES.numberNode(Long.parseLong(v.asText().trim()));
                case FLOAT:
                case DOUBLE:
                    if (v.isNumber()) {
                        return NODES.numberNode(v.doubleValue());
                    }
                    return NODES.numberNode(Double.parseDouble(v.asText()));
                default:
                    return v.isTextual() ? v : NODES.textNode(v.asText());
            }
        } catch (RuntimeException e) {
            if (e instanceof ProtocolException) {
                throw e;
            }
            throw ProtocolException.malformedResponse("Value for " + member.name() + " is not a valid "
                    + shape.type().botocoreName() + ": " + v + ".", e);
        }
    }
}
