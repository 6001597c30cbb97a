package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed arguments of one {@code aws s3} subcommand.
 *
 * @param subcommand the subcommand ({@code cp}, {@code ls}, ...)
 * @param paths      the positional paths in order
 * @param flags      the flags given (names without dashes)
 * @param values     single-valued options given (names without dashes), including the constant of a bare
 *                   {@code --sse}
 * @param filters    {@code --include}/{@code --exclude} in command order
 * @param metadata   {@code --metadata} as a string map, or null
 * @param grants     {@code --grants} values (empty when not given)
 * @param tags       {@code --tags key value} pairs (empty when not given)
 */
record S3Args(String subcommand, List<String> paths, Set<String> flags, Map<String, String> values,
              List<FilterRule> filters, ObjectNode metadata, List<String> grants, List<List<String>> tags) {
    S3Args {
        paths = List.copyOf(paths);
        flags = Set.copyOf(flags);
        values = Map.copyOf(values);
        filters = List.copyOf(filters);
        grants = List.copyOf(grants);
        tags = List.copyOf(tags);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    String value(String name) {
        return values.get(name);
    }

    Integer integer(String name) {
        String v = values.get(name);
        return v == null ? null : Integer.valueOf(v);
    }
}
