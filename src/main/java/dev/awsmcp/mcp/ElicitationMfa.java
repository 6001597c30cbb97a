package dev.awsmcp.mcp;

import dev.awsmcp.ExecutionContext.MfaPrompt;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the human for an MFA code through MCP elicitation, so the code never passes through the agent: the client
 * shows the form to the user and only the server sees the answer. No elicitation support, a decline or a timeout
 * is no code (the command then fails with a hint).
 */
final class ElicitationMfa implements MfaPrompt {
    private static final Logger LOG = LoggerFactory.getLogger(ElicitationMfa.class);
    private static final Map<String, Object> SCHEMA = Map.of(
            "type", "object",
            "properties", Map.of("code", Map.of(
                    "type", "string",
                    "title", "MFA code",
                    "description", "The 6-digit code your MFA device shows now.",
                    "minLength", 6,
                    "maxLength", 6)),
            "required", List.of("code"));

    private final McpSyncServerExchange exchange;

    ElicitationMfa(McpSyncServerExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public String code(String serialNumber, String roleArn) {
        McpSchema.ClientCapabilities caps = exchange.getClientCapabilities();
        if (caps == null || caps.elicitation() == null) {
            return null;
        }
        try {
            McpSchema.ElicitResult answer = exchange.createElicitation(McpSchema.ElicitFormRequest.builder(
                    "aws-mcp needs an MFA code from " + serialNumber + " to assume " + roleArn + ".", SCHEMA).build());
            if (answer == null || answer.action() != McpSchema.ElicitResult.Action.ACCEPT || answer.content() == null) {
                return null;
            }
            Object code = answer.content().get("code");
            return code == null ? null : code.toString();
        } catch (RuntimeException e) {
            LOG.warn("MFA code request failed: {}", e.getMessage());
            return null;
        }
    }
}
