package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json.dumps}, for the customizations whose output or request the CLI builds with it (a packaged
 * template, an IAM trust policy): {@code ", "} and {@code ": "} separators, or an indent with {@code ","} at line
 * ends; floats as Python's {@code repr}; {@code ensure_ascii} escapes everything past ASCII as {@code \\uXXXX} in
 * lower case. Values are maps, lists, strings, numbers, booleans and nulls, or Jackson trees.
 */
final class PythonJson {
    private PythonJson() {}

    /**
     * @param value       the value
     * @param indent      spaces per level, or -1 for one line
     * @param ensureAscii escape non-ASCII characters (Python's default)
     * @return the JSON text, without a final newline
     * @throws CustomCommandException for a YAML timestamp ({@link PyYaml.Timestamp}), which Python refuses
     */
    static String dumps(Object value, int indent, boolean ensureAscii) {
        StringBuilder out = new StringBuilder();
        write(value, indent, 0, ensureAscii, out);
        return out.toString();
    }

    private static void write(Object value, int indent, int depth, boolean ascii, StringBuilder out) {
        if (value instanceof JsonNode node) {
            node(node, indent, depth, ascii, out);
        } else if (value instanceof Map<?, ?> map) {
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            container('{', '}', map.isEmpty(), indent, depth, out, () -> {
                Map.Entry<?, ?> e = it.next();
                string(String.valueOf(e.getKey()), ascii, out);
                out.append(": ");
                write(e.getValue(), indent, depth + 1, ascii, out);
                return it.hasNext();
            });
        } else if (value instanceof List<?> list) {
            Iterator<?> it = list.iterator();
            container('[', ']', list.isEmpty(), indent, depth, out, () -> {
                write(it.next(), indent, depth + 1, ascii, out);
                return it.hasNext();
            });
        } else if (value instanceof String s) {
            string(s, ascii, out);
        } else if (value instanceof Double d) {
            out.append(PyYaml.pythonFloat(d));
        } else if (value instanceof PyYaml.Timestamp) {
            throw new CustomCommandException("TemplateNotSerializable", "Object of type date is not JSON serializable",
                    "Quote the date in the template (e.g. AWSTemplateFormatVersion: '2010-09-09'), or leave out "
                    + "--use-json.");
        } else {
            out.append(value == null ? "null" : value.toString()); // integers, booleans
        }
    }

    private static void node(JsonNode node, int indent, int depth, boolean ascii, StringBuilder out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            container('{', '}', node.isEmpty(), indent, depth, out, () -> {
                Map.Entry<String, JsonNode> e = it.next();
                string(e.getKey(), ascii, out);
                out.append(": ");
                node(e.getValue(), indent, depth + 1, ascii, out);
                return it.hasNext();
            });
        } else if (node.isArray()) {
            Iterator<JsonNode> it = node.elements();
            container('[', ']', node.isEmpty(), indent, depth, out, () -> {
                node(it.next(), indent, depth + 1, ascii, out);
                return it.hasNext();
            });
        } else if (node.isTextual()) {
            string(node.asText(), ascii, out);
        } else if (node.isFloatingPointNumber()) {
            out.append(PyYaml.pythonFloat(node.doubleValue()));
        } else {
            out.append(node.isNull() || node.isMissingNode() ? "null" : node.asText()); // integers, booleans
        }
    }

    /** Writes the items one at a time; {@code item} writes one and says whether another follows. */
    private static void container(char open, char close, boolean empty, int indent, int depth, StringBuilder out,
                                  java.util.function.BooleanSupplier item) {
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

    private static void string(String s, boolean ascii, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || ascii && c > 0x7e && c != 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
