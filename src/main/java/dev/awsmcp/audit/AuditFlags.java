package dev.awsmcp.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit flags of {@code aws-mcp serve} (and anything else that audits), with their environment variables:
 * <ul>
 *   <li>{@code --audit-file FILE} ({@code AWS_MCP_AUDIT_FILE}): the rotating JSON-lines file, default
 *       {@value RotatingFileSink#DEFAULT_LOCATION};</li>
 *   <li>{@code --audit-cloudwatch GROUP[/STREAM]} ({@code AWS_MCP_AUDIT_CLOUDWATCH}): also ship to CloudWatch Logs
 *       (see {@link CloudWatchTarget} for how the value splits).</li>
 * </ul>
 * Flags beat the environment.
 */
public final class AuditFlags {
    /**
     * Parsed audit flags.
     *
     * @param file       the audit file
     * @param cloudWatch where to ship, or null
     * @param remaining  the other arguments, in order
     */
    public record Result(Path file, CloudWatchTarget cloudWatch, AuditFailureMode failureMode, List<String> remaining) {
        public Result {
            remaining = List.copyOf(remaining);
        }

        /** Without a failure mode: {@link AuditFailureMode#FAIL_CLOSED}. */
        public Result(Path file, CloudWatchTarget cloudWatch, List<String> remaining) {
            this(file, cloudWatch, AuditFailureMode.FAIL_CLOSED, remaining);
        }
    }

    /**
     * Checks at start-up that the audit file can be written (its directory is created if missing), so a bad path,
     * a read-only directory or a full disk is one clear sentence before anything runs.
     *
     * @param file the audit file
     * @throws AuditException when it cannot be written
     */
    public static void checkWritable(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            java.nio.file.Files.createDirectories(dir);
            if (java.nio.file.Files.isDirectory(file)) {
                throw new AuditException("The audit file " + file + " is a directory.", null);
            }
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.APPEND)) {
                ch.force(false);
            }
        } catch (java.io.IOException | SecurityException e) {
            throw new AuditException("The audit file " + file + " cannot be written (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", e);
        }
    }

    private AuditFlags() {}

    /**
     * Parses the audit flags out of an argument list.
     *
     * @param args command-line arguments
     * @param env  the environment
     * @return the settings and the other arguments
     * @throws IllegalArgumentException when a flag lacks its value or the CloudWatch target is empty
     */
    public static Result parse(List<String> args, Map<String, String> env) {
        String file = env.get("AWS_MCP_AUDIT_FILE");
        String cw = env.get("AWS_MCP_AUDIT_CLOUDWATCH");
        String failure = env.get("AWS_MCP_AUDIT_FAILURE");
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
            if (name.equals("--audit-file") || name.equals("--audit-cloudwatch") || name.equals("--audit-failure")) {
                String value;
                if (eq > 0) {
                    value = a.substring(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                if (name.equals("--audit-file")) {
                    file = value;
                } else if (name.equals("--audit-failure")) {
                    failure = value;
                } else {
                    cw = value;
                }
            } else {
                rest.add(a);
            }
        }
        Path path = file == null || file.isBlank()
                ? Path.of(System.getProperty("user.home"), ".aws-mcp", "audit", "audit.jsonl")
                : Path.of(file.startsWith("~/") ? System.getProperty("user.home") + file.substring(1) : file);
        return new Result(path, cw == null || cw.isBlank() ? null : CloudWatchTarget.parse(cw),
                failure == null || failure.isBlank() ? AuditFailureMode.FAIL_CLOSED : AuditFailureMode.parse(failure), rest);
    }
}
