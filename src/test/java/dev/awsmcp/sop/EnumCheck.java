package dev.awsmcp.sop;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks every string in a bound call's parameters against its shape's enum values, at any depth. The AWS CLI
 * does not validate enums client-side, so without this an SOP could teach {@code AFTER_31_DAYS}.
 */
final class EnumCheck {
    private EnumCheck() {}

    static List<String> problems(BoundCall call) {
        List<String> out = new ArrayList<>();
        walk(call.operation().input(), call.params(), call.operation().name(), out);
        return out;
    }

    private static void walk(Shape shape, JsonNode value, String path, List<String> out) {
        if (shape == null || value == null || value.isNull()) {
            return;
        }
        if (shape.type() == ShapeType.STRUCTURE || shape.type() == ShapeType.UNION) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Member m = shape.member(e.getKey());
                if (m != null) {
                    walk(m.shape(), e.getValue(), path + "." + e.getKey(), out);
                }
            }
        } else if (shape.type() == ShapeType.LIST && value.isArray()) {
            for (JsonNode item : value) {
                walk(shape.listMember().shape(), item, path + "[]", out);
            }
        } else if (shape.type() == ShapeType.MAP && value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(shape.mapKey().shape(), com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()), path + "{key}", out);
                walk(shape.mapValue().shape(), e.getValue(), path + "{" + e.getKey() + "}", out);
            }
        } else if (shape.isEnum() && value.isTextual() && !shape.enumValues().contains(value.asText())) {
            out.add(path + " = '" + value.asText() + "' is not one of " + shape.enumValues());
        }
    }
}
