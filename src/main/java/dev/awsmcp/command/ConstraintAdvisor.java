package dev.awsmcp.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Advisory checks the AWS CLI leaves to the service: enum values, {@code max} length/size/value and {@code pattern}.
 * They never fail a parse (model enums lag behind services, patterns are sometimes stricter than the API), but an
 * agent can use them to fix a value before the service rejects it.
 */
public final class ConstraintAdvisor {
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final Pattern INVALID = Pattern.compile("(?!)");

    /**
     * One finding.
     *
     * @param path    the parameter path, e.g. {@code Filters[0].Name}
     * @param message one sentence
     */
    public record Advisory(String path, String message) {}

    private ConstraintAdvisor() {}

    /**
     * Checks a bound call's parameters.
     *
     * @param call the call
     * @return findings, empty when every value fits the model's constraints
     */
    public static List<Advisory> check(BoundCall call) {
        List<Advisory> out = new ArrayList<>();
        Shape input = call.operation().input();
        if (input != null) {
            walk(call.params(), input, "", out);
        }
        return out;
    }

    private static void walk(JsonNode v, Shape shape, String path, List<Advisory> out) {
        if (v == null || v.isNull()) {
            return;
        }
        switch (shape.type()) {
            case STRUCTURE:
            case UNION:
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    Member m = shape.member(e.getKey());
                    if (m != null) {
                        walk(e.getValue(), m.shape(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
                    }
                }
                return;
            case LIST:
                max(v.size(), shape, path, "items", out);
                for (int i = 0; i < v.size(); i++) {
                    walk(v.get(i), shape.listMember().shape(), path + "[" + i + "]", out);
                }
                return;
            case MAP:
                max(v.size(), shape, path, "entries", out);
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    walk(e.getValue(), shape.mapValue().shape(), path + "." + e.getKey(), out);
                }
                return;
            case STRING:
                if (!v.isTextual()) {
                    return;
                }
                String s = v.asText();
                if (shape.isEnum() && !shape.enumValues().contains(s)) {
                    out.add(new Advisory(path, "Value '" + s + "' for " + path + " is not one of the model's values: "
                            + String.join(", ", shape.enumValues().subList(0, Math.min(12, shape.enumValues().size())))
                            + (shape.enumValues().size() > 12 ? ", ..." : "") + "."));
                }
                max(s.codePointCount(0, s.length()), shape, path, "characters", out);
                if (shape.pattern() != null) {
                    Pattern p = PATTERNS.computeIfAbsent(shape.pattern(), ConstraintAdvisor::compile);
                    if (p != INVALID && !p.matcher(s).find()) {
                        out.add(new Advisory(path, "Value for " + path + " does not match the pattern " + shape.pattern()
                                + "."));
                    }
                }
                return;
            case INTEGER:
            case LONG:
            case FLOAT:
            case DOUBLE:
                if (v.isNumber() && shape.max() != null && v.asDouble() > shape.max()) {
                    out.add(new Advisory(path, "Value " + v.asText() + " for " + path + " is above the maximum "
                            + number(shape.max()) + "."));
                }
                return;
            default:
                return;
        }
    }

    private static void max(int size, Shape shape, String path, String unit, List<Advisory> out) {
        if (shape.max() != null && size > shape.max()) {
            out.add(new Advisory(path, path + " has " + size + " " + unit + "; the maximum is " + number(shape.max()) + "."));
        }
    }

    private static String number(double d) {
        return d == Math.floor(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return INVALID;
        }
    }
}
