package dev.awsmcp.client.http;

import java.time.Duration;

/**
 * Client-wide HTTP defaults. A command's {@code --cli-connect-timeout}/{@code --cli-read-timeout} override the
 * timeouts for that command.
 *
 * @param connectTimeout  time to open a connection; zero means wait forever
 * @param readTimeout     time to wait for data on an open connection; zero means wait forever
 * @param maxConnections  pooled connections per HTTP client
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, int maxConnections) {
    /**
     * Defaults: connect 10 s (an agent should learn quickly that an endpoint is unreachable, unlike the CLI's
     * 60 s), read 60 s (long enough for long-polling calls such as SQS ReceiveMessage with a 20 s wait), 50
     * connections.
     */
    public static final HttpSettings DEFAULTS = new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), 50);

    public HttpSettings {
        if (connectTimeout == null || connectTimeout.isNegative()) {
            throw new IllegalArgumentException("connectTimeout must be zero (no timeout) or positive");
        }
        if (readTimeout == null || readTimeout.isNegative()) {
            throw new IllegalArgumentException("readTimeout must be zero (no timeout) or positive");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
        }
    }
}
