package dev.awsmcp.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.command.help.ModelHelp;
import dev.awsmcp.model.Operation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes an {@code examples-1.json} input (model member names to values) as an AWS CLI command line, and keeps it
 * only when our parser binds it back to the same operation: a suggested example must be runnable as written.
 */
final class ExampleCommands {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=@,+%-]+");

    private final CommandParser parser;

    ExampleCommands(CommandParser parser) {
        this.parser = parser;
    }

    /**
     * The example as a command line.
     *
     * @param h        the operation's help (CLI names of the members)
     * @param op       the operation
     * @param input    the example input
     * @param required the required parameters; those the example leaves out get placeholders
     * @return the command, or null when the example cannot be written or does not parse
     */
    String render(ModelHelp.OperationHelp h, Operation op, JsonNode input, List<RequiredParameter> required) {
        if (input == null || !input.isObject()) {
            return null;
        }
        Map<String, ModelHelp.ParameterHelp> byMember = new HashMap<>();
        for (ModelHelp.ParameterHelp p : h.parameters()) {
            if (p.member() != null) {
                byMember.putIfAbsent(p.member(), p);
            }
        }
        StringBuilder sb = new StringBuilder("aws ").append(h.service()).append(' ').append(h.operation());
        java.util.Set<String> written = new java.util.HashSet<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) input::fields) {
            ModelHelp.ParameterHelp p = byMember.get(e.getKey());
            if (p == null || !p.name().startsWith("--")) {
                return null; // a member the CLI does not expose under its own name
            }
            written.add(p.name());
            JsonNode v = e.getValue();
            if (v.isBoolean()) {
                sb.append(' ').append(v.asBoolean() ? p.name() : "--no-" + p.name().substring(2));
            } else if (v.isValueNode()) {
                sb.append(' ').append(p.name()).append(' ').append(quote(v.asText()));
            } else if (v.isArray() && allScalars(v) && v.size() > 0) {
                sb.append(' ').append(p.name());
                v.forEach(x -> sb.append(' ').append(quote(x.asText())));
            } else {
                sb.append(' ').append(p.name()).append(' ').append(quote(v.toString()));
            }
        }
        for (RequiredParameter r : required) {
            if (!written.contains(r.name())) {
                String placeholder = "<" + r.type().replaceAll("<.*", "") + ">";
                sb.append(' ').append(r.name().startsWith("--") ? r.name() + " " + placeholder
                        : "<" + r.name() + ">");
            }
        }
        String command = sb.toString();
        return binds(command, op) ? command : null;
    }

    private boolean binds(String command, Operation op) {
        try {
            ParsedCommand parsed = parser.parse(command);
            return parsed instanceof BoundCall && ((BoundCall) parsed).operation().name().equals(op.name());
        } catch (RuntimeException e) { // parse errors (AwsMcpException) and anything unexpected alike
            return false;
        }
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode x : array) {
            if (!x.isValueNode() || x.isNull()) {
                return false;
            }
        }
        return true;
    }

    /** POSIX shell quoting: bare when safe, else single quotes. */
    static String quote(String s) {
        if (!s.isEmpty() && SAFE.matcher(s).matches()) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
