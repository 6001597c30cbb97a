package dev.awsmcp.s3;

import java.util.regex.Pattern;

/**
 * Python's {@code fnmatch.fnmatchcase}: {@code *} matches anything (including {@code /}), {@code ?} one character,
 * {@code [seq]} and {@code [!seq]} character sets; everything else is literal.
 */
final class Fnmatch {
    private Fnmatch() {}

    /** Compiles a shell pattern to a regex that must match the whole string. */
    static Pattern compile(String pattern) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i++);
            if (c == '*') {
                if (re.length() < 2 || !re.substring(re.length() - 2).equals(".*")) {
                    re.append(".*");
                }
            } else if (c == '?') {
                re.append('.');
            } else if (c == '[') {
                int j = i;
                if (j < n && pattern.charAt(j) == '!') {
                    j++;
                }
                if (j < n && pattern.charAt(j) == ']') {
                    j++;
                }
                while (j < n && pattern.charAt(j) != ']') {
                    j++;
                }
                if (j >= n) {
                    re.append("\\[");
                } else {
                    re.append(charClass(pattern.substring(i, j)));
                    i = j + 1;
                }
            } else {
                re.append(literal(c));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    /** Whether the whole name matches the pattern. */
    static boolean matches(String name, String pattern) {
        return compile(pattern).matcher(name).matches();
    }

    private static String charClass(String stuff) {
        boolean negate = stuff.startsWith("!");
        String body = negate ? stuff.substring(1) : stuff;
        if (negate && body.isEmpty()) {
            return ".";
        }
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < body.length()) {
            char a = body.charAt(k);
            if (k + 2 < body.length() && body.charAt(k + 1) == '-') {
                char b = body.charAt(k + 2);
                if (a <= b) {
                    out.append(literal(a)).append('-').append(literal(b));
                }
                // a reversed range matches nothing (Python drops it)
                k += 3;
            } else {
                out.append(literal(a));
                k++;
            }
        }
        if (out.length() == 0) {
            return negate ? "." : "(?!)";
        }
        return "[" + (negate ? "^" : "") + out + "]";
    }

    private static String literal(char c) {
        return String.format("\\x{%x}", (int) c);
    }
}
