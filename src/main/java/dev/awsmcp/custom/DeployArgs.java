package dev.awsmcp.custom;

import dev.awsmcp.command.CommandException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of {@code aws cloudformation deploy}, parsed as the argparse table of {@code deploy.py}'s
 * {@code ARG_TABLE}: single values ({@code --stack-name S} or {@code --stack-name=S}), lists ({@code nargs='+'}:
 * the words up to the next {@code --option}), flags, and the paired flags that share a destination
 * ({@code --fail-on-empty-changeset}/{@code --no-fail-on-empty-changeset} default true,
 * {@code --disable-rollback}/{@code --no-disable-rollback} default false, the last given wins). A repeated option
 * keeps its last value.
 */
final class DeployArgs {
    static final String COMMAND = "cloudformation deploy";
    private static final Set<String> SINGLE = Set.of("template-file", "stack-name", "s3-bucket", "s3-prefix",
            "kms-key-id", "role-arn");
    private static final Set<String> LISTS = Set.of("parameter-overrides", "capabilities", "notification-arns", "tags");
    private static final Set<String> FLAGS = Set.of("force-upload", "no-execute-changeset", "disable-rollback",
            "no-disable-rollback", "fail-on-empty-changeset", "no-fail-on-empty-changeset");

    private final Map<String, String> single = new HashMap<>();
    private final Map<String, List<String>> lists = new HashMap<>();
    private boolean forceUpload;
    private boolean executeChangeset = true;
    private boolean disableRollback;
    private boolean failOnEmptyChangeset = true;

    private DeployArgs() {}

    /**
     * @param args the words after {@code deploy}
     * @return the parsed arguments
     * @throws CommandException (exit 252) for a missing value, a missing required option or unknown options
     */
    static DeployArgs parse(List<String> args) {
        DeployArgs d = new DeployArgs();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            String name = word.startsWith("--") ? word.substring(2) : null;
            String inline = null;
            if (name != null && name.contains("=")) {
                inline = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            }
            if (name != null && FLAGS.contains(name) && inline == null) {
                d.flag(name);
            } else if (name != null && SINGLE.contains(name)) {
                if (inline == null && (i + 1 >= args.size() || args.get(i + 1).startsWith("--"))) {
                    throw missingValue(name, "expected one argument");
                }
                d.single.put(name, inline != null ? inline : args.get(++i));
            } else if (name != null && LISTS.contains(name)) {
                List<String> values = new ArrayList<>();
                if (inline != null) {
                    values.add(inline);
                } else {
                    while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                        values.add(args.get(++i));
                    }
                }
                if (values.isEmpty()) {
                    throw missingValue(name, "expected at least one argument");
                }
                d.lists.put(name, values);
            } else {
                unknown.add(word);
            }
        }
        CustomArgs.check(COMMAND, List.of("template-file", "stack-name"), d.single.keySet(), unknown,
                "Run 'aws " + COMMAND + " help' for its options.");
        return d;
    }

    private void flag(String name) {
        switch (name) {
            case "force-upload" -> forceUpload = true;
            case "no-execute-changeset" -> executeChangeset = false;
            case "disable-rollback" -> disableRollback = true;
            case "no-disable-rollback" -> disableRollback = false;
            case "fail-on-empty-changeset" -> failOnEmptyChangeset = true;
            case "no-fail-on-empty-changeset" -> failOnEmptyChangeset = false;
            default -> throw new IllegalArgumentException(name);
        }
    }

    private static CommandException missingValue(String name, String what) {
        return new CommandException("MissingArgumentValue", "argument --" + name + ": " + what,
                "Give a value after --" + name + ".");
    }

    String templateFile() {
        return single.get("template-file");
    }

    String stackName() {
        return single.get("stack-name");
    }

    /** A single-valued option, if given. */
    Optional<String> get(String name) {
        return Optional.ofNullable(single.get(name));
    }

    /** A list option's words as given, or null when it was not given. */
    List<String> list(String name) {
        return lists.get(name);
    }

    boolean forceUpload() {
        return forceUpload;
    }

    boolean executeChangeset() {
        return executeChangeset;
    }

    boolean disableRollback() {
        return disableRollback;
    }

    boolean failOnEmptyChangeset() {
        return failOnEmptyChangeset;
    }
}
