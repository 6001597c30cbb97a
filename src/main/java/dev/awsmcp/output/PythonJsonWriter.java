package dev.awsmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes JSON exactly as Python's {@code json.dumps(value, indent=4, ensure_ascii=False)}, which is what the AWS CLI's
 * JSON output is: four-space indent, {@code ", "}-free item separators ({@code ","} + newline), {@code ": "} between
 * key and value, {@code []}/{@code {}} for empty containers, non-ASCII written as-is, control characters escaped
 * ({@code \n}, {@code \u0007}), floats as Python's repr.
 */
final class PythonJsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PythonJsonWriter() {
    }

    static String write(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out, 0);
        return out.toString();
    }

    static void write(JsonNode node, StringBuilder out, int depth) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            boolean first = true;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!first) {
                    out.append(',');
                }
                first = false;
                newline(out, depth + 1);
                string(field.getKey(), out);
                out.append(": ");
                write(field.getValue(), out, depth + 1);
            }
            newline(out, depth);
            out.append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                newline(out, depth + 1);
                write(node.get(i), out, depth + 1);
            }
            newline(out, depth);
            out.append(']');
        } else if (node.isTextual() || node.isBinary()) {
            string(node.asText(), out);
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? "true" : "false");
        } else if (node.isNumber()) {
            if (PythonValues.isFloat(node)) {
                double d = PythonValues.doubleOf(node);
                // json.dumps writes non-finite floats as JavaScript literals.
                out.append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity")
                        : PythonValues.floatRepr(d));
            } else {
                out.append(node.bigIntegerValue());
            }
        } else {
            string(node.asText(), out);
        }
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("    ");
        }
    }

    /** A JSON string literal with the escapes of Python's json module when {@code ensure_ascii=False}. */
    static void string(String s, StringBuilder out) {
        string(s, out, false);
    }

    /** A JSON scalar as {@code json.dumps(value)} with its default {@code ensure_ascii=True}. */
    static String asciiScalar(JsonNode node) {
        StringBuilder out = new StringBuilder();
        if (node.isTextual()) {
            string(node.textValue(), out, true);
        } else {
            write(node, out, 0);
        }
        return out.toString();
    }

    private static void string(String s, StringBuilder out, boolean ascii) {
        out.append('"');
        int runStart = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && (!ascii || c < 0x7f)) {
                continue;
            }
            out.append(s, runStart, i);
            runStart = i + 1;
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                            .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        out.append(s, runStart, s.length());
        out.append('"');
    }
}
