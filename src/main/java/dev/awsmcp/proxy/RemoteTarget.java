package dev.awsmcp.proxy;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One remote MCP server: its streamable-HTTP endpoint, the SigV4 signing name and region, and the name its tools
 * are prefixed with when several remotes are merged.
 *
 * @param name     a short name ({@code aws-mcp}); the tool prefix when several remotes are served
 * @param endpoint the MCP endpoint ({@code https://aws-mcp.us-east-1.api.aws/mcp})
 * @param service  the SigV4 signing name
 * @param region   the SigV4 region
 * @param profile  the profile whose credentials sign, or null for the default chain
 */
public record RemoteTarget(String name, URI endpoint, String service, String region, String profile) {
    /** {@code <service>.<region>.api.aws}, the AWS-hosted MCP endpoints. */
    private static final Pattern API_AWS = Pattern.compile("(?:.*\\.)?([a-z0-9-]+)\\.([a-z]{2}(?:-[a-z]+)+-\\d+)\\.api\\.aws");
    /** {@code ...bedrock-agentcore.<region>.amazonaws.com}: AgentCore gateways and runtimes. */
    private static final Pattern AGENTCORE = Pattern.compile("(?:.*\\.)?(bedrock-agentcore)\\.([a-z]{2}(?:-[a-z]+)+-\\d+)\\.amazonaws\\.com(?:\\.cn)?");
    /** Any other {@code <service>.<region>.amazonaws.com} host. */
    private static final Pattern AMAZONAWS = Pattern.compile("(?:.*\\.)?([a-z0-9-]+)\\.([a-z]{2}(?:-[a-z]+)+-\\d+)\\.amazonaws\\.com(?:\\.cn)?");

    /**
     * Resolves a remote from what the user gave, inferring what is missing from the URL and then the
     * environment.
     *
     * @param name          the prefix name, or null to derive one from the host
     * @param url           the endpoint
     * @param service       {@code --service}, or null to infer from the host
     * @param region        {@code --region}, or null to infer from the host, then {@code fallbackRegion}
     * @param profile       {@code --profile}, or null
     * @param fallbackRegion the region of the environment or profile ({@code AWS_REGION}, the profile's region)
     * @return the target
     * @throws ProxyException when the URL is not HTTPS (outside loopback), or no service or region can be found
     */
    public static RemoteTarget resolve(String name, String url, String service, String region, String profile,
                                       Supplier<Optional<String>> fallbackRegion) {
        URI uri = parse(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!"https".equals(uri.getScheme()) && !isLoopback(host)) {
            throw ProxyException.usage("InsecureEndpoint", "The remote endpoint " + url
                    + " is not HTTPS; signed requests go over HTTPS only (plain HTTP is allowed for loopback addresses).",
                    "Use the https:// URL of the MCP server.");
        }
        Matcher m = match(host);
        String svc = blank(service) ? (m == null ? null : m.group(1)) : service.trim();
        if (svc == null) {
            throw ProxyException.usage("NoService", "The signing service of " + url
                    + " cannot be inferred from its host name.", "Give it with --service NAME (e.g. --service bedrock-agentcore).");
        }
        String reg = !blank(region) ? region.trim() : m != null ? m.group(2) : fallbackRegion.get().orElse(null);
        if (reg == null) {
            throw ProxyException.usage("NoRegion", "No region for " + url
                    + ": the host names none, and neither --region, AWS_REGION nor the profile sets one.",
                    "Give it with --region NAME (e.g. --region us-east-1).");
        }
        String n = blank(name) ? defaultName(host) : name.trim();
        if (!n.matches("[A-Za-z0-9_-]{1,32}")) {
            throw ProxyException.usage("BadRemoteName", "The remote name '" + n
                    + "' is not usable as a tool prefix.", "Use 1 to 32 letters, digits, '-' or '_'.");
        }
        return new RemoteTarget(n, uri, svc, reg, blank(profile) ? null : profile.trim());
    }

    /** This target under another name (to keep prefixes unique). */
    public RemoteTarget named(String newName) {
        return new RemoteTarget(newName, endpoint, service, region, profile);
    }

    /** The endpoint for messages: {@code name (url)}. */
    public String describe() {
        return "'" + name + "' (" + endpoint + ")";
    }

    private static Matcher match(String host) {
        for (Pattern p : new Pattern[] {API_AWS, AGENTCORE, AMAZONAWS}) {
            Matcher m = p.matcher(host);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    private static String defaultName(String host) {
        Matcher m = match(host);
        if (m == null && (host.matches("[0-9.]+") || host.contains(":"))) {
            return "remote"; // an IP address names nothing
        }
        String n = m != null ? m.group(1) : host.split("\\.")[0];
        n = n.replaceAll("[^A-Za-z0-9_-]", "-");
        return n.length() > 32 ? n.substring(0, 32) : n.isEmpty() ? "remote" : n;
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new URISyntaxException(url, "not an absolute http(s) URL");
            }
            if (uri.getUserInfo() != null) {
                throw ProxyException.usage("BadEndpoint", "The remote endpoint must not carry a user name or password.",
                        "Remove the user@ part; requests are signed with SigV4.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw ProxyException.usage("BadEndpoint", "'" + url + "' is not an absolute http(s) URL.",
                    "Give the MCP endpoint, e.g. https://aws-mcp.us-east-1.api.aws/mcp.");
        }
    }

    /** Loopback by name or literal address; never resolves other names (no DNS at start-up). */
    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equals("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
