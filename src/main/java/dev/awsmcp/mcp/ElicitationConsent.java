package dev.awsmcp.mcp;

import dev.awsmcp.ExecutionContext.Consent;
import dev.awsmcp.ExecutionContext.ConsentPrompt;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the human behind the MCP client for consent with an elicitation form (a single yes/no field). A client that
 * did not declare the elicitation capability gets {@link Consent#UNSUPPORTED}, never a silent yes.
 */
final class ElicitationConsent implements ConsentPrompt {
    private static final Logger LOG = LoggerFactory.getLogger(ElicitationConsent.class);
    private static final Map<String, Object> SCHEMA = Map.of(
            "type", "object",
            "properties", Map.of("approve", Map.of(
                    "type", "boolean",
                    "title", "Run this AWS call?",
                    "description", "Yes runs the call; no denies it.")),
            "required", List.of("approve"));

    private final McpSyncServerExchange exchange;

    ElicitationConsent(McpSyncServerExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public Consent ask(String summary) {
        McpSchema.ClientCapabilities caps = exchange.getClientCapabilities();
        if (caps == null || caps.elicitation() == null) {
            return Consent.UNSUPPORTED;
        }
        try {
            McpSchema.ElicitResult answer = exchange.createElicitation(
                    McpSchema.ElicitFormRequest.builder(summary, SCHEMA).build());
            if (answer == null || answer.action() != McpSchema.ElicitResult.Action.ACCEPT) {
                return Consent.DECLINED;
            }
            Object approve = answer.content() == null ? null : answer.content().get("approve");
            return Boolean.TRUE.equals(approve) || "true".equals(String.valueOf(approve)) ? Consent.ACCEPTED : Consent.DECLINED;
        } catch (RuntimeException e) {
            // a timeout or a client error is no consent
            LOG.warn("Consent request failed: {}", e.getMessage());
            return Consent.DECLINED;
        }
    }
}
