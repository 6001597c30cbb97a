package dev.awsmcp.suggest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** Suggestions as JSON, the shape the command line and the MCP tool return. */
public final class SuggestionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SuggestionJson() {}

    /**
     * An answer: {@code {"task": ..., "suggestions": [...]}}.
     *
     * @param task        the task as asked
     * @param suggestions the suggestions
     * @return the JSON object
     */
    public static ObjectNode answer(String task, List<Suggestion> suggestions) {
        ObjectNode o = JSON.createObjectNode();
        o.put("task", task);
        ArrayNode list = o.putArray("suggestions");
        suggestions.forEach(s -> list.add(toJson(s)));
        return o;
    }

    /**
     * One suggestion: rank, command, kind, description, requiredParameters, template, example (when there is one),
     * access {level, callClass, basis}, deprecated (when true), score.
     *
     * @param s the suggestion
     * @return the JSON object
     */
    public static ObjectNode toJson(Suggestion s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("rank", s.rank());
        o.put("command", s.command());
        o.put("kind", s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        o.put("description", s.description());
        ArrayNode req = o.putArray("requiredParameters");
        for (RequiredParameter p : s.requiredParameters()) {
            req.addObject().put("name", p.name()).put("type", p.type());
        }
        o.put("template", s.template());
        if (s.example() != null) {
            o.put("example", s.example());
        }
        ObjectNode access = o.putObject("access");
        access.put("level", s.access().level());
        access.put("callClass", s.access().callClass());
        access.put("basis", s.access().basis());
        if (s.deprecated()) {
            o.put("deprecated", true);
        }
        o.put("score", Math.round(s.score() * 1000) / 1000.0);
        return o;
    }

    /**
     * Suggestions as text for people.
     *
     * @param suggestions the suggestions
     * @return numbered entries, one block each
     */
    public static String render(List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) {
            return "No matching command. Describe the task with the service and the action, e.g. 'list s3 buckets'.\n";
        }
        StringBuilder sb = new StringBuilder();
        for (Suggestion s : suggestions) {
            sb.append(s.rank()).append(". ").append(s.command()).append("   [").append(s.access().label())
                    .append(s.deprecated() ? ", deprecated" : "")
                    .append("]\n");
            sb.append("   ").append(s.description()).append('\n');
            sb.append("   usage: ").append(s.usage()).append('\n');
            if (!s.requiredParameters().isEmpty()) {
                sb.append("   required:");
                for (RequiredParameter p : s.requiredParameters()) {
                    sb.append(' ').append(p.name()).append(" (").append(p.type()).append(')');
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
