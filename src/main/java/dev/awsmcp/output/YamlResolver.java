package dev.awsmcp.output;

import java.util.regex.Pattern;

/**
 * Whether a string written plain would read back as something other than a string, under the YAML 1.2 implicit
 * resolvers ruamel.yaml uses (and so the CLI's YAML output): then it must be quoted. Patterns are the ruamel ones,
 * selected by first character as the resolver does.
 */
final class YamlResolver {
    private static final int FLAGS = Pattern.UNIX_LINES;
    private static final Pattern BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$", FLAGS);
    private static final Pattern FLOAT = Pattern.compile("^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
            + "|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)"
            + "|[-+]?\\.[0-9_]+(?:[eE][-+][0-9]+)?"
            + "|[-+]?\\.(?:inf|Inf|INF)"
            + "|\\.(?:nan|NaN|NAN))$", FLAGS);
    private static final Pattern INT = Pattern.compile("^(?:[-+]?0b[0-1_]+"
            + "|[-+]?0o?[0-7_]+"
            + "|[-+]?[0-9_]+"
            + "|[-+]?0x[0-9a-fA-F_]+)$", FLAGS);
    private static final Pattern MERGE = Pattern.compile("^(?:<<)$", FLAGS);
    private static final Pattern NULL = Pattern.compile("^(?:~|null|Null|NULL|)$", FLAGS);
    private static final Pattern TIMESTAMP = Pattern.compile("^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
            + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
            + "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
            + ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
            + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$", FLAGS);
    private static final Pattern VALUE = Pattern.compile("^(?:=)$", FLAGS);
    private static final Pattern YAML = Pattern.compile("^(?:!|&|\\*)$", FLAGS);

    private YamlResolver() {
    }

    /** True when {@code value} written plain resolves to the string tag. */
    static boolean plainIsString(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        switch (first) {
            case 't': case 'T': case 'f': case 'F':
                return !BOOL.matcher(value).find();
            case '-': case '+': case '.':
                return !(FLOAT.matcher(value).find() || INT.matcher(value).find());
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                return !(FLOAT.matcher(value).find() || INT.matcher(value).find() || TIMESTAMP.matcher(value).find());
            case '<':
                return !MERGE.matcher(value).find();
            case '~': case 'n': case 'N':
                return !NULL.matcher(value).find();
            case '=':
                return !VALUE.matcher(value).find();
            case '!': case '&': case '*':
                return !YAML.matcher(value).find();
            default:
                return true;
        }
    }
}
