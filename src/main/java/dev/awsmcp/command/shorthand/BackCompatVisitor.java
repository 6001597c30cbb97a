package dev.awsmcp.command.shorthand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * Applies the model to a parsed shorthand value, as {@code awscli/shorthand.py}'s {@code BackCompatVisitor} does:
 * a scalar where the model wants a list becomes a one-element list, numbers are converted, {@code true}/{@code false}
 * become booleans (other text stays text), and document types are refused.
 */
public final class BackCompatVisitor {
    private BackCompatVisitor() {}

    /**
     * Converts a parsed shorthand value in place where possible.
     *
     * @param value the parsed value (object, or list of objects for list arguments)
     * @param shape the argument's shape
     * @return the converted value (may be a new node)
     * @throws ShorthandException for document types or numbers that do not parse
     */
    public static JsonNode apply(JsonNode value, Shape shape) {
        return visit(value, shape, true);
    }

    private static JsonNode visit(JsonNode value, Shape shape, boolean top) {
        if (value == null || value.isNull()) {
            return value;
        }
        switch (shape.type()) {
            case DOCUMENT:
                throw new ShorthandException("Shorthand syntax does not support document types; use JSON for this "
                        + "argument.", null, -1);
            case STRUCTURE:
            case UNION:
                if (value instanceof ObjectNode) {
                    ObjectNode obj = (ObjectNode) value;
                    for (Map.Entry<String, Member> m : shape.members().entrySet()) {
                        JsonNode child = obj.get(m.getKey());
                        if (child == null) {
                            continue;
                        }
                        Shape target = m.getValue().shape();
                        if (target.type() == ShapeType.DOCUMENT && !child.isNull()) {
                            throw new ShorthandException("Shorthand syntax does not support document types. Use JSON "
                                    + "input for top-level argument to specify nested parameter: " + m.getKey(), null, -1);
                        }
                        obj.set(m.getKey(), visit(child, target, false));
                    }
                }
                return value;
            case LIST:
                if (!value.isArray()) {
                    if (top) {
                        return value;
                    }
                    ArrayNode wrapped = JsonNodeFactory.instance.arrayNode();
                    wrapped.add(value);
                    return wrapped;
                }
                ArrayNode arr = (ArrayNode) value;
                Shape element = shape.listMember().shape();
                for (int i = 0; i < arr.size(); i++) {
                    arr.set(i, visit(arr.get(i), element, false));
                }
                return arr;
            case MAP:
                if (value instanceof ObjectNode) {
                    ObjectNode map = (ObjectNode) value;
                    Shape valueShape = shape.mapValue().shape();
                    for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        e.setValue(visit(e.getValue(), valueShape, false));
                    }
                }
                return value;
            case INTEGER:
            case LONG:
                return value.isTextual() ? ScalarText.toInteger(value.asText()) : value;
            case FLOAT:
            case DOUBLE:
                return value.isTextual() ? DoubleNode.valueOf(ScalarText.toDouble(value.asText())) : value;
            case BOOLEAN:
                if (value.isTextual()) {
                    String t = value.asText();
                    if (t.equalsIgnoreCase("true")) {
                        return BooleanNode.TRUE;
                    }
                    if (t.equalsIgnoreCase("false")) {
                        return BooleanNode.FALSE;
                    }
                }
                return value;
            default:
                return value;
        }
    }

    /** Python's {@code int()} and {@code float()} on text, with the AWS CLI's error wording. */
    public static final class ScalarText {
        private ScalarText() {}

        /**
         * Python {@code int(text)}: optional sign, digits, underscores between digits, surrounding whitespace.
         *
         * @param text the text
         * @return an int/long/big-integer node
         * @throws NumberFormatException with Python's message when the text is not an integer
         */
        public static JsonNode toInteger(String text) {
            String t = text.strip().replace("_", "");
            if (t.isEmpty() || text.strip().startsWith("_") || text.strip().endsWith("_") || text.contains("__")) {
                throw new NumberFormatException("invalid literal for int() with base 10: '" + text + "'");
            }
            try {
                BigInteger big = new BigInteger(t.startsWith("+") ? t.substring(1) : t);
                if (big.bitLength() < 32) {
                    return JsonNodeFactory.instance.numberNode(big.intValue());
                }
                if (big.bitLength() < 64) {
                    return JsonNodeFactory.instance.numberNode(big.longValue());
                }
                return JsonNodeFactory.instance.numberNode(big);
            } catch (NumberFormatException e) {
                throw new NumberFormatException("invalid literal for int() with base 10: '" + text + "'");
            }
        }

        /**
         * Python {@code float(text)}.
         *
         * @param text the text
         * @return the value
         * @throws NumberFormatException with Python's message when the text is not a number
         */
        public static double toDouble(String text) {
            String t = text.strip().replace("_", "");
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            switch (lower) {
                case "nan": case "+nan": case "-nan": return Double.NaN;
                case "inf": case "+inf": case "infinity": case "+infinity": return Double.POSITIVE_INFINITY;
                case "-inf": case "-infinity": return Double.NEGATIVE_INFINITY;
                default: break;
            }
            if (t.isEmpty() || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                throw new NumberFormatException("could not convert string to float: '" + text + "'");
            }
            return Double.parseDouble(t);
        }
    }
}
