package dev.awsmcp.s3;

import java.util.Objects;

/**
 * One {@code --include}/{@code --exclude} argument, kept in command order (later rules win).
 *
 * @param include true for {@code --include}
 * @param pattern the fnmatch pattern, relative to the source (or destination) root
 */
record FilterRule(boolean include, String pattern) {
    FilterRule {
        Objects.requireNonNull(pattern, "pattern");
    }
}
