package dev.awsmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import software.amazon.smithy.jmespath.RuntimeType;
import software.amazon.smithy.jmespath.evaluation.JmespathRuntime;
import software.amazon.smithy.jmespath.evaluation.NumberType;

/**
 * Lets smithy-jmespath's evaluator run directly over Jackson trees, so {@code --query} needs no conversion of the
 * response. Objects keep insertion order (multi-select hashes come out in the order written, as in Python).
 */
final class JacksonJmespathRuntime implements JmespathRuntime<JsonNode> {
    static final JacksonJmespathRuntime INSTANCE = new JacksonJmespathRuntime();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JacksonJmespathRuntime() {
    }

    @Override
    public RuntimeType typeOf(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return RuntimeType.NULL;
        }
        if (value.isTextual() || value.isBinary()) {
            return RuntimeType.STRING;
        }
        if (value.isNumber()) {
            return RuntimeType.NUMBER;
        }
        if (value.isBoolean()) {
            return RuntimeType.BOOLEAN;
        }
        if (value.isArray()) {
            return RuntimeType.ARRAY;
        }
        if (value.isObject()) {
            return RuntimeType.OBJECT;
        }
        return RuntimeType.STRING;
    }

    @Override
    public JsonNode createNull() {
        return NullNode.getInstance();
    }

    @Override
    public JsonNode createBoolean(boolean b) {
        return BooleanNode.valueOf(b);
    }

    @Override
    public boolean asBoolean(JsonNode value) {
        return value.booleanValue();
    }

    @Override
    public JsonNode createString(String string) {
        return TextNode.valueOf(string);
    }

    @Override
    public String asString(JsonNode value) {
        return value.asText();
    }

    @Override
    public JsonNode createNumber(Number value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(value.intValue());
        }
        if (value instanceof Long) {
            return NODES.numberNode(value.longValue());
        }
        if (value instanceof BigInteger) {
            return NODES.numberNode((BigInteger) value);
        }
        if (value instanceof BigDecimal) {
            return NODES.numberNode(((BigDecimal) value).doubleValue());
        }
        if (value instanceof Float) {
            return NODES.numberNode(Double.parseDouble(value.toString()));
        }
        return NODES.numberNode(value.doubleValue());
    }

    @Override
    public NumberType numberType(JsonNode value) {
        switch (value.numberType()) {
            case INT:
                return NumberType.INTEGER;
            case LONG:
                return NumberType.LONG;
            case BIG_INTEGER:
                return NumberType.BIG_INTEGER;
            case FLOAT:
                return NumberType.FLOAT;
            case BIG_DECIMAL:
                return NumberType.BIG_DECIMAL;
            default:
                return NumberType.DOUBLE;
        }
    }

    @Override
    public Number asNumber(JsonNode value) {
        return value.numberValue();
    }

    @Override
    public ArrayBuilder<JsonNode> arrayBuilder() {
        return new ArrayBuilder<>() {
            private final ArrayNode array = NODES.arrayNode();

            @Override
            public void add(JsonNode value) {
                array.add(value == null ? NullNode.getInstance() : value);
            }

            @Override
            public void addAll(JsonNode values) {
                if (values.isArray()) {
                    array.addAll((ArrayNode) values);
                } else if (values.isObject()) {
                    values.fieldNames().forEachRemaining(name -> array.add(TextNode.valueOf(name)));
                }
            }

            @Override
            public JsonNode build() {
                return array;
            }
        };
    }

    @Override
    public JsonNode element(JsonNode array, int index) {
        JsonNode element = array.get(index);
        return element == null ? NullNode.getInstance() : element;
    }

    @Override
    public ObjectBuilder<JsonNode> objectBuilder() {
        return new ObjectBuilder<>() {
            private final ObjectNode object = NODES.objectNode();

            @Override
            public void put(JsonNode key, JsonNode value) {
                object.set(key.asText(), value == null ? NullNode.getInstance() : value);
            }

            @Override
            public void putAll(JsonNode values) {
                if (values.isObject()) {
                    object.setAll((ObjectNode) values);
                }
            }

            @Override
            public JsonNode build() {
                return object;
            }
        };
    }

    @Override
    public JsonNode value(JsonNode object, JsonNode name) {
        if (object != null && object.isObject()) {
            JsonNode v = object.get(name.asText());
            return v == null ? NullNode.getInstance() : v;
        }
        return NullNode.getInstance();
    }

    @Override
    public int length(JsonNode value) {
        if (value.isTextual()) {
            String s = value.textValue();
            return s.codePointCount(0, s.length());
        }
        return value.size();
    }

    @Override
    public Iterable<? extends JsonNode> asIterable(JsonNode value) {
        if (value.isArray()) {
            return value;
        }
        if (value.isObject()) {
            List<JsonNode> keys = new ArrayList<>(value.size());
            Iterator<String> names = value.fieldNames();
            while (names.hasNext()) {
                keys.add(TextNode.valueOf(names.next()));
            }
            return keys;
        }
        throw new IllegalStateException("invalid-type");
    }
}
