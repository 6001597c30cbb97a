package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolException;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Input tree to JSON body (the {@code json} and {@code rest-json} protocols): wire names from {@code locationName},
 * timestamps as epoch seconds unless the model says otherwise, blobs as base64, non-finite numbers as strings,
 * documents verbatim.
 */
public final class JsonShapeWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonShapeWriter() {}

    /**
     * Serializes the given members of a structure (all, or only the body members the caller picked).
     *
     * @param shape  the structure
     * @param value  the input object keyed by member names
     * @param filter members to include; null for all
     * @return the JSON object
     */
    public static ObjectNode structure(Shape shape, JsonNode value, Predicate<Member> filter) {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            Member m = shape.member(e.getKey());
            if (m == null) {
                throw unknownMember(shape, e.getKey());
            }
            if (e.getValue() == null || e.getValue().isNull() || (filter != null && !filter.test(m))) {
                continue;
            }
            out.set(m.wireName(), value(m, e.getValue()));
        }
        return out;
    }

    static ProtocolException unknownMember(Shape shape, String key) {
        return ProtocolException.invalidParameter("Unknown parameter " + key + " in " + shape.name() + ".",
                "Valid parameters: " + String.join(", ", shape.members().keySet()) + ".");
    }

    /** Serializes one value of a member (or list/map member). */
    public static JsonNode value(Member member, JsonNode v) {
        if (v == null || v.isNull()) {
            return NODES.nullNode();
        }
        Shape shape = member.shape();
        switch (shape.type()) {
            case STRUCTURE:
            case UNION:
                return structure(shape, v, null);
            case DOCUMENT:
                return v;
            case LIST: {
                ArrayNode out = NODES.arrayNode();
                for (JsonNode item : v) {
                    out.add(value(shape.listMember(), item));
                }
                return out;
            }
            case MAP: {
                ObjectNode out = NODES.objectNode();
                v.properties().forEach(e -> out.set(e.getKey(), value(shape.mapValue(), e.getValue())));
                return out;
            }
            case TIMESTAMP: {
                Instant t = InputValues.timestamp(v, member.name());
                String format = member.effectiveTimestampFormat();
                if (format == null || Timestamps.UNIX.equalsIgnoreCase(format)) {
                    BigDecimal secs = Timestamps.epochSeconds(t);
                    return secs.scale() == 0 ? NODES.numberNode(secs.longValueExact()) : NODES.numberNode(secs);
                }
                return NODES.textNode(Timestamps.format(t, format));
            }
            case BLOB:
                return NODES.textNode(InputValues.base64(v));
            case BOOLEAN:
                return NODES.booleanNode(InputValues.bool(v));
            case INTEGER:
            case LONG:
                return v.isNumber() ? v : NODES.numberNode(InputValues.longValue(v));
            case FLOAT:
            case DOUBLE:
                return floating(v);
            default:
                return v.isTextual() ? v : NODES.textNode(v.asText());
        }
    }

    private static JsonNode floating(JsonNode v) {
        double d = InputValues.doubleValue(v);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return NODES.textNode(InputValues.numberText(NODES.numberNode(d)));
        }
        return v.isNumber() ? v : NODES.numberNode(d);
    }
}
