package dev.awsmcp.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Python's jmespath (the CLI's) still accepts JSON literals that are not JSON, such as {@code `running`}, reading
 * them as the string they spell ("elided quotes", JEP-12's deprecation period); AWS's own examples rely on it.
 * smithy-jmespath does not, so such literals are rewritten to quoted JSON strings before parsing.
 */
final class LegacyLiterals {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LegacyLiterals() {
    }

    static String rewrite(String expression) {
        if (expression.indexOf('`') < 0) {
            return expression;
        }
        StringBuilder out = new StringBuilder(expression.length() + 8);
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'' || c == '"') {
                int end = skipQuoted(expression, i, c);
                out.append(expression, i, end);
                i = end;
            } else if (c == '`') {
                int end = i + 1;
                while (end < n && !(expression.charAt(end) == '`' && expression.charAt(end - 1) != '\\')) {
                    end++;
                }
                if (end >= n) {
                    out.append(expression, i, n); // unterminated: let the parser report it
                    return out.toString();
                }
                String raw = expression.substring(i + 1, end);
                out.append('`').append(literal(raw)).append('`');
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String literal(String raw) {
        String lexeme = raw.replace("\\`", "`");
        if (parses(lexeme)) {
            return raw;
        }
        String quoted = "\"" + lexeme.stripLeading() + "\"";
        if (parses(quoted)) {
            return quoted.replace("`", "\\`");
        }
        return raw;
    }

    private static boolean parses(String json) {
        try {
            JSON.readTree(json);
            return !json.isBlank();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static int skipQuoted(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            i++;
        }
        return s.length();
    }
}
