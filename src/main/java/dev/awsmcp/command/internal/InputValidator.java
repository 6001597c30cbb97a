package dev.awsmcp.command.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Client-side parameter validation exactly as botocore's {@code validate.py} does it: required members, unknown
 * members, types, tagged unions, and {@code min} (length, size, value). Like the AWS CLI it does not check
 * {@code max}, {@code pattern} or enums (the service does; see {@link dev.awsmcp.command.ConstraintAdvisor} for advisory checks).
 */
public final class InputValidator {
    /**
     * One problem.
     *
     * @param path   the parameter path, e.g. {@code Filters[0].Name}
     * @param kind   missing, unknown, type, min, union
     * @param message one sentence
     */
    public record Problem(String path, String kind, String message) {}

    private InputValidator() {}

    /**
     * Validates parameters against an input shape.
     *
     * @param params the parameters
     * @param input  the operation's input shape (null: no input allowed)
     * @return the problems, empty when valid
     */
    public static List<Problem> validate(JsonNode params, Shape input) {
        List<Problem> out = new ArrayList<>();
        if (input == null) {
            if (params.size() > 0) {
                params.fieldNames().forEachRemaining(f -> out.add(new Problem(f, "unknown",
                        "Unknown parameter in input: \"" + f + "\"; this operation takes no input.")));
            }
            return out;
        }
        validate(params, input, null, "", out);
        // botocore fills idempotency tokens before it validates (the client stage does the same)
        out.removeIf(p -> p.kind().equals("missing") && input.member(p.path()) != null
                && input.member(p.path()).idempotencyToken());
        return out;
    }

    private static void validate(JsonNode v, Shape shape, Member member, String name, List<Problem> out) {
        if (v == null || v.isNull()) {
            return;
        }
        switch (shape.type()) {
            case DOCUMENT:
                return;
            case STRUCTURE:
            case UNION:
                if (!v.isObject()) {
                    type(v, shape, name, out);
                    return;
                }
                structure(v, shape, name, out);
                return;
            case LIST:
                if (!v.isArray()) {
                    type(v, shape, name, out);
                    return;
                }
                min(v.size(), shape, member, name, "length", out);
                Member element = shape.listMember();
                for (int i = 0; i < v.size(); i++) {
                    validate(v.get(i), element.shape(), element, name + "[" + i + "]", out);
                }
                return;
            case MAP:
                if (!v.isObject()) {
                    type(v, shape, name, out);
                    return;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    min(e.getKey().codePointCount(0, e.getKey().length()), shape.mapKey().shape(), shape.mapKey(),
                            name + " (key: " + e.getKey() + ")", "length", out);
                    validate(e.getValue(), shape.mapValue().shape(), shape.mapValue(), name + "." + e.getKey(), out);
                }
                return;
            case STRING:
                if (member != null && member.jsonValue() && "header".equals(member.location())) {
                    return;
                }
                if (!v.isTextual()) {
                    type(v, shape, name, out);
                    return;
                }
                min(v.asText().codePointCount(0, v.asText().length()), shape, member, name, "length", out);
                return;
            case INTEGER:
            case LONG:
                if (!v.isIntegralNumber()) {
                    type(v, shape, name, out);
                    return;
                }
                min(v.asDouble(), shape, member, name, "value", out);
                return;
            case FLOAT:
            case DOUBLE:
                if (!v.isNumber()) {
                    type(v, shape, name, out);
                    return;
                }
                min(v.asDouble(), shape, member, name, "value", out);
                return;
            case BOOLEAN:
                if (!v.isBoolean()) {
                    type(v, shape, name, out);
                }
                return;
            case BLOB:
                if (!v.isTextual() && !v.isBinary()) {
                    type(v, shape, name, out);
                }
                return;
            case TIMESTAMP:
                if (!(v.isTextual() || v.isNumber()) || TimestampArguments.parse(v) == null) {
                    out.add(new Problem(display(name), "type", "Invalid timestamp for parameter " + display(name)
                            + ": " + v + " is not an ISO 8601 date/time or epoch seconds."));
                }
                return;
            default:
                return;
        }
    }

    private static void structure(JsonNode v, Shape shape, String name, List<Problem> out) {
        if (shape.type() == dev.awsmcp.model.ShapeType.UNION) {
            int set = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                if (!it.next().getValue().isNull()) {
                    set++;
                }
            }
            if (set == 0) {
                out.add(new Problem(display(name), "union", "Must set one of the following keys for tagged union "
                        + "structure " + display(name) + ": " + String.join(", ", shape.members().keySet()) + "."));
            } else if (set > 1) {
                out.add(new Problem(display(name), "union", "Invalid number of parameters set for tagged union "
                        + "structure " + display(name) + "; only one of these keys may be set: "
                        + String.join(", ", shape.members().keySet()) + "."));
            }
        }
        for (Member m : shape.members().values()) {
            if (m.required() && !v.has(m.name())) {
                out.add(new Problem(join(name, m.name()), "missing",
                        "Missing required parameter in " + display(name) + ": \"" + m.name() + "\"."));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Member m = shape.member(e.getKey());
            if (m == null) {
                out.add(new Problem(join(name, e.getKey()), "unknown", "Unknown parameter in " + display(name)
                        + ": \"" + e.getKey() + "\", must be one of: " + String.join(", ", shape.members().keySet())
                        + "."));
            } else {
                validate(e.getValue(), m.shape(), m, join(name, e.getKey()), out);
            }
        }
    }

    private static void min(double value, Shape shape, Member member, String name, String what, List<Problem> out) {
        Double min = shape.min();
        if (min == null && member != null && member.hostLabel()) {
            min = 1.0;
        }
        if (min != null && value < min) {
            String shown = min == Math.floor(min) ? String.valueOf(min.longValue()) : String.valueOf(min);
            out.add(new Problem(display(name), "min", "Invalid " + what + " for parameter " + display(name)
                    + ": the minimum " + what + " is " + shown + "."));
        }
    }

    private static void type(JsonNode v, Shape shape, String name, List<Problem> out) {
        String got = v.isTextual() ? "string" : v.isObject() ? "object" : v.isArray() ? "list"
                : v.isBoolean() ? "boolean" : v.isIntegralNumber() ? "integer" : v.isNumber() ? "number" : v.getNodeType().toString();
        String want;
        switch (shape.type()) {
            case STRUCTURE: case UNION: case MAP: want = "object (JSON {...} or shorthand Key=Value)"; break;
            case LIST: want = "list"; break;
            case INTEGER: case LONG: want = "integer"; break;
            case FLOAT: case DOUBLE: want = "number"; break;
            case BLOB: want = "string or bytes"; break;
            default: want = shape.type().botocoreName(); break;
        }
        String shown = v.toString();
        if (shown.length() > 80) {
            shown = shown.substring(0, 80) + "...";
        }
        out.add(new Problem(display(name), "type", "Invalid type for parameter " + display(name) + ": got " + got
                + " " + shown + ", expected " + want + "."));
    }

    private static String join(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    private static String display(String name) {
        return name.isEmpty() ? "input" : name;
    }
}
