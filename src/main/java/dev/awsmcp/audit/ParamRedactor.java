package dev.awsmcp.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Copies an input tree with every secret replaced by {@code ***}: values whose shape (the member's target, at any
 * depth) is marked {@code sensitive} in the model, and values under secret-looking names ({@link SecretNames}).
 * Collects the replaced string values so the command text can be scrubbed of them too.
 */
final class ParamRedactor {
    static final String MASK = "***";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ParamRedactor() {}

    /**
     * @param value   the tree (params keyed by member names, or a member's value)
     * @param shape   its shape, or null when unknown (then only names decide)
     * @param secrets receives every replaced scalar text
     * @return a redacted copy
     */
    static JsonNode redact(JsonNode value, Shape shape, Collection<String> secrets) {
        if (value == null || value.isNull()) {
            return value;
        }
        if (shape != null && shape.sensitive()) {
            collect(value, secrets);
            return NODES.textNode(MASK);
        }
        ShapeType type = shape == null ? null : shape.type();
        if (value.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Shape child = null;
                if (type == ShapeType.STRUCTURE || type == ShapeType.UNION) {
                    Member m = shape.member(e.getKey());
                    child = m == null ? null : m.shape();
                } else if (type == ShapeType.MAP) {
                    child = shape.mapValue().shape();
                }
                if (SecretNames.isSecret(e.getKey())) {
                    collect(e.getValue(), secrets);
                    out.put(e.getKey(), MASK);
                } else {
                    out.set(e.getKey(), redact(e.getValue(), child, secrets));
                }
            }
            return out;
        }
        if (value.isArray()) {
            ArrayNode out = NODES.arrayNode();
            Shape element = type == ShapeType.LIST ? shape.listMember().shape() : null;
            for (JsonNode v : value) {
                out.add(redact(v, element, secrets));
            }
            return out;
        }
        return value;
    }

    /** Whether a shape or anything it contains is sensitive or has a secret-looking member name. */
    static boolean containsSecrets(Shape shape) {
        return containsSecrets(shape, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean containsSecrets(Shape shape, Set<Shape> seen) {
        if (shape == null || !seen.add(shape)) {
            return false;
        }
        if (shape.sensitive()) {
            return true;
        }
        if (shape.type() == ShapeType.STRUCTURE || shape.type() == ShapeType.UNION) {
            for (Member m : shape.members().values()) {
                if (SecretNames.isSecret(m.name()) || containsSecrets(m.shape(), seen)) {
                    return true;
                }
            }
            return false;
        }
        for (Member m : shape.children()) {
            if (containsSecrets(m.shape(), seen)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(JsonNode v, Collection<String> secrets) {
        if (v.isTextual()) {
            // Short values ("true", "abc") would scrub unrelated text; they are masked in place but not collected.
            if (v.textValue().length() >= 4) {
                secrets.add(v.textValue());
            }
        } else if (v.isContainerNode()) {
            v.forEach(c -> collect(c, secrets));
        }
    }
}
