package dev.awsmcp.command.internal;

import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shorthand form of an argument as the AWS CLI documents it ({@code argprocess.py ParamShorthandDocGen}):
 * {@code Key=string,Value=string}, {@code Name=string,Values=string,string}, {@code KeyName1=string,KeyName2=string}.
 */
public final class ShorthandDocs {
    private static final int MAX_STACK = 3;

    private ShorthandDocs() {}

    /**
     * The documented shorthand example, or a JSON hint when the shape has no shorthand form.
     *
     * @param shape the argument shape
     * @return e.g. {@code Key=string,Value=string ...}
     */
    public static String example(Shape shape) {
        String s = syntax(shape);
        return s == null ? "JSON (this argument has no shorthand form)" : s;
    }

    /**
     * The shorthand syntax, or null when the argument does not support shorthand.
     *
     * @param shape the argument shape
     * @return the syntax or null
     */
    public static String syntax(Shape shape) {
        if (!ValueUnpacker.supportsShorthand(shape)) {
            return null;
        }
        List<String> stack = new ArrayList<>();
        try {
            if (shape.type() == ShapeType.LIST) {
                return docs(shape.listMember().shape(), stack) + " ...";
            }
            return docs(shape, stack);
        } catch (TooComplex e) {
            return null;
        }
    }

    private static String docs(Shape shape, List<String> stack) {
        if (stack.size() > MAX_STACK) {
            throw new TooComplex();
        }
        switch (shape.type()) {
            case STRUCTURE:
            case UNION:
                return structure(shape, stack);
            case LIST: {
                Shape element = shape.listMember().shape();
                stack.add(element.name());
                String e;
                try {
                    e = docs(element, stack);
                } finally {
                    stack.remove(stack.size() - 1);
                }
                return element.type().isAggregate() || stack.size() > 1 ? "[" + e + "," + e + "]" : e + "," + e;
            }
            case MAP: {
                Shape value = shape.mapValue().shape();
                stack.add(value.name());
                String v;
                try {
                    v = docs(value, stack);
                } finally {
                    stack.remove(stack.size() - 1);
                }
                String start = "KeyName1=" + v + ",KeyName2=" + v;
                Shape key = shape.mapKey().shape();
                if (key.isEnum() && stack.isEmpty()) {
                    start += " (valid key names: " + String.join(", ", key.enumValues()) + ")";
                } else if (!stack.isEmpty()) {
                    start = "{" + start + "}";
                }
                return start;
            }
            default:
                return shape.type().botocoreName();
        }
    }

    private static String structure(Shape shape, List<String> stack) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Member> m : shape.members().entrySet()) {
            Shape target = m.getValue().shape();
            if (ValueUnpacker.isDocumentContainer(target)) {
                continue;
            }
            String valueDoc;
            if (stack.contains(target.name())) {
                parts.add("( ... recursive ... )");
                continue;
            }
            stack.add(target.name());
            try {
                valueDoc = docs(target, stack);
            } finally {
                stack.remove(stack.size() - 1);
            }
            parts.add(m.getKey() + "=" + valueDoc);
        }
        String inner = String.join(",", parts);
        return stack.isEmpty() ? inner : "{" + inner + "}";
    }

    private static final class TooComplex extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooComplex() {
            super(null, null, false, false);
        }
    }
}
