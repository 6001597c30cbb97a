package dev.awsmcp.mcp;

import dev.awsmcp.ExecutionContext;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the facade's {@link ExecutionContext} for one tool call: client name and version, progress notifications
 * (only when the request carries a progress token), cancellation, and consent through elicitation.
 */
final class McpCallContext {
    private static final Logger LOG = LoggerFactory.getLogger(McpCallContext.class);

    private McpCallContext() {}

    static ExecutionContext create(McpSyncServerExchange exchange, McpSchema.CallToolRequest request,
                                   BooleanSupplier cancelled) {
        McpSchema.Implementation client = exchange.getClientInfo();
        Object token = request.progressToken();
        ExecutionContext.ProgressListener progress = token == null
                ? ExecutionContext.ProgressListener.NONE
                : new Progress(exchange, token);
        return new ExecutionContext(client == null ? null : client.name(), client == null ? null : client.version(),
                request.name(), progress, cancelled, new ElicitationConsent(exchange), new ElicitationMfa(exchange));
    }

    /** Sends progress notifications; progress must increase, so stale or repeated values are dropped. */
    private static final class Progress implements ExecutionContext.ProgressListener {
        private final McpSyncServerExchange exchange;
        private final Object token;
        private double last = -1;

        Progress(McpSyncServerExchange exchange, Object token) {
            this.exchange = exchange;
            this.token = token;
        }

        @Override
        public synchronized void progress(long done, long total, String message) {
            if (done <= last) {
                return;
            }
            last = done;
            try {
                exchange.progressNotification(new McpSchema.ProgressNotification(token, (double) done,
                        total < 0 ? null : (double) total, message, null));
            } catch (RuntimeException e) {
                LOG.debug("Progress notification failed: {}", e.getMessage());
            }
        }
    }
}
