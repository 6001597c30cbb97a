package dev.awsmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Length in characters of a node written as compact JSON (Jackson's default escaping), without writing it. */
final class JsonSize {
    private JsonSize() {
    }

    static long of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return 4;
        }
        if (node.isTextual()) {
            return string(node.textValue());
        }
        if (node.isBinary()) {
            return 2 + (long) Math.ceil(((com.fasterxml.jackson.databind.node.BinaryNode) node).binaryValue().length / 3.0) * 4;
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? 4 : 5;
        }
        if (node.isNumber()) {
            return node.asText().length();
        }
        if (node.isArray()) {
            long total = 2 + Math.max(0, node.size() - 1);
            for (JsonNode item : node) {
                total += of(item);
            }
            return total;
        }
        if (node.isObject()) {
            long total = 2 + Math.max(0, node.size() - 1);
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                total += string(f.getKey()) + 1 + of(f.getValue());
            }
            return total;
        }
        return node.toString().length();
    }

    static long string(String s) {
        long n = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
                n += 2;
            } else if (c < 0x20) {
                n += 6;
            } else {
                n += 1;
            }
        }
        return n;
    }
}
