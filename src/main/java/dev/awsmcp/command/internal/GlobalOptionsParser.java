package dev.awsmcp.command.internal;

import dev.awsmcp.command.CommandException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes the AWS CLI's global options out of a command, wherever they appear after {@code aws} (the CLI's main
 * parser runs {@code parse_known_args} over the whole command first). What remains goes to the service parser.
 */
public final class GlobalOptionsParser {
    /** Options taking one value, with their allowed values (empty: any). */
    private static final Map<String, List<String>> WITH_VALUE = Map.ofEntries(
            Map.entry("region", List.of()), Map.entry("profile", List.of()), Map.entry("endpoint-url", List.of()),
            Map.entry("output", List.of("json", "text", "table", "yaml", "yaml-stream")), Map.entry("query", List.of()),
            Map.entry("cli-read-timeout", List.of()), Map.entry("cli-connect-timeout", List.of()),
            Map.entry("color", List.of("on", "off", "auto")), Map.entry("ca-bundle", List.of()),
            Map.entry("cli-binary-format", List.of("base64", "raw-in-base64-out")));
    private static final Set<String> FLAGS = Set.of("debug", "no-verify-ssl", "no-paginate", "no-sign-request",
            "no-cli-pager", "cli-auto-prompt", "no-cli-auto-prompt", "v2-debug", "version");

    /**
     * The result.
     *
     * @param values  option name (no dashes) to value ({@code "true"} for flags)
     * @param rest    the remaining words in order
     */
    public record Result(Map<String, String> values, List<String> rest) {}

    private GlobalOptionsParser() {}

    /**
     * The global option a word names: exact, or (as argparse allows) a unique prefix of at least three letters
     * ({@code --endpoint} for {@code --endpoint-url}).
     */
    private static String resolve(String name) {
        if (FLAGS.contains(name) || WITH_VALUE.containsKey(name)) {
            return name;
        }
        if (name.length() < 3) {
            return null;
        }
        String found = null;
        for (String o : WITH_VALUE.keySet()) {
            if (o.startsWith(name)) {
                if (found != null) {
                    return null;
                }
                found = o;
            }
        }
        for (String o : FLAGS) {
            if (o.startsWith(name)) {
                if (found != null) {
                    return null;
                }
                found = o;
            }
        }
        return found;
    }

    /** Whether {@code name} (no dashes) is a global option. */
    public static boolean isGlobal(String name) {
        return WITH_VALUE.containsKey(name) || FLAGS.contains(name);
    }

    /**
     * Extracts the global options.
     *
     * @param words the words after {@code aws}
     * @return options and remaining words
     * @throws CommandException for a missing or invalid value
     */
    public static Result parse(List<String> words) {
        Map<String, String> values = new HashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!w.startsWith("--")) {
                rest.add(w);
                continue;
            }
            int eq = w.indexOf('=');
            String name = resolve(eq > 0 ? w.substring(2, eq) : w.substring(2));
            String explicit = eq > 0 ? w.substring(eq + 1) : null;
            if (name == null) {
                rest.add(w);
                continue;
            }
            if (FLAGS.contains(name)) {
                values.put(name, "true");
                continue;
            }
            List<String> choices = WITH_VALUE.get(name);
            String value = explicit;
            if (value == null) {
                if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
                    throw new CommandException("MissingValue", "Global option --" + name + " expects one value, but "
                            + "none was given.", "Write --" + name + " <value>"
                            + (choices.isEmpty() ? "" : " with one of: " + String.join(", ", choices)) + ".");
                }
                value = words.get(++i);
            }
            if (!choices.isEmpty() && !choices.contains(value)) {
                throw new CommandException("InvalidOptionValue", "Global option --" + name + " does not accept '"
                        + value + "'.", "Use one of: " + String.join(", ", choices) + ".");
            }
            if (values.containsKey(name) && !values.get(name).equals(value)) {
                throw new CommandException("DuplicateParameter", "Global option --" + name + " is given twice with "
                        + "different values ('" + values.get(name) + "' and '" + value + "').", "Keep one --" + name + ".");
            }
            values.put(name, value);
        }
        return new Result(values, rest);
    }
}
