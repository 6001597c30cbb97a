package dev.awsmcp.mcp;

import dev.awsmcp.batch.BatchResult;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** MCP logging notifications ({@code notifications/message}) for what a client should surface: cuts and cancellations. */
final class McpLog {
    private static final Logger LOG = LoggerFactory.getLogger(McpLog.class);
    private static final String LOGGER = "aws-mcp";

    private McpLog() {}

    static void afterCall(McpSyncServerExchange exchange, List<BatchResult> ran, McpSchema.CallToolResult result) {
        long cancelled = ran.stream().filter(r -> r.result().exitCode() == dev.awsmcp.batch.CommandBatch.CANCELLED_EXIT_CODE).count();
        if (cancelled > 0) {
            send(exchange, McpSchema.LoggingLevel.INFO, cancelled + " of " + ran.size() + " commands were cancelled before they ran.");
        }
        if (result.structuredContent() instanceof Map<?, ?> root && root.get("results") instanceof List<?> entries) {
            for (Object e : entries) {
                if (e instanceof Map<?, ?> entry && entry.containsKey("truncated")) {
                    send(exchange, McpSchema.LoggingLevel.WARNING, "Output of '" + entry.get("command")
                            + "' was shortened to fit the output limit; the result says how to get the rest.");
                }
            }
        }
    }

    static void send(McpSyncServerExchange exchange, McpSchema.LoggingLevel level, String message) {
        try {
            exchange.loggingNotification(new McpSchema.LoggingMessageNotification(level, LOGGER, message));
        } catch (RuntimeException e) {
            LOG.debug("Logging notification failed: {}", e.getMessage());
        }
    }
}
