package dev.awsmcp.command.internal;

import dev.awsmcp.command.CommandException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Consumes an operation's words against its {@link ArgumentTable} the way Python's argparse does for the AWS CLI:
 * {@code --name value}, {@code --name=value}, unique prefixes ({@code --instance-id} for {@code --instance-ids}),
 * lists up to the next option, flags, one optional positional.
 */
public final class ArgvParser {
    /** The value of an optional ({@code nargs='?'}) argument given without a word. */
    public static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "<no value>";
        }
    };

    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("^-\\d+$|^-\\d*\\.\\d+$");

    /**
     * The parse result.
     *
     * @param values    argument name (table key) to value, in command order
     * @param unknown   words no argument consumed, in order
     * @param given     argument names in the order they were written (duplicates repeated)
     * @param givenValues the value written each time, parallel to {@code given}
     */
    public record Result(Map<String, Object> values, List<String> unknown, List<String> given,
                         List<Object> givenValues) {}

    private ArgvParser() {}

    /**
     * Parses the words after the operation name.
     *
     * @param table the operation's arguments
     * @param words the words
     * @return the values and the unconsumed words
     * @throws CommandException for a missing value or an ambiguous prefix
     */
    public static Result parse(ArgumentTable table, List<String> words) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> given = new ArrayList<>();
        List<Object> written = new ArrayList<>();
        List<CliArgument> positionals = table.positionals();
        int nextPositional = 0;
        int i = 0;
        boolean onlyPositional = false;
        while (i < words.size()) {
            String w = words.get(i);
            if (!onlyPositional && w.equals("--")) {
                onlyPositional = true;
                i++;
                continue;
            }
            Match m = onlyPositional ? null : matchOption(table, w);
            if (m == null) {
                if (isOptionLike(table, w) && !onlyPositional) {
                    unknown.add(w);
                    i++;
                    continue;
                }
                if (nextPositional < positionals.size()) {
                    CliArgument p = positionals.get(nextPositional++);
                    values.put(p.dest(), w);
                    given.add(p.name());
                    written.add(w);
                } else {
                    unknown.add(w);
                }
                i++;
                continue;
            }
            CliArgument arg = m.arg;
            given.add(arg.name());
            i++;
            switch (arg.arity()) {
                case FLAG_TRUE:
                case FLAG_FALSE:
                    if (m.explicit != null) {
                        throw new CommandException("UnexpectedValue", "Argument " + arg.cliName()
                                + " is a flag and takes no value, but '=" + m.explicit + "' was given.",
                                "Write " + arg.cliName() + " alone (or its --no- form to turn it off).");
                    }
                    boolean flag = arg.arity() == CliArgument.Arity.FLAG_TRUE;
                    if (i < words.size() && (words.get(i).equalsIgnoreCase("true")
                            || words.get(i).equalsIgnoreCase("false"))) {
                        // an explicit value after a flag; the AWS CLI rejects it, agents write it often
                        boolean explicit = words.get(i++).equalsIgnoreCase("true");
                        flag = flag == explicit;
                    }
                    values.put(arg.dest(), flag);
                    break;
                case ONE:
                    if (m.explicit != null) {
                        values.put(arg.dest(), m.explicit);
                    } else if (i < words.size() && !isOptionLike(table, words.get(i))) {
                        values.put(arg.dest(), words.get(i++));
                    } else {
                        throw new CommandException("MissingValue", "Argument " + arg.cliName()
                                + " expects one value, but none was given.",
                                "Write " + arg.cliName() + " <" + arg.typeName() + ">; quote values that start with '-'"
                                        + " as " + arg.cliName() + "=<value>.");
                    }
                    break;
                case OPTIONAL:
                    if (m.explicit != null) {
                        values.put(arg.dest(), m.explicit);
                    } else if (i < words.size() && !isOptionLike(table, words.get(i))) {
                        values.put(arg.dest(), words.get(i++));
                    } else {
                        values.put(arg.dest(), NO_VALUE);
                    }
                    break;
                case MANY: {
                    List<String> list = new ArrayList<>();
                    if (m.explicit != null) {
                        list.add(m.explicit);
                    } else {
                        while (i < words.size() && !isOptionLike(table, words.get(i))) {
                            list.add(words.get(i++));
                        }
                    }
                    values.put(arg.dest(), list);
                    break;
                }
                default:
                    break;
            }
            written.add(values.get(arg.dest()));
        }
        List<Object> givenValues = new ArrayList<>();
        for (int k = 0; k < given.size(); k++) {
            givenValues.add(k < written.size() ? written.get(k) : null);
        }
        return new Result(values, unknown, given, givenValues);
    }

    private record Match(CliArgument arg, String explicit) {}

    private static Match matchOption(ArgumentTable table, String w) {
        if (!w.startsWith("-") || w.length() < 2) {
            return null;
        }
        CliArgument exact = table.option(w);
        if (exact != null) {
            return new Match(exact, null);
        }
        int eq = w.indexOf('=');
        if (eq > 0) {
            CliArgument a = table.option(w.substring(0, eq));
            if (a != null) {
                return new Match(a, w.substring(eq + 1));
            }
        }
        List<CliArgument> prefixed = prefixMatches(table, eq > 0 ? w.substring(0, eq) : w);
        if (prefixed.size() == 1) {
            return new Match(prefixed.get(0), eq > 0 ? w.substring(eq + 1) : null);
        }
        if (prefixed.size() > 1) {
            List<String> names = prefixed.stream().map(CliArgument::cliName).toList();
            throw new CommandException("AmbiguousOption", "The option " + w + " is ambiguous: it could match "
                    + String.join(", ", names) + ".", "Write the full option name, one of: " + String.join(", ", names) + ".");
        }
        return null;
    }

    private static List<CliArgument> prefixMatches(ArgumentTable table, String prefix) {
        List<CliArgument> out = new ArrayList<>();
        if (!prefix.startsWith("--") || prefix.length() < 3) {
            return out;
        }
        for (CliArgument a : table.options()) {
            if (a.cliName().startsWith(prefix)) {
                out.add(a);
            }
        }
        return out;
    }

    /** argparse's {@code _parse_optional}: does this word look like an option rather than a value? */
    static boolean isOptionLike(ArgumentTable table, String w) {
        if (w.isEmpty() || w.charAt(0) != '-') {
            return false;
        }
        if (table.option(w) != null) {
            return true;
        }
        if (w.length() == 1) {
            return false;
        }
        int eq = w.indexOf('=');
        if (eq > 0 && table.option(w.substring(0, eq)) != null) {
            return true;
        }
        if (!prefixMatches(table, eq > 0 ? w.substring(0, eq) : w).isEmpty()) {
            return true;
        }
        if (NEGATIVE_NUMBER.matcher(w).matches()) {
            return false;
        }
        return !w.contains(" ");
    }
}
