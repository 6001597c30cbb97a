package dev.awsmcp.command.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Sample documents for {@code --generate-cli-skeleton}, as botocore's {@code ArgumentGenerator}: strings empty (or
 * the first enum value; the member name for output skeletons), numbers 0, booleans true, timestamps the epoch,
 * lists with one element, maps with one {@code KeyName} entry, recursion cut at the second visit.
 */
public final class SkeletonGenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SkeletonGenerator() {}

    /**
     * Generates a skeleton.
     *
     * @param shape          the input or output shape (null gives {@code {}})
     * @param useMemberNames fill strings with member names (output skeletons)
     * @return the sample document
     */
    public static JsonNode generate(Shape shape, boolean useMemberNames) {
        if (shape == null) {
            return F.objectNode();
        }
        return gen(shape, new ArrayList<>(), "", useMemberNames);
    }

    private static JsonNode gen(Shape shape, List<String> stack, String name, boolean names) {
        stack.add(shape.name());
        try {
            switch (shape.type()) {
                case STRUCTURE:
                case UNION: {
                    if (Collections.frequency(stack, shape.name()) > 1) {
                        return F.objectNode();
                    }
                    ObjectNode o = F.objectNode();
                    for (Map.Entry<String, Member> m : shape.members().entrySet()) {
                        o.set(m.getKey(), gen(m.getValue().shape(), stack, m.getKey(), names));
                    }
                    return o;
                }
                case LIST: {
                    ArrayNode a = F.arrayNode();
                    a.add(gen(shape.listMember().shape(), stack, names ? shape.listMember().name() : "", names));
                    return a;
                }
                case MAP: {
                    ObjectNode o = F.objectNode();
                    o.set("KeyName", gen(shape.mapValue().shape(), stack, "", names));
                    return o;
                }
                case STRING:
                    if (names) {
                        return F.textNode(name);
                    }
                    return F.textNode(shape.isEnum() ? shape.enumValues().get(0) : "");
                case INTEGER:
                case LONG:
                    return F.numberNode(0);
                case FLOAT:
                case DOUBLE:
                    return F.numberNode(0.0);
                case BOOLEAN:
                    return F.booleanNode(true);
                case TIMESTAMP:
                    return F.textNode("1970-01-01T00:00:00");
                case DOCUMENT:
                    return F.objectNode();
                default:
                    return NullNode.getInstance();
            }
        } finally {
            stack.remove(stack.size() - 1);
        }
    }
}
