package dev.awsmcp.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The policy flags shared by {@code aws-mcp serve} and {@code aws-mcp classify}, and their environment variables:
 *
 * <table>
 *   <caption>flags</caption>
 *   <tr><th>flag</th><th>environment</th><th>meaning</th></tr>
 *   <tr><td>{@code --read-only}</td><td>{@code AWS_MCP_READ_ONLY=true}</td><td>only List/Read calls</td></tr>
 *   <tr><td>{@code --require-consent}</td><td>{@code AWS_MCP_REQUIRE_CONSENT=true}</td><td>ask before non-reads</td></tr>
 *   <tr><td>{@code --allow-sensitive-reads}</td><td>{@code AWS_MCP_ALLOW_SENSITIVE_READS=true}</td>
 *       <td>read-only mode may return secrets</td></tr>
 *   <tr><td>{@code --policy FILE}</td><td>{@code AWS_MCP_POLICY}</td>
 *       <td>policy file; default {@value PolicyFile#DEFAULT_LOCATION} when it exists</td></tr>
 *   <tr><td>{@code --file-access MODE}</td><td>{@code AWS_MCP_FILE_ACCESS}</td><td>workdir, unrestricted, no-access</td></tr>
 *   <tr><td>{@code --workdir DIR}</td><td>{@code AWS_MCP_WORKDIR}</td><td>working directory (default: current)</td></tr>
 * </table>
 *
 * Modes are switched on by a flag, the environment or the file, whichever says so; nothing switches them off.
 * Flags beat the environment, which beats the file, for file access and working directory.
 */
public final class PolicyFlags {
    /**
     * Parsed flags.
     *
     * @param settings  the policy in effect
     * @param remaining the arguments that were not policy flags, in order
     */
    public record Result(PolicySettings settings, List<String> remaining) {
        public Result {
            remaining = List.copyOf(remaining);
        }
    }

    private PolicyFlags() {}

    /**
     * Parses policy flags out of an argument list, reads the policy file and applies the environment.
     *
     * @param args        command-line arguments
     * @param env         the environment (usually {@code System.getenv()})
     * @param defaultFile the default policy file (usually {@link PolicyFile#defaultPath()}), read only if it exists
     * @return the settings and the other arguments
     * @throws PolicyException for a missing flag value, a bad mode or an invalid policy file
     */
    public static Result parse(List<String> args, Map<String, String> env, Path defaultFile) {
        boolean readOnly = truthy(env.get("AWS_MCP_READ_ONLY"));
        boolean consent = truthy(env.get("AWS_MCP_REQUIRE_CONSENT"));
        boolean sensitive = truthy(env.get("AWS_MCP_ALLOW_SENSITIVE_READS"));
        String policy = env.get("AWS_MCP_POLICY");
        String fileAccess = env.get("AWS_MCP_FILE_ACCESS");
        String workdir = env.get("AWS_MCP_WORKDIR");
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String inline = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                inline = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--read-only":
                    readOnly = true;
                    break;
                case "--require-consent":
                    consent = true;
                    break;
                case "--allow-sensitive-reads":
                    sensitive = true;
                    break;
                case "--policy":
                    policy = inline != null ? inline : value(args, ++i, a);
                    break;
                case "--file-access":
                    fileAccess = inline != null ? inline : value(args, ++i, a);
                    break;
                case "--workdir":
                    workdir = inline != null ? inline : value(args, ++i, a);
                    break;
                default:
                    rest.add(args.get(i));
            }
        }
        PolicySettings s;
        if (policy != null && !policy.isBlank()) {
            s = PolicyFile.load(Path.of(PolicyFile.expandHome(policy)));
        } else if (defaultFile != null && Files.isRegularFile(defaultFile)) {
            s = PolicyFile.load(defaultFile);
        } else {
            s = PolicySettings.defaults();
        }
        s = s.withReadOnly(s.readOnly() || readOnly).withRequireConsent(s.requireConsent() || consent)
                .withAllowSensitiveReads(s.allowSensitiveReads() || sensitive);
        if (fileAccess != null || workdir != null) {
            FileAccessMode mode;
            try {
                mode = fileAccess != null ? FileAccessMode.parse(fileAccess) : s.fileAccess();
            } catch (IllegalArgumentException e) {
                throw new PolicyException("--file-access " + e.getMessage() + ".", "Use workdir, unrestricted or no-access.");
            }
            s = s.withFileAccess(mode, workdir != null ? Path.of(PolicyFile.expandHome(workdir)) : s.workdir());
        }
        return new Result(s, rest);
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size()) {
            throw new PolicyException(flag + " needs a value.", "Write " + flag + " VALUE.");
        }
        return args.get(i);
    }

    private static boolean truthy(String v) {
        if (v == null) {
            return false;
        }
        String t = v.strip().toLowerCase(Locale.ROOT);
        return t.equals("true") || t.equals("1") || t.equals("yes") || t.equals("on");
    }
}
