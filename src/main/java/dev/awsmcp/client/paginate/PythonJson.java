package dev.awsmcp.client.paginate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes JSON exactly like Python's {@code json.dumps} with default settings ({@code ", "} and {@code ": "}
 * separators, non-ASCII escaped), so that pagination tokens are byte-identical to the AWS CLI's; and writes
 * Python's {@code repr} of a token dictionary for error messages.
 */
final class PythonJson {
    private PythonJson() {}

    static String dumps(JsonNode n) {
        StringBuilder sb = new StringBuilder();
        write(n, sb, '"');
        return sb.toString();
    }

    /** {@code {'NextToken': 'abc'}}, as botocore's messages print a dict. */
    static String repr(JsonNode n) {
        StringBuilder sb = new StringBuilder();
        write(n, sb, '\'');
        return sb.toString();
    }

    private static void write(JsonNode n, StringBuilder sb, char quote) {
        if (n == null || n.isNull()) {
            sb.append(quote == '"' ? "null" : "None");
        } else if (n.isObject()) {
            sb.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                string(e.getKey(), sb, quote);
                sb.append(": ");
                write(e.getValue(), sb, quote);
            }
            sb.append('}');
        } else if (n.isArray()) {
            sb.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                write(n.get(i), sb, quote);
            }
            sb.append(']');
        } else if (n.isBoolean()) {
            sb.append(quote == '"' ? (n.asBoolean() ? "true" : "false") : (n.asBoolean() ? "True" : "False"));
        } else if (n.isNumber()) {
            sb.append(n.numberValue().toString());
        } else {
            string(n.asText(), sb, quote);
        }
    }

    private static void string(String s, StringBuilder sb, char quote) {
        sb.append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\b') {
                sb.append("\\b");
            } else if (c == '\f') {
                sb.append("\\f");
            } else if (c < 0x20 || c > 0x7e && quote == '"') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append(quote);
    }
}
