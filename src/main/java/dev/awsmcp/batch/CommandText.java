package dev.awsmcp.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light reading and rewriting of a command string: enough to find the service, operation and a few global options
 * without the full parser. Rewrites only append options or replace a {@code --region} value, so the command's
 * own quoting is never re-encoded.
 */
public final class CommandText {
    private static final Pattern REGION_WILDCARD = Pattern.compile("--region(?:=|\\s+)(['\"]?)\\*\\1(?=\\s|$)");
    /** Global options that take no value (the rest take one). */
    private static final Set<String> GLOBAL_SWITCHES = Set.of("--debug", "--no-paginate", "--no-verify-ssl",
            "--no-sign-request", "--no-cli-pager", "--cli-auto-prompt", "--no-cli-auto-prompt");

    private CommandText() {}

    /**
     * Splits like a POSIX shell does for words: whitespace separates, single quotes are literal, double quotes
     * allow backslash escapes. Unbalanced quotes end the word at the end of input.
     *
     * @param command the command string
     * @return the words
     */
    public static List<String> words(String command) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < command.length() && "\"\\$`".indexOf(command.charAt(i + 1)) >= 0) {
                    cur.append(command.charAt(++i));
                } else {
                    cur.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                inWord = true;
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '\\' && i + 1 < command.length()) {
                    cur.append(command.charAt(++i));
                } else {
                    cur.append(c);
                }
            }
        }
        if (inWord) {
            out.add(cur.toString());
        }
        return out;
    }

    /**
     * The service and operation words, skipping a leading {@code aws} and global options before them.
     *
     * @param command the command string
     * @return {@code [service, operation]}, or empty when the command has fewer words
     */
    public static Optional<String[]> serviceAndOperation(String command) {
        List<String> w = words(command);
        int i = !w.isEmpty() && w.get(0).equals("aws") ? 1 : 0;
        List<String> positional = new ArrayList<>(2);
        while (i < w.size() && positional.size() < 2) {
            String word = w.get(i);
            if (word.startsWith("--")) {
                i += GLOBAL_SWITCHES.contains(word) || word.contains("=") ? 1 : 2;
            } else {
                positional.add(word);
                i++;
            }
        }
        return positional.size() == 2 ? Optional.of(positional.toArray(new String[0])) : Optional.empty();
    }

    /**
     * Whether the command carries an option (as {@code --name value} or {@code --name=value}).
     *
     * @param command the command string
     * @param option  e.g. {@code --max-items}
     * @return true when present
     */
    public static boolean hasOption(String command, String option) {
        return words(command).stream().anyMatch(w -> w.equals(option) || w.startsWith(option + "="));
    }

    /**
     * The value of an option, if present.
     *
     * @param command the command string
     * @param option  e.g. {@code --profile}
     * @return the value, or empty
     */
    public static Optional<String> optionValue(String command, String option) {
        List<String> w = words(command);
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).equals(option) && i + 1 < w.size()) {
                return Optional.of(w.get(i + 1));
            }
            if (w.get(i).startsWith(option + "=")) {
                return Optional.of(w.get(i).substring(option.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** True when the command asks for every enabled region with {@code --region '*'}. */
    public static boolean hasRegionWildcard(String command) {
        return REGION_WILDCARD.matcher(command).find();
    }

    /**
     * Replaces {@code --region '*'} with one region.
     *
     * @param command a command with a region wildcard
     * @param region  the region
     * @return the rewritten command
     */
    public static String withRegion(String command, String region) {
        return REGION_WILDCARD.matcher(command).replaceAll(Matcher.quoteReplacement("--region " + region));
    }

    /**
     * Appends an option.
     *
     * @param command the command string
     * @param option  e.g. {@code --max-items}
     * @param value   a value without spaces or quotes
     * @return the rewritten command
     */
    public static String withOption(String command, String option, String value) {
        return command.stripTrailing() + " " + option + " " + value;
    }

    /**
     * Removes an option and its value (if it takes one), keeping the rest of the command as written.
     *
     * @param command   the command string
     * @param option    e.g. {@code --query}
     * @param takesValue whether the option is followed by a value
     * @return the command without the option
     */
    public static String withoutOption(String command, String option, boolean takesValue) {
        String value = takesValue ? "(?:=|\\s+)(?:'[^']*'|\"(?:[^\"\\\\]|\\\\.)*\"|\\S+)" : "";
        Pattern p = Pattern.compile("(?<=\\s|^)" + Pattern.quote(option) + value + "(?=\\s|$)\\s*");
        return p.matcher(command).replaceAll("").stripTrailing();
    }

    /**
     * Quotes a word for a command string the way a POSIX shell reads it back: plain words as they are, anything
     * else in single quotes ({@code '} written as {@code '\''}).
     *
     * @param word the word
     * @return the word, quoted when it needs it
     */
    public static String quote(String word) {
        return word.matches("[A-Za-z0-9._@/+=:,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
