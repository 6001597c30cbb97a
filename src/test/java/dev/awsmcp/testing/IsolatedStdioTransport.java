package dev.awsmcp.testing;

import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;

/**
 * The MCP SDK's stdio client transport without the build's inherited {@code AWS_*} variables (the test's own are
 * added after this), so a launched {@code bin/aws-mcp} sees only what the test gives it.
 */
public final class IsolatedStdioTransport extends StdioClientTransport {
    /** @param params the command, arguments and the test's environment */
    public IsolatedStdioTransport(ServerParameters params) {
        super(params, McpJsonDefaults.getMapper());
    }

    @Override
    protected ProcessBuilder getProcessBuilder() {
        ProcessBuilder pb = new ProcessBuilder();
        pb.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        return pb;
    }
}
