package dev.awsmcp.client.protocol.conformance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.internal.Timestamps;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import software.amazon.smithy.model.node.Node;

/**
 * Turns a test's Smithy {@code params} (timestamps as epoch seconds, blobs as strings, non-finite floats as
 * strings) into our value conventions (ISO-8601 text, binary nodes, double nodes). For expected output,
 * {@code jsonvalue} header strings are parsed, since the runtime decodes them like botocore.
 */
final class ParamsConverter {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ParamsConverter() {}

    static ObjectNode convert(Shape shape, Node params, boolean output) {
        JsonNode raw;
        try {
            raw = MAPPER.readTree(Node.printJson(params));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shape == null ? NODES.objectNode() : structure(shape, raw, output);
    }

    private static ObjectNode structure(Shape shape, JsonNode v, boolean output) {
        ObjectNode out = NODES.objectNode();
        v.fields().forEachRemaining(e -> {
            Member m = shape.member(e.getKey());
            if (m == null) {
                throw new IllegalArgumentException("params name unknown member " + e.getKey() + " of " + shape.name());
            }
            out.set(e.getKey(), value(m, e.getValue(), output));
        });
        return out;
    }

    private static JsonNode value(Member m, JsonNode v, boolean output) {
        if (v == null || v.isNull()) {
            return NODES.nullNode();
        }
        Shape shape = m.shape();
        switch (shape.type()) {
            case STRUCTURE:
            case UNION:
                return structure(shape, v, output);
            case LIST: {
                ArrayNode out = NODES.arrayNode();
                v.forEach(item -> out.add(value(shape.listMember(), item, output)));
                return out;
            }
            case MAP: {
                ObjectNode out = NODES.objectNode();
                v.fields().forEachRemaining(e -> out.set(e.getKey(), value(shape.mapValue(), e.getValue(), output)));
                return out;
            }
            case TIMESTAMP:
                if (v.isNumber()) {
                    return NODES.textNode(Timestamps.iso8601(Timestamps.fromEpochSeconds(v.decimalValue())));
                }
                return NODES.textNode(Timestamps.iso8601(Timestamps.parse(v.asText())));
            case BLOB:
                return NODES.binaryNode(v.asText().getBytes(StandardCharsets.UTF_8));
            case FLOAT:
            case DOUBLE:
                return v.isTextual() ? NODES.numberNode(Double.parseDouble(v.asText())) : NODES.numberNode(v.doubleValue());
            case STRING:
                if (output && m.jsonValue()) {
                    try {
                        return MAPPER.readTree(v.asText());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return v;
            default:
                return v;
        }
    }
}
