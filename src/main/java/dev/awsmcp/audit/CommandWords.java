package dev.awsmcp.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a command line into words like a POSIX shell (quotes, backslashes) and joins words back, quoted. */
final class CommandWords {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./*-]+");

    private CommandWords() {}

    /** The words, or null when the quotes do not balance. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean in = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    cur.append(line.charAt(++i));
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                in = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
                in = true;
            } else if (Character.isWhitespace(c)) {
                if (in) {
                    words.add(cur.toString());
                    cur.setLength(0);
                    in = false;
                }
            } else {
                cur.append(c);
                in = true;
            }
        }
        if (quote != 0) {
            return null;
        }
        if (in) {
            words.add(cur.toString());
        }
        return words;
    }

    static String join(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w.isEmpty() ? "''" : PLAIN.matcher(w).matches() ? w : "'" + w.replace("'", "'\\''") + "'");
        }
        return out.toString();
    }
}
