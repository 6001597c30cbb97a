package dev.awsmcp.testing;

import java.net.URI;

/**
 * A running server on loopback.
 *
 * @param kind    which server
 * @param port    its loopback port
 * @param process the child JVM
 */
public record LocalServer(ServerKind kind, int port, ChildJvm process) {
    /** The base URL, e.g. {@code http://127.0.0.1:43817}. */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * A URI under the endpoint.
     *
     * @param path starting with {@code /}
     * @return the URI
     */
    public URI uri(String path) {
        return URI.create(endpoint() + path);
    }

    /** The {@code --endpoint-url ... --region us-east-1} options a command needs to reach this server. */
    public String cliOptions() {
        return "--endpoint-url " + endpoint() + " --region us-east-1";
    }
}
