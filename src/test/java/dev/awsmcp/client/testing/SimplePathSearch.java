package dev.awsmcp.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.awsmcp.client.PathSearch;

/**
 * A tiny JMESPath subset for client tests (the real engine lives in the output stage): {@code a.b}, {@code a[-1]},
 * {@code a[].b} (projection) and {@code x || y}.
 */
public final class SimplePathSearch implements PathSearch {
    @Override
    public JsonNode search(JsonNode root, String expression) {
        for (String alt : expression.split("\\|\\|")) {
            JsonNode v = path(root, alt.trim());
            if (v != null && !v.isNull() && !(v.isTextual() && v.asText().isEmpty()) && !(v.isContainerNode() && v.size() == 0)) {
                return v;
            }
        }
        return NullNode.getInstance();
    }

    private static JsonNode path(JsonNode root, String expr) {
        int proj = expr.indexOf("[]");
        if (proj >= 0) {
            JsonNode list = path(root, expr.substring(0, proj));
            String rest = expr.substring(proj + 2);
            if (rest.startsWith(".")) {
                rest = rest.substring(1);
            }
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            if (list != null && list.isArray()) {
                for (JsonNode e : list) {
                    JsonNode v = rest.isEmpty() ? e : path(e, rest);
                    if (v != null && !v.isNull()) {
                        out.add(v);
                    }
                }
            }
            return out;
        }
        JsonNode n = root;
        for (String part : expr.split("\\.")) {
            String name = part;
            Integer index = null;
            int b = part.indexOf('[');
            if (b >= 0) {
                name = part.substring(0, b);
                index = Integer.parseInt(part.substring(b + 1, part.indexOf(']')));
            }
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(name);
            if (index != null) {
                if (n == null || !n.isArray() || n.size() == 0) {
                    return null;
                }
                n = n.get(index < 0 ? n.size() + index : index);
            }
        }
        return n;
    }
}
