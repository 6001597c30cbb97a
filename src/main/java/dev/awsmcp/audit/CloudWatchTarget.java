package dev.awsmcp.audit;

import java.util.Objects;

/**
 * A log group and stream from {@code --audit-cloudwatch <group>[/<stream>]}. Log group names may contain
 * {@code /}, so the stream is the part after the last {@code /}; end the value with {@code /} to name a group that
 * contains {@code /} and take the default stream ({@code /aws-mcp/audit/} → group {@code /aws-mcp/audit}).
 *
 * @param group  the log group
 * @param stream the log stream
 */
public record CloudWatchTarget(String group, String stream) {
    public CloudWatchTarget {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(stream, "stream");
        if (group.isEmpty() || stream.isEmpty()) {
            throw new IllegalArgumentException("log group and stream must not be empty");
        }
    }

    /**
     * Parses the flag value.
     *
     * @param value {@code group}, {@code group/stream}, {@code /a/b/}
     * @return the target
     * @throws IllegalArgumentException when no group is given
     */
    public static CloudWatchTarget parse(String value) {
        String v = Objects.requireNonNull(value, "value").strip();
        int slash = v.lastIndexOf('/');
        if (slash <= 0) {
            return new CloudWatchTarget(requireGroup(v.equals("/") ? "" : v), defaultStream());
        }
        String group = v.substring(0, slash);
        String stream = v.substring(slash + 1);
        return new CloudWatchTarget(requireGroup(group), stream.isEmpty() ? defaultStream() : stream);
    }

    private static String requireGroup(String g) {
        if (g.isEmpty()) {
            throw new IllegalArgumentException("--audit-cloudwatch needs a log group name, e.g. aws-mcp-audit or /aws-mcp/audit/");
        }
        return g;
    }

    /** {@code aws-mcp-<host>}, from {@code HOSTNAME}/{@code COMPUTERNAME}, else {@code aws-mcp-local}. */
    static String defaultStream() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            host = System.getenv("COMPUTERNAME");
        }
        return "aws-mcp-" + (host == null || host.isBlank() ? "local" : host.replaceAll("[:*]", "-"));
    }
}
