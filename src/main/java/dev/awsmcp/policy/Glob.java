package dev.awsmcp.policy;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A case-insensitive wildcard pattern: {@code *} matches any run of characters (including none), {@code ?} one
 * character; everything else is literal. IAM action names are case-insensitive, and so are CLI names.
 */
final class Glob {
    private final String text;
    private final Pattern pattern;

    private Glob(String text) {
        this.text = text;
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.pattern = Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    static Glob of(String text) {
        Objects.requireNonNull(text, "pattern");
        return new Glob(text.strip());
    }

    boolean matches(String value) {
        return value != null && pattern.matcher(value).matches();
    }

    /** True when the pattern has no wildcard, so it names exactly one thing. */
    boolean isLiteral() {
        return text.indexOf('*') < 0 && text.indexOf('?') < 0;
    }

    String text() {
        return text;
    }

    @Override
    public String toString() {
        return text.toLowerCase(Locale.ROOT);
    }
}
