package dev.awsmcp.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.client.auth.ProfileChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of {@code aws-mcp proxy}, parsed and checked before anything is sent: a bad endpoint, an unknown
 * profile or a missing region is a start-up error in one sentence.
 *
 * @param remotes         the remote servers (prefixed tool names when there are several)
 * @param timeouts        connect, read, write and tool timeouts
 * @param retries         how many times a retryable failure is tried again
 * @param metadata        sent as {@code _meta} on every request ({@code --metadata k=v})
 * @param readOnly        forward only calls judged reads
 * @param requireConsent  ask the human (elicitation) before a call that is not a read
 * @param rulesFile       the user's read-only rules, or null
 * @param maxOutputChars  the output budget of one tool result
 * @param http            serve streamable HTTP instead of stdio
 * @param httpHost        the HTTP bind address
 * @param httpPort        the HTTP port (0: any free port)
 * @param rest            the options left for the audit and logging flags
 */
public record ProxyOptions(List<RemoteTarget> remotes, ProxyTimeouts timeouts, int retries, Map<String, String> metadata,
                           boolean readOnly, boolean requireConsent, Path rulesFile, int maxOutputChars, boolean http,
                           String httpHost, int httpPort, List<String> rest) {
    /** Default retries of a retryable failure (connection refused, 429, 502-504; start-up also 500). */
    public static final int DEFAULT_RETRIES = 3;
    /** Default output budget of one tool result, as for {@code call_aws}. */
    public static final int DEFAULT_MAX_OUTPUT_CHARS = 50_000;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public ProxyOptions {
        remotes = List.copyOf(remotes);
        metadata = Map.copyOf(metadata);
        rest = List.copyOf(rest);
    }

    /**
     * Parses the command line.
     *
     * @param args the arguments after {@code proxy}
     * @param env  environment and profile files (region fallback, profile check)
     * @return the options
     * @throws ProxyException for bad input (exit code 252)
     */
    public static ProxyOptions parse(List<String> args, AwsEnvironment env) {
        List<String> endpoints = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        String service = null;
        String region = null;
        String profile = null;
        Path config = null;
        Map<String, String> metadata = new LinkedHashMap<>();
        Duration connect = ProxyTimeouts.DEFAULTS.connect();
        Duration read = ProxyTimeouts.DEFAULTS.read();
        Duration write = ProxyTimeouts.DEFAULTS.write();
        Duration tool = ProxyTimeouts.DEFAULTS.tool();
        int retries = DEFAULT_RETRIES;
        boolean readOnly = env.variable("AWS_MCP_READ_ONLY").map(Boolean::parseBoolean).orElse(false);
        boolean consent = env.variable("AWS_MCP_REQUIRE_CONSENT").map(Boolean::parseBoolean).orElse(false);
        Path rules = null;
        int maxChars = DEFAULT_MAX_OUTPUT_CHARS;
        boolean http = false;
        String host = "127.0.0.1";
        int port = 8765;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
            String inline = a.contains("=") && a.startsWith("--") ? a.substring(a.indexOf('=') + 1) : null;
            switch (name) {
                case "--service": service = value(args, i, inline, name); i += inline == null ? 1 : 0; break;
                case "--region": region = value(args, i, inline, name); i += inline == null ? 1 : 0; break;
                case "--profile": profile = value(args, i, inline, name); i += inline == null ? 1 : 0; break;
                case "--config": config = Path.of(value(args, i, inline, name)); i += inline == null ? 1 : 0; break;
                case "--metadata": {
                    String kv = value(args, i, inline, name);
                    i += inline == null ? 1 : 0;
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw ProxyException.usage("BadOption", "--metadata takes KEY=VALUE, not '" + kv + "'.",
                                "For example --metadata AWS_REGION=us-west-2.");
                    }
                    metadata.put(kv.substring(0, eq), kv.substring(eq + 1));
                    break;
                }
                case "--connect-timeout": connect = seconds(args, i, inline, name); i += inline == null ? 1 : 0; break;
                case "--read-timeout": read = seconds(args, i, inline, name); i += inline == null ? 1 : 0; break;
                case "--write-timeout": write = seconds(args, i, inline, name); i += inline == null ? 1 : 0; break;
                case "--timeout": tool = seconds(args, i, inline, name); i += inline == null ? 1 : 0; break;
                case "--retries": retries = integer(args, i, inline, name, 0, 10); i += inline == null ? 1 : 0; break;
                case "--read-only": readOnly = true; break;
                case "--require-consent": consent = true; break;
                case "--read-only-rules": rules = Path.of(value(args, i, inline, name)); i += inline == null ? 1 : 0; break;
                case "--max-output-chars": maxChars = integer(args, i, inline, name, 1000, 10_000_000); i += inline == null ? 1 : 0; break;
                case "--http": http = true; break;
                case "--host": host = value(args, i, inline, name); i += inline == null ? 1 : 0; break;
                case "--port": port = integer(args, i, inline, name, 0, 65_535); i += inline == null ? 1 : 0; break;
                default:
                    if (a.startsWith("--")) {
                        rest.add(a); // audit and logging flags, checked by their own parsers
                        if (inline == null && i + 1 < args.size() && !args.get(i + 1).startsWith("--")
                                && takesValue(name)) {
                            rest.add(args.get(++i));
                        }
                    } else {
                        endpoints.add(a);
                    }
            }
        }
        if (profile != null && env.profile(profile).isEmpty()) {
            Set<String> names = env.profileNames();
            throw ProxyException.usage("ProfileNotFound", "The profile '" + profile + "' is not in the AWS config or credentials files.",
                    names.isEmpty() ? "Run 'aws configure --profile " + profile + "' first." : "Use one of: " + String.join(", ", names) + ".");
        }
        List<RemoteTarget> remotes = new ArrayList<>();
        String profileForRegion = profile;
        java.util.function.Supplier<Optional<String>> fallback = () -> fallbackRegion(env, profileForRegion);
        for (String e : endpoints) {
            int eq = e.indexOf('=');
            boolean named = eq > 0 && !e.substring(0, eq).contains(":") && !e.substring(0, eq).contains("/");
            remotes.add(RemoteTarget.resolve(named ? e.substring(0, eq) : null, named ? e.substring(eq + 1) : e,
                    service, region, profile, fallback));
        }
        if (config != null) {
            remotes.addAll(fromConfig(config, env, service, region, profile));
        }
        if (remotes.isEmpty()) {
            throw ProxyException.usage("NoEndpoint", "No remote MCP endpoint was given.",
                    "Usage: aws-mcp proxy [options] https://SERVICE.REGION.api.aws/mcp [NAME=URL ...]");
        }
        return new ProxyOptions(unique(remotes), new ProxyTimeouts(connect, read, write, tool), retries, metadata,
                readOnly, consent, rules, maxChars, http, host, port, rest);
    }

    private static boolean takesValue(String flag) {
        return List.of("--audit-file", "--audit-cloudwatch", "--log-level", "--log-file").contains(flag);
    }

    private static List<RemoteTarget> fromConfig(Path file, AwsEnvironment env, String service, String region, String profile) {
        JsonNode tree;
        try {
            tree = YAML.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw ProxyException.usage("ConfigNotFound", "The proxy config file " + file + " does not exist.", null);
        } catch (IOException e) {
            throw ProxyException.usage("BadConfig", "The proxy config file " + file + " is not valid YAML or JSON.", null);
        }
        if (tree == null || !tree.path("remotes").isArray()) {
            throw ProxyException.usage("BadConfig", file + ": expected a top-level 'remotes:' list.",
                    "Each remote has url and optionally name, service, region, profile.");
        }
        List<RemoteTarget> out = new ArrayList<>();
        int n = 0;
        for (JsonNode r : tree.path("remotes")) {
            n++;
            String url = r.path("url").asText("");
            if (url.isBlank()) {
                throw ProxyException.usage("BadConfig", file + ": remote " + n + " has no url.", null);
            }
            String p = r.path("profile").asText(profile);
            if (p != null && env.profile(p).isEmpty()) {
                throw ProxyException.usage("ProfileNotFound", file + ": remote " + n + " names the profile '" + p
                        + "', which is not in the AWS config or credentials files.", null);
            }
            out.add(RemoteTarget.resolve(r.path("name").asText(null), url, r.path("service").asText(service),
                    r.path("region").asText(region), p, () -> fallbackRegion(env, p)));
        }
        return out;
    }

    /** Keeps prefixes unique: a second {@code aws-mcp} becomes {@code aws-mcp-2}. */
    private static List<RemoteTarget> unique(List<RemoteTarget> remotes) {
        Set<String> seen = new HashSet<>();
        List<RemoteTarget> out = new ArrayList<>();
        for (RemoteTarget t : remotes) {
            String name = t.name();
            for (int k = 2; !seen.add(name); k++) {
                name = t.name() + "-" + k;
            }
            out.add(name.equals(t.name()) ? t : t.named(name));
        }
        return out;
    }

    private static Optional<String> fallbackRegion(AwsEnvironment env, String profile) {
        return env.variable("AWS_REGION").or(() -> env.variable("AWS_DEFAULT_REGION"))
                .or(() -> env.profile(ProfileChoice.resolve(profile, null, env).name()).flatMap(p -> p.property("region")))
                .filter(r -> !r.isBlank());
    }

    private static String value(List<String> args, int i, String inline, String name) {
        if (inline != null) {
            return inline;
        }
        if (i + 1 >= args.size()) {
            throw ProxyException.usage("BadOption", name + " needs a value.", null);
        }
        return args.get(i + 1);
    }

    private static Duration seconds(List<String> args, int i, String inline, String name) {
        String v = value(args, i, inline, name);
        try {
            double s = Double.parseDouble(v);
            if (s <= 0 || s > 86_400) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis((long) (s * 1000));
        } catch (NumberFormatException e) {
            throw ProxyException.usage("BadOption", name + " takes seconds between 0 and 86400, not '" + v + "'.", null);
        }
    }

    private static int integer(List<String> args, int i, String inline, String name, int min, int max) {
        String v = value(args, i, inline, name);
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProxyException.usage("BadOption", name + " takes a whole number from " + min + " to " + max
                    + ", not '" + v + "'.", null);
        }
    }
}
