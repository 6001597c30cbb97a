package dev.awsmcp.command.internal;

import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.RoleOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes {@code --role-arn}, {@code --role-session-name}, {@code --external-id}, {@code --duration-seconds} and
 * {@code --serial-number} out of
 * an operation's words, except where the operation has a parameter of that name ({@code aws sts assume-role
 * --role-arn} keeps its own meaning, and stays the command it is).
 */
public final class RoleArguments {
    private static final Set<String> NAMES = Set.of("role-arn", "role-session-name", "external-id", "duration-seconds",
            "serial-number");

    /**
     * The words left for the operation, and the role they named.
     *
     * @param words the operation's words
     * @param role  the role, or null when none was named
     */
    public record Extracted(List<String> words, RoleOptions role) {}

    private RoleArguments() {}

    static Extracted extract(List<String> words, ArgumentTable table) {
        return extract(words, name -> table.get(name) != null);
    }

    /**
     * @param words the command's words after the subcommand
     * @param own   whether the command has an option of this name (no dashes) of its own, which then keeps it
     * @return the words left and the role they named
     * @throws CommandException for a malformed role option
     */
    public static Extracted extract(List<String> words, java.util.function.Predicate<String> own) {
        Map<String, String> values = new HashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String name = w.startsWith("--") ? w.substring(2) : null;
            String inline = null;
            if (name != null && name.indexOf('=') > 0) {
                inline = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            }
            if (name == null || !NAMES.contains(name) || own.test(name)) {
                rest.add(w);
                continue;
            }
            String value = inline;
            if (value == null) {
                if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
                    throw new CommandException("MissingOptionValue", "--" + name + " needs a value.",
                            "Write --" + name + " <value>.");
                }
                value = words.get(++i);
            }
            if (values.put(name, value) != null) {
                throw new CommandException("DuplicateOption", "--" + name + " is given twice.", "Give it once.");
            }
        }
        if (values.isEmpty()) {
            return new Extracted(words, null);
        }
        if (!values.containsKey("role-arn")) {
            throw new CommandException("MissingRoleArn", "--" + values.keySet().iterator().next()
                    + " needs --role-arn: it describes the role session to start.",
                    "Add --role-arn arn:aws:iam::<account id>:role/<role name>.");
        }
        Integer duration = null;
        if (values.containsKey("duration-seconds")) {
            try {
                duration = Integer.valueOf(values.get("duration-seconds"));
            } catch (NumberFormatException e) {
                throw new CommandException("InvalidDurationSeconds", "--duration-seconds must be a whole number of "
                        + "seconds, was '" + values.get("duration-seconds") + "'.", "Use 3600 for one hour.");
            }
        }
        return new Extracted(rest, new RoleOptions(values.get("role-arn"), values.get("role-session-name"),
                values.get("external-id"), duration, values.get("serial-number")));
    }
}
