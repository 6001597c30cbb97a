package dev.awsmcp.custom;

import dev.awsmcp.command.CommandException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one customization, parsed as the AWS CLI's {@code BasicCommand} argparse table does:
 * {@code --name value} or {@code --name=value}, the last of a repeated option wins, anything else is reported as
 * {@code Unknown options}, and missing required options are listed together.
 */
final class CustomArgs {
    private final Map<String, String> values;

    private CustomArgs(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Parses the words after the subcommand.
     *
     * @param command  the command for messages, e.g. {@code rds generate-db-auth-token}
     * @param args     the words
     * @param known    the option names the command takes, without {@code --}
     * @param required those of them that must be given
     * @return the values by option name
     * @throws CommandException for an unknown option, a missing value or a missing required option
     */
    static CustomArgs parse(String command, List<String> args, Set<String> known, List<String> required) {
        Map<String, String> values = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            String name = word.startsWith("--") ? word.substring(2) : null;
            String value = null;
            if (name != null && name.contains("=")) {
                value = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            }
            if (name == null || !known.contains(name)) {
                unknown.add(word);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new CommandException("MissingArgumentValue", "argument --" + name + ": expected one argument",
                            "Give a value after --" + name + ".");
                }
                value = args.get(++i);
            }
            values.put(name, value);
        }
        check(command, required, values.keySet(), unknown, "'aws " + command + "' takes only "
                + String.join(", ", known.stream().sorted().map(k -> "--" + k).toList()) + " besides the global options.");
        return new CustomArgs(values);
    }

    /**
     * Reports what argparse reports after parsing, in its order: missing required options (all of them), then
     * unknown words.
     *
     * @param command     the command for messages
     * @param required    option names that must be given, without {@code --}
     * @param given       option names given
     * @param unknown     words no option took
     * @param unknownHint the repair hint for unknown words
     * @throws CommandException (exit 252) when something is missing or unknown
     */
    static void check(String command, List<String> required, Set<String> given, List<String> unknown,
                      String unknownHint) {
        List<String> missing = new ArrayList<>();
        for (String r : required) {
            if (!given.contains(r)) {
                missing.add("--" + r);
            }
        }
        if (!missing.isEmpty()) {
            throw new CommandException("MissingRequiredArgument", "the following arguments are required: "
                    + String.join(", ", missing), "Run 'aws " + command + " help' for its options.");
        }
        if (!unknown.isEmpty()) {
            throw new CommandException("UnknownOptions", "Unknown options: " + String.join(",", unknown), unknownHint);
        }
    }

    /** The value of an option, if given. */
    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value of a required option. */
    String required(String name) {
        return get(name).orElseThrow();
    }
}
