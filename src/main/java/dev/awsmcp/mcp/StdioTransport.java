package dev.awsmcp.mcp;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves an {@link AwsMcpServer} over newline-delimited JSON-RPC on a pair of streams (stdin/stdout). The output
 * stream must carry nothing but the protocol. Ends when the input ends (the client went away; calls still running
 * finish and are answered first, for up to 30 seconds) or on {@link #close()}.
 *
 * <p>Cancellation: a tool call cancelled with {@code notifications/cancelled} stops, and its response is dropped
 * on the way out ({@link ResponseFilterOutputStream}), as the MCP spec asks (the receiver SHOULD NOT respond).
 * The SDK (2.1.0) has no hook for this, so it is done on the byte stream. Over streamable HTTP the response is
 * still sent: it goes to the request's own SSE stream or JSON body, which the SDK's servlet transport completes
 * by writing a response, so dropping it would leave the client's POST open; the spec's answer for HTTP is that the
 * client closes that stream (treated as cancellation) and ignores whatever arrives later.
 */
public final class StdioTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StdioTransport.class);

    private final CountDownLatch disconnected = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final McpSyncServer server;

    private StdioTransport(AwsMcpServer server, InputStream in, OutputStream out) {
        InterceptingInputStream input = new InterceptingInputStream(in, server.interceptor(), () -> {
            server.drain();
            disconnected.countDown();
        });
        OutputStream output = new ResponseFilterOutputStream(out, server.interceptor());
        this.server = server.build(McpServer.sync(new StdioServerTransportProvider(server.mapper(), input, output)));
    }

    /**
     * Starts serving; returns at once.
     *
     * @param server the server
     * @param in     the client's messages
     * @param out    where responses go
     * @return the running transport
     */
    public static StdioTransport start(AwsMcpServer server, InputStream in, OutputStream out) {
        return new StdioTransport(server, in, out);
    }

    /**
     * Blocks until the client closes its end of the input or {@link #close()} is called.
     *
     * @throws InterruptedException when interrupted
     */
    public void awaitDisconnect() throws InterruptedException {
        disconnected.await();
    }

    /**
     * Waits for the client to disconnect, bounded.
     *
     * @param timeoutMillis how long
     * @return true when disconnected
     * @throws InterruptedException when interrupted
     */
    public boolean awaitDisconnect(long timeoutMillis) throws InterruptedException {
        return disconnected.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops serving; in-flight responses are dropped. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                server.closeGracefully();
            } catch (RuntimeException e) {
                LOG.debug("Closing the MCP server: {}", e.getMessage());
            }
            disconnected.countDown();
        }
    }
}
