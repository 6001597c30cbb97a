package dev.awsmcp.mcp;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The server's settings, built from command-line flags and {@code AWS_MCP_*} environment variables.
 *
 * <p>Precedence: flag, then environment variable, then default; except the policy modes ({@code --read-only},
 * {@code --require-consent}, {@code --allow-sensitive-reads}), which are on when any source turns them on (see
 * {@link ConfigOption#isSticky()}). For the AWS profile and region the server adds
 * one layer above the AWS CLI's own chain: {@code --profile}/{@code AWS_MCP_PROFILE} and
 * {@code --region}/{@code AWS_MCP_REGION} become the default for commands without {@code --profile}/{@code --region};
 * when neither is set, the facade applies the AWS CLI's chain ({@code AWS_PROFILE}; {@code AWS_REGION},
 * {@code AWS_DEFAULT_REGION}, the profile's {@code region}). A {@code --region}/{@code --profile} inside a command
 * always wins, as in the AWS CLI.
 *
 * @param readOnly        deny everything but List/Read calls
 * @param requireConsent  ask through elicitation before non-read calls
 * @param allowSensitiveReads in read-only mode, also allow reads that return secrets
 * @param policyFile      the policy file, or null for the default location
 * @param workDir         the directory file paths must stay inside (absolute, normalised)
 * @param fileAccess      {@code workdir}, {@code unrestricted} or {@code no-access}
 * @param maxOutput       character cap of one tool result
 * @param maxParallel     concurrent commands per batch (and targets of one fan-out)
 * @param maxPerAccount   concurrent targets of one account in a fan-out
 * @param profile         explicit default profile, or null
 * @param region          explicit default region, or null
 * @param transport       stdio or HTTP
 * @param httpHost        HTTP bind address
 * @param httpPort        HTTP port (0 = any free port)
 * @param authToken       bearer token for HTTP, or null
 * @param allowedOrigins  accepted Origin patterns
 * @param allowedHosts    accepted Host patterns
 * @param auditFile       audit file, or null for the audit default
 * @param auditCloudWatch CloudWatch Logs {@code GROUP[/STREAM]} to ship audit records to, or null
 * @param auditFailure    {@code fail-closed} or {@code record-loss}: what happens when the audit file cannot be written
 * @param logFile         log file, or null for none
 * @param logLevel        slf4j-simple level name
 * @param sopDir          extra SOP directory, or null
 * @param docs            offer the AWS documentation tools
 * @param origins         where each option's value came from: {@code flag}, {@code env} or {@code default}
 */
public record ServerConfig(
        boolean readOnly,
        boolean requireConsent,
        boolean allowSensitiveReads,
        Path policyFile,
        Path workDir,
        String fileAccess,
        int maxOutput,
        int maxParallel,
        int maxPerAccount,
        String profile,
        String region,
        Transport transport,
        String httpHost,
        int httpPort,
        String authToken,
        List<String> allowedOrigins,
        List<String> allowedHosts,
        Path auditFile,
        String auditCloudWatch,
        String auditFailure,
        Path logFile,
        String logLevel,
        Path sopDir,
        boolean docs,
        Map<ConfigOption, String> origins) {

    /** Largest batch {@code call_aws} accepts. */
    public static final int MAX_BATCH = 20;

    /** The two transports. */
    public enum Transport { STDIO, HTTP }

    private static final List<String> FILE_ACCESS_MODES = List.of("workdir", "unrestricted", "no-access");
    private static final List<String> LOG_LEVELS = List.of("error", "warn", "info", "debug", "trace", "off");

    public ServerConfig {
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(transport, "transport");
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedHosts = List.copyOf(allowedHosts);
        origins = Map.copyOf(origins);
    }

    /** Defaults only (as if no flag and no variable were set). */
    public static ServerConfig defaults() {
        return parse(List.of(), Map.of());
    }

    /**
     * Builds the configuration.
     *
     * @param args the arguments after {@code serve}
     * @param env  the environment (usually {@code System.getenv()})
     * @return the configuration
     * @throws ConfigException for an unknown flag, a missing or malformed value, or an unsafe combination
     */
    public static ServerConfig parse(List<String> args, Map<String, String> env) {
        Map<ConfigOption, String> values = new EnumMap<>(ConfigOption.class);
        Map<ConfigOption, String> origins = new EnumMap<>(ConfigOption.class);
        for (ConfigOption o : ConfigOption.values()) {
            String v = env.get(o.env());
            if (v != null && !v.isBlank()) {
                values.put(o, v.trim());
                origins.put(o, "env");
            } else {
                origins.put(o, "default");
            }
        }
        readFlags(args, values, origins);
        Raw raw = new Raw(values);
        Transport transport = raw.choice(ConfigOption.TRANSPORT, List.of("stdio", "http"), "stdio").equals("http")
                ? Transport.HTTP : Transport.STDIO;
        String host = raw.text(ConfigOption.HTTP_HOST, "127.0.0.1");
        int port = raw.integer(ConfigOption.HTTP_PORT, 8765, 0, 65_535);
        String token = raw.text(ConfigOption.AUTH_TOKEN, null);
        if (transport == Transport.HTTP && token == null && !isLoopback(host)) {
            throw new ConfigException("Binding the HTTP transport to non-loopback address " + host
                    + " requires a bearer token.", "Set AWS_MCP_AUTH_TOKEN to a long random value, or bind 127.0.0.1.");
        }
        List<String> hosts = raw.list(ConfigOption.ALLOWED_HOSTS, List.of("localhost:*", "127.0.0.1:*", "[::1]:*"));
        if (origins.get(ConfigOption.ALLOWED_HOSTS).equals("default") && !isLoopback(host)) {
            hosts = new ArrayList<>(hosts);
            hosts.add(host.contains(":") && !host.startsWith("[") ? "[" + host + "]:*" : host + ":*");
        }
        Path workDir = raw.path(ConfigOption.WORKDIR, Path.of("").toAbsolutePath());
        String logFileText = raw.text(ConfigOption.LOG_FILE, null);
        Path logFile = logFileText == null
                ? Path.of(System.getProperty("user.home"), ".aws-mcp", "aws-mcp.log")
                : logFileText.equalsIgnoreCase("none") ? null : expand(logFileText);
        return new ServerConfig(
                raw.bool(ConfigOption.READ_ONLY),
                raw.bool(ConfigOption.REQUIRE_CONSENT),
                raw.bool(ConfigOption.ALLOW_SENSITIVE_READS),
                raw.path(ConfigOption.POLICY, null),
                workDir.toAbsolutePath().normalize(),
                raw.choice(ConfigOption.FILE_ACCESS, FILE_ACCESS_MODES, "workdir"),
                raw.integer(ConfigOption.MAX_OUTPUT, 50_000, 1_000, 10_000_000),
                raw.integer(ConfigOption.MAX_PARALLEL, 8, 1, 64),
                raw.integer(ConfigOption.MAX_PER_ACCOUNT, 4, 1, 64),
                raw.text(ConfigOption.PROFILE, null),
                raw.text(ConfigOption.REGION, null),
                transport,
                host,
                port,
                token,
                raw.list(ConfigOption.ALLOWED_ORIGINS, List.of("http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*")),
                hosts,
                raw.path(ConfigOption.AUDIT_FILE, null),
                raw.text(ConfigOption.AUDIT_CLOUDWATCH, null),
                raw.choice(ConfigOption.AUDIT_FAILURE, List.of("fail-closed", "record-loss"), "fail-closed"),
                logFile,
                raw.choice(ConfigOption.LOG_LEVEL, LOG_LEVELS, "info"),
                raw.path(ConfigOption.SOP_DIR, null),
                raw.boolOr(ConfigOption.DOCS, true),
                origins);
    }

    /**
     * This configuration with the policy modes in effect (a policy file can switch them on too), so that tool
     * annotations and {@code aws://config} tell the truth.
     *
     * @param readOnly            read-only mode in effect
     * @param requireConsent      consent mode in effect
     * @param allowSensitiveReads sensitive reads allowed
     * @return the adjusted configuration
     */
    public ServerConfig withPolicyModes(boolean readOnly, boolean requireConsent, boolean allowSensitiveReads) {
        return new ServerConfig(readOnly, requireConsent, allowSensitiveReads, policyFile, workDir, fileAccess, maxOutput,
                maxParallel, maxPerAccount, profile, region, transport, httpHost, httpPort, authToken, allowedOrigins, allowedHosts,
                auditFile, auditCloudWatch, auditFailure, logFile, logLevel, sopDir, docs, origins);
    }

    /** True when the HTTP bind address is a loopback address. */
    public boolean loopbackOnly() {
        return isLoopback(httpHost);
    }

    @Override
    public String toString() {
        // the record's default toString would print the token
        return "ServerConfig[readOnly=" + readOnly + ", requireConsent=" + requireConsent + ", transport=" + transport
                + ", host=" + httpHost + ", port=" + httpPort + ", authToken=" + (authToken == null ? "none" : "***") + "]";
    }

    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost") || h.equals("::1") || h.matches("127\\.[0-9.]+")) {
            return true; // the common cases without touching the resolver classes
        }
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name other than localhost: do not resolve, treat as exposed
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void readFlags(List<String> args, Map<ConfigOption, String> values, Map<ConfigOption, String> origins) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--http")) {
                values.put(ConfigOption.TRANSPORT, "http");
                origins.put(ConfigOption.TRANSPORT, "flag");
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            ConfigOption o = ConfigOption.byFlag(name).orElseThrow(() -> new ConfigException(
                    "Unknown option '" + name + "' for serve.", "Run 'aws-mcp serve --help' for the list of options."));
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (o.isSwitch()) {
                value = "true";
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new ConfigException("Option " + o.flag() + " needs a value.",
                        "Write " + o.flag() + " " + o.valueName() + ".");
            }
            if (o.isSticky() && "env".equals(origins.get(o)) && Raw.truthy(values.get(o))) {
                continue; // a policy mode switched on in the environment stays on
            }
            values.put(o, value);
            origins.put(o, "flag");
        }
    }

    private static Path expand(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + path.substring(1));
        }
        return Path.of(path);
    }

    /** Typed reads of raw option values with one-sentence errors. */
    private record Raw(Map<ConfigOption, String> values) {
        String text(ConfigOption o, String def) {
            String v = values.get(o);
            return v == null || v.isBlank() ? def : v;
        }

        static boolean truthy(String v) {
            return v != null && List.of("true", "1", "yes", "on").contains(v.trim().toLowerCase(Locale.ROOT));
        }

        boolean bool(ConfigOption o) {
            return boolOr(o, false);
        }

        boolean boolOr(ConfigOption o, boolean def) {
            String v = text(o, Boolean.toString(def)).toLowerCase(Locale.ROOT);
            switch (v) {
                case "true": case "1": case "yes": case "on":
                    return true;
                case "false": case "0": case "no": case "off":
                    return false;
                default:
                    throw bad(o, v, "true or false");
            }
        }

        int integer(ConfigOption o, int def, int min, int max) {
            String v = text(o, null);
            if (v == null) {
                return def;
            }
            try {
                int n = Integer.parseInt(v.replace("_", ""));
                if (n < min || n > max) {
                    throw bad(o, v, "a number from " + min + " to " + max);
                }
                return n;
            } catch (NumberFormatException e) {
                throw bad(o, v, "a number from " + min + " to " + max);
            }
        }

        String choice(ConfigOption o, List<String> choices, String def) {
            String v = text(o, def).toLowerCase(Locale.ROOT);
            if (!choices.contains(v)) {
                throw bad(o, v, "one of " + String.join(", ", choices));
            }
            return v;
        }

        Path path(ConfigOption o, Path def) {
            String v = text(o, null);
            return v == null ? def : expand(v).toAbsolutePath().normalize();
        }

        List<String> list(ConfigOption o, List<String> def) {
            String v = text(o, null);
            if (v == null) {
                return def;
            }
            return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        private static ConfigException bad(ConfigOption o, String value, String expected) {
            return new ConfigException("Option " + o.flag() + " (" + o.env() + ") has the value '" + value
                    + "'; it must be " + expected + ".", "Fix the flag or the environment variable.");
        }
    }
}
