package dev.awsmcp.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Python's {@code json.dumps} and {@code repr}, for what the AWS CLI builds with them and we must reproduce byte for
 * byte: pagination tokens (compact, {@code ensure_ascii}), a packaged template ({@code indent=4}, non-ASCII kept), an
 * IAM trust policy, botocore's messages that print a dict. Separators are {@code ", "} and {@code ": "}, or, with an
 * indent, {@code ","} at line ends; floats print as Python's {@code repr}; {@code ensure_ascii} escapes everything
 * outside printable ASCII as {@code \\uXXXX} in lower case. Values are Jackson trees, or maps, lists, strings,
 * numbers, booleans and nulls.
 */
public final class PythonJson {
    private PythonJson() {}

    /**
     * {@code json.dumps(value)}: one line, non-ASCII escaped.
     *
     * @param value the value
     * @return the JSON text
     */
    public static String dumps(Object value) {
        return dumps(value, -1, true);
    }

    /**
     * {@code json.dumps(value, indent=..., ensure_ascii=...)}.
     *
     * @param value       the value
     * @param indent      spaces per level, or -1 for one line
     * @param ensureAscii escape characters outside printable ASCII (Python's default)
     * @return the JSON text, without a final newline
     * @throws IllegalArgumentException for a value of another type, as Python's "is not JSON serializable"
     */
    public static String dumps(Object value, int indent, boolean ensureAscii) {
        StringBuilder out = new StringBuilder();
        new Writer(indent, ensureAscii ? Mode.ASCII : Mode.UNICODE, out).write(value, 0);
        return out.toString();
    }

    /**
     * Python's {@code repr} of a dict or list ({@code {'NextToken': 'abc'}}), as botocore's messages print one.
     *
     * @param value the value
     * @return the text
     */
    public static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        new Writer(-1, Mode.REPR, out).write(value, 0);
        return out.toString();
    }

    /**
     * Python's {@code repr(float)}: the shortest digits that read back, fixed notation for exponents -4 to 15.
     *
     * @param d the number
     * @return e.g. {@code 12345678.0}, {@code 1e+20}, {@code 1.5e-07}
     */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        BigDecimal digits = new BigDecimal(Double.toString(d)).stripTrailingZeros(); // Java's shortest digits
        int exponent = digits.precision() - digits.scale() - 1;
        if (d == 0 || (exponent >= -4 && exponent < 16)) {
            String plain = digits.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String unscaled = digits.unscaledValue().abs().toString();
        String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
        return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    private enum Mode { ASCII, UNICODE, REPR }

    private record Writer(int indent, Mode mode, StringBuilder out) {
        void write(Object value, int depth) {
            if (value instanceof JsonNode node) {
                node(node, depth);
            } else if (value instanceof Map<?, ?> map) {
                Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
                container('{', '}', map.isEmpty(), depth, () -> {
                    Map.Entry<?, ?> e = it.next();
                    string(String.valueOf(e.getKey()));
                    out.append(": ");
                    write(e.getValue(), depth + 1);
                    return it.hasNext();
                });
            } else if (value instanceof List<?> list) {
                Iterator<?> it = list.iterator();
                container('[', ']', list.isEmpty(), depth, () -> {
                    write(it.next(), depth + 1);
                    return it.hasNext();
                });
            } else if (value instanceof String s) {
                string(s);
            } else if (value instanceof Double || value instanceof Float) {
                out.append(floatRepr(((Number) value).doubleValue()));
            } else if (value instanceof Number || value instanceof Boolean || value == null) {
                scalar(value == null ? null : value.toString());
            } else {
                throw new IllegalArgumentException("Object of type " + value.getClass().getSimpleName()
                        + " is not JSON serializable");
            }
        }

        private void node(JsonNode node, int depth) {
            if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                container('{', '}', node.isEmpty(), depth, () -> {
                    Map.Entry<String, JsonNode> e = it.next();
                    string(e.getKey());
                    out.append(": ");
                    node(e.getValue(), depth + 1);
                    return it.hasNext();
                });
            } else if (node.isArray()) {
                Iterator<JsonNode> it = node.elements();
                container('[', ']', node.isEmpty(), depth, () -> {
                    node(it.next(), depth + 1);
                    return it.hasNext();
                });
            } else if (node.isTextual()) {
                string(node.asText());
            } else if (node.isFloatingPointNumber()) {
                out.append(floatRepr(node.doubleValue()));
            } else {
                scalar(node.isNull() || node.isMissingNode() ? null : node.asText()); // integers, booleans
            }
        }

        /** null, true and false, or Python's None, True and False in repr. */
        private void scalar(String text) {
            if (mode != Mode.REPR) {
                out.append(text == null ? "null" : text);
            } else {
                out.append(text == null ? "None" : text.equals("true") ? "True" : text.equals("false") ? "False" : text);
            }
        }

        /** Writes the items one at a time; {@code item} writes one and says whether another follows. */
        private void container(char open, char close, boolean empty, int depth, BooleanSupplier item) {
            out.append(open);
            if (empty) {
                out.append(close);
                return;
            }
            boolean more = true;
            while (more) {
                if (indent >= 0) {
                    out.append('\n').append(" ".repeat(indent * (depth + 1)));
                }
                more = item.getAsBoolean();
                if (more) {
                    out.append(indent >= 0 ? "," : ", ");
                }
            }
            if (indent >= 0) {
                out.append('\n').append(" ".repeat(indent * depth));
            }
            out.append(close);
        }

        private void string(String s) {
            char quote = mode == Mode.REPR ? '\'' : '"';
            out.append(quote);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (c == quote) {
                            out.append('\\').append(c);
                        } else if (c < 0x20 || mode == Mode.ASCII && c > 0x7e) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append(quote);
        }
    }
}
