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
        this.server = server.build(McpServer.sync(new StdioServerTransportProvider(server.mapper(), input, out)));
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
