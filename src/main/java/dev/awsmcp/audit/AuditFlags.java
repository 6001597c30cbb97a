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
    public record Result(Path file, CloudWatchTarget cloudWatch, List<String> remaining) {
        public Result {
            remaining = List.copyOf(remaining);
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
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
            if (name.equals("--audit-file") || name.equals("--audit-cloudwatch")) {
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
        return new Result(path, cw == null || cw.isBlank() ? null : CloudWatchTarget.parse(cw), rest);
    }
}
