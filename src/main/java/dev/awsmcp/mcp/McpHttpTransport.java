package dev.awsmcp.mcp;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves an {@link AwsMcpServer} over MCP streamable HTTP at {@code /mcp} on Jetty, behind {@link HttpGuard}
 * (Host and Origin allow-lists, bearer token) and {@link CancellationFilter}.
 */
public final class McpHttpTransport implements AutoCloseable {
    /** The MCP endpoint path. */
    public static final String PATH = "/mcp";
    private static final Logger LOG = LoggerFactory.getLogger(McpHttpTransport.class);

    private final Server jetty;
    private final McpSyncServer server;
    private final ServerConnector connector;
    private final AtomicBoolean closed = new AtomicBoolean();

    private McpHttpTransport(AwsMcpServer mcp) throws Exception {
        ServerConfig config = mcp.config();
        HttpServletStreamableServerTransportProvider provider = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(mcp.mapper())
                .mcpEndpoint(PATH)
                .build();
        this.server = mcp.build(McpServer.sync(provider));
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("aws-mcp-http");
        threads.setDaemon(true);
        this.jetty = new Server(threads);
        this.connector = new ServerConnector(jetty);
        connector.setHost(config.httpHost());
        connector.setPort(config.httpPort());
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        FilterHolder guard = new FilterHolder(new HttpGuard(config));
        guard.setAsyncSupported(true);
        context.addFilter(guard, "/*", EnumSet.of(DispatcherType.REQUEST));
        FilterHolder cancel = new FilterHolder(new CancellationFilter(mcp.interceptor()));
        cancel.setAsyncSupported(true);
        context.addFilter(cancel, PATH, EnumSet.of(DispatcherType.REQUEST));
        ServletHolder servlet = new ServletHolder(provider);
        servlet.setAsyncSupported(true);
        context.addServlet(servlet, PATH);
        jetty.setHandler(context);
        jetty.setStopAtShutdown(false); // the launcher's shutdown hook closes us in order
        jetty.start();
    }

    /**
     * Binds and starts serving; returns once the port is open.
     *
     * @param server the server
     * @return the running transport
     * @throws Exception when the address cannot be bound
     */
    public static McpHttpTransport start(AwsMcpServer server) throws Exception {
        return new McpHttpTransport(server);
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The MCP endpoint URL. */
    public URI endpoint() {
        String host = connector.getHost();
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + PATH);
    }

    /**
     * Blocks until the server stops.
     *
     * @throws InterruptedException when interrupted
     */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Closes sessions and stops Jetty. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                server.closeGracefully();
            } catch (RuntimeException e) {
                LOG.debug("Closing the MCP server: {}", e.getMessage());
            }
            try {
                jetty.stop();
            } catch (Exception e) {
                LOG.debug("Stopping Jetty: {}", e.getMessage());
            }
        }
    }
}
