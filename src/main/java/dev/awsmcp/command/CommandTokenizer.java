package dev.awsmcp.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one command string into words the way a POSIX shell would (single and double quotes, backslash escapes,
 * line continuations, {@code #} comments), without ever running a shell or expanding anything.
 *
 * <p>Shell features that would make the string mean more than one AWS CLI call are refused: unquoted pipes,
 * {@code &&}, {@code ||}, {@code ;}, {@code &}, redirects, and command substitution ({@code $(...)} or backticks,
 * also inside double quotes, where a shell would still expand them). Inside single quotes everything is literal.
 * Variables such as {@code $NAME} are kept as literal text.
 */
public final class CommandTokenizer {
    private static final String QUERY_HINT = "Run a single aws command without shell operators; to filter or reshape "
            + "the output use --query with a JMESPath expression (for example --query 'Reservations[].Instances[].InstanceId') "
            + "and --output text|json|table.";

    private CommandTokenizer() {}

    /**
     * Tokenizes a command line.
     *
     * @param commandLine the command as written, e.g. {@code aws ec2 describe-instances --region eu-west-1}
     * @return the words, quotes removed
     * @throws CommandException when the string uses shell operators or has an unterminated quote
     */
    public static List<String> tokenize(String commandLine) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        String s = commandLine;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                    continue;
                }
                if (i + 2 < n && s.charAt(i + 1) == '\r' && s.charAt(i + 2) == '\n') {
                    i += 3;
                    continue;
                }
                if (i + 1 < n) {
                    cur.append(s.charAt(i + 1));
                    inWord = true;
                    i += 2;
                } else {
                    i++;
                }
                continue;
            }
            if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new CommandException("UnterminatedQuote",
                            "The single quote at position " + i + " is never closed.",
                            "Close the quote, or escape a literal quote as '\\'' inside single quotes.");
                }
                cur.append(s, i + 1, end);
                inWord = true;
                i = end + 1;
                continue;
            }
            if (c == '"') {
                i = doubleQuoted(s, i, cur);
                inWord = true;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (inWord) {
                    words.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
                i++;
                continue;
            }
            if (c == '#' && !inWord) {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? n : nl;
                continue;
            }
            if (c == '|' || c == ';' || c == '&' || c == '>' || c == '<') {
                throw shellOperator(operatorAt(s, i), i);
            }
            if (c == '`') {
                throw substitution("`", i);
            }
            if (c == '$' && i + 1 < n && s.charAt(i + 1) == '(') {
                throw substitution("$(", i);
            }
            cur.append(c);
            inWord = true;
            i++;
        }
        if (inWord) {
            words.add(cur.toString());
        }
        return words;
    }

    private static int doubleQuoted(String s, int open, StringBuilder cur) {
        int n = s.length();
        int i = open + 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < n) {
                char next = s.charAt(i + 1);
                if (next == '\n') {
                    i += 2;
                    continue;
                }
                if (next == '$' || next == '`' || next == '"' || next == '\\') {
                    cur.append(next);
                    i += 2;
                    continue;
                }
                cur.append(c);
                i++;
                continue;
            }
            if (c == '`') {
                throw substitution("`", i);
            }
            if (c == '$' && i + 1 < n && s.charAt(i + 1) == '(') {
                throw substitution("$(", i);
            }
            cur.append(c);
            i++;
        }
        throw new CommandException("UnterminatedQuote",
                "The double quote at position " + open + " is never closed.",
                "Close the quote, or escape a literal double quote as \\\" inside double quotes.");
    }

    private static String operatorAt(String s, int i) {
        char c = s.charAt(i);
        if (i + 1 < s.length()) {
            char d = s.charAt(i + 1);
            if ((c == '|' || c == '&') && d == c || c == '>' && d == '>' || c == '&' && d == '>') {
                return "" + c + d;
            }
        }
        return String.valueOf(c);
    }

    private static CommandException shellOperator(String op, int pos) {
        String what;
        switch (op) {
            case "|": what = "a pipe"; break;
            case "&&": case "||": case ";": what = "command chaining"; break;
            case "&": what = "a background job"; break;
            default: what = "a redirect"; break;
        }
        return new CommandException("ShellSyntaxNotSupported",
                "The command uses the shell operator '" + op + "' (" + what + ") at position " + pos
                        + ", but only one aws command can run and no shell is involved.",
                QUERY_HINT + " Quote the character if it is part of a value.");
    }

    private static CommandException substitution(String op, int pos) {
        return new CommandException("ShellSyntaxNotSupported",
                "The command uses command substitution ('" + op + "') at position " + pos
                        + ", which needs a shell; nothing is executed here.",
                "Run the inner command separately and paste its result as a literal value (use single quotes to keep "
                        + "$( or backticks as text). " + QUERY_HINT);
    }
}
