package dev.awsmcp.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Screens the command text before anything else: nothing here is a shell, so shell syntax in a command is either
 * a mistake or an attempt to smuggle a second command. Denied:
 * <ul>
 *   <li>shell operators outside quotes: {@code ; | & > < ( )} and line breaks (a backslash line continuation is
 *       fine);</li>
 *   <li>command substitution {@code $(...)} anywhere, even inside quotes, and backticks anywhere except in the
 *       value of {@code --query} (JMESPath literals use them);</li>
 *   <li>invisible and bidirectional-control characters anywhere; non-ASCII spaces, dash look-alikes and
 *       fullwidth forms outside quotes;</li>
 *   <li>non-ASCII characters in the command words ({@code aws}, service, operation) and option names, and
 *       unquoted words whose letters mix Latin with Cyrillic, Greek or other look-alike scripts.</li>
 * </ul>
 */
final class CommandScreen {
    /** A finding: the rule id suffix and the sentence. */
    record Finding(String rule, String reason) {}

    private record Token(String text, boolean quoted) {}

    private CommandScreen() {}

    static Optional<Finding> check(String line) {
        if (line == null || line.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.CONTROL && cp != '\n' && cp != '\t' && cp != '\r'
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return found("hidden-character", String.format("The command contains the invisible character U+%04X", cp));
            }
            i += Character.charCount(cp);
        }
        if (line.contains("$(")) {
            return found("command-substitution", "The command contains a command substitution '$('");
        }
        List<Token> tokens = new ArrayList<>();
        char quote = 0;
        StringBuilder cur = new StringBuilder();
        boolean inToken = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    cur.append(line.charAt(++i));
                } else {
                    cur.append(c);
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                inToken = true;
                quoted = true;
                continue;
            }
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                if (next == '\n') {
                    continue; // a line continuation joins lines, as in a shell
                }
                if (next == '\r' && i + 1 < line.length() && line.charAt(i + 1) == '\n') {
                    i++;
                    continue;
                }
                cur.append(next);
                inToken = true;
                continue;
            }
            if (c == ' ' || c == '\t') {
                if (inToken) {
                    tokens.add(new Token(cur.toString(), quoted));
                    cur.setLength(0);
                    inToken = false;
                    quoted = false;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                return found("shell-operator", "The command spans more than one line outside quotes");
            }
            if (";|&<>()".indexOf(c) >= 0) {
                return found("shell-operator", "The command contains the shell operator '" + c + "' outside quotes");
            }
            Optional<Finding> lookalike = unquotedLookalike(c);
            if (lookalike.isPresent()) {
                return lookalike;
            }
            cur.append(c);
            inToken = true;
        }
        if (quote != 0) {
            return found("unbalanced-quote", "The command has an unclosed " + (quote == '"' ? "double" : "single") + " quote");
        }
        if (inToken) {
            tokens.add(new Token(cur.toString(), quoted));
        }
        return checkTokens(tokens);
    }

    private static Optional<Finding> unquotedLookalike(char c) {
        if (c > 0x7f && Character.isSpaceChar(c)) {
            return found("lookalike", String.format("The command contains the non-ASCII space U+%04X outside quotes", (int) c));
        }
        if (c >= 0x2010 && c <= 0x2015 || c == 0x2212 || c == 0xfe58 || c == 0xfe63 || c == 0xff0d || c == 0x00ad) {
            return found("lookalike", String.format("The command contains the dash look-alike U+%04X outside quotes", (int) c));
        }
        if (c >= 0xff01 && c <= 0xff5e) {
            return found("lookalike", String.format("The command contains the fullwidth character U+%04X outside quotes", (int) c));
        }
        return Optional.empty();
    }

    private static Optional<Finding> checkTokens(List<Token> tokens) {
        int words = 0;
        boolean optionsStarted = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String text = t.text();
            if (text.indexOf('`') >= 0 && !isQueryValue(tokens, i)) {
                return found("command-substitution", "The command contains a backtick outside the --query value");
            }
            boolean option = text.startsWith("-");
            if (option) {
                optionsStarted = true;
                String name = text.contains("=") ? text.substring(0, text.indexOf('=')) : text;
                if (!isAsciiWord(name)) {
                    return found("lookalike", "The option name '" + name + "' contains characters that are not plain ASCII");
                }
            } else if (!optionsStarted && words < 3) {
                words++;
                if (!isAsciiWord(text)) {
                    return found("lookalike", "The command word '" + text + "' contains characters that are not plain ASCII");
                }
            }
            if (!t.quoted() && mixesScripts(text)) {
                return found("lookalike", "The word '" + text + "' mixes Latin letters with look-alike letters from another script");
            }
        }
        return Optional.empty();
    }

    private static boolean isQueryValue(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        return t.startsWith("--query=") || i > 0 && tokens.get(i - 1).text().equals("--query");
    }

    private static boolean isAsciiWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7e || c < 0x21) {
                return false;
            }
        }
        return true;
    }

    /** Whether one run of letters mixes ASCII Latin with a look-alike script ("dеscribe" with a Cyrillic е). */
    private static boolean mixesScripts(String s) {
        boolean latin = false;
        boolean other = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                if (latin && other) {
                    return true;
                }
                latin = false;
                other = false;
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN) {
                latin |= cp < 0x80;
            } else if (script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK
                    || script == Character.UnicodeScript.ARMENIAN || script == Character.UnicodeScript.CHEROKEE
                    || script == Character.UnicodeScript.COPTIC) {
                other = true;
            }
        }
        return latin && other;
    }

    private static Optional<Finding> found(String rule, String what) {
        return Optional.of(new Finding(rule, what + ", so it was denied and nothing was sent."));
    }
}
