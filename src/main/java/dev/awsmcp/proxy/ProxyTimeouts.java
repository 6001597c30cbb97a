package dev.awsmcp.proxy;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the proxy waits for a remote, with mcp-proxy-for-aws's defaults.
 *
 * @param connect a TCP + TLS connection
 * @param read    the longest silence on an open answer stream (between SSE events or body bytes), and the longest
 *                wait for the answer of a request that is not a tool call (initialize, lists, reads)
 * @param write   the longest wait to hand over a notification or a response to a remote request (202 expected)
 * @param tool    a whole tool call, from sending it to its result
 */
public record ProxyTimeouts(Duration connect, Duration read, Duration write, Duration tool) {
    /** 60 s connect, 120 s read, 180 s write, 180 s per tool call. */
    public static final ProxyTimeouts DEFAULTS = new ProxyTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(120),
            Duration.ofSeconds(180), Duration.ofSeconds(180));

    public ProxyTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(tool, "tool");
    }
}
