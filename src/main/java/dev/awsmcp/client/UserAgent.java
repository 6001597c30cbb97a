package dev.awsmcp.client;

/**
 * The User-Agent of every AWS call: {@code aws-mcp/<version> lang/java#<version> os/<name>}, then
 * {@code md/mcp-client#<name>_<version>} when an MCP client is known, then the embedding program's suffix. CloudTrail
 * records it, so operators can tell which agent made a call.
 */
public final class UserAgent {
    /** This library's version (from the jar manifest; {@code dev} when run from classes). */
    public static final String VERSION = version();

    private final String base;

    /** @param suffix the embedding program's suffix, or null */
    public UserAgent(String suffix) {
        String b = "aws-mcp/" + VERSION + " lang/java#" + token(System.getProperty("java.version", "unknown"))
                + " os/" + token(System.getProperty("os.name", "unknown"));
        this.base = suffix == null || suffix.isBlank() ? b : b + " " + suffix.trim().replaceAll("[\\r\\n]", " ");
    }

    /**
     * @param clientName    the MCP client's name, or null
     * @param clientVersion its version, or null
     * @return the header value
     */
    public String header(String clientName, String clientVersion) {
        if (clientName == null || clientName.isBlank()) {
            return base;
        }
        String v = clientVersion == null || clientVersion.isBlank() ? "" : "_" + token(clientVersion);
        return base + " md/mcp-client#" + token(clientName) + v;
    }

    /** Keeps header-safe characters only: an MCP client name is untrusted input. */
    static String token(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._\\-]", "-");
        return t.length() > 64 ? t.substring(0, 64) : t;
    }

    private static String version() {
        String v = UserAgent.class.getPackage() == null ? null : UserAgent.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
