package dev.awsmcp.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/** The {@code aws_cli_help} tool over a {@link CliHelp}. */
final class HelpTool {
    static final String NAME = "aws_cli_help";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CliHelp help;
    private final ToolSchemas schemas;

    HelpTool(CliHelp help, ToolSchemas schemas) {
        this.help = help;
        this.schemas = schemas;
    }

    McpServerFeatures.SyncToolSpecification spec() {
        McpSchema.Tool tool = ToolCalls.tool(schemas, NAME, "AWS CLI help",
                "Look up AWS CLI syntax offline: no arguments lists services; service lists its operations; "
                        + "service + operation gives parameters (with shorthand), whether it paginates, and examples.", false);
        return McpServerFeatures.SyncToolSpecification.builder().tool(tool).callHandler(this::call).build();
    }

    @SuppressWarnings("unchecked")
    McpSchema.CallToolResult call(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        Map<String, Object> args = ToolCalls.args(request);
        String service = text(args.get("service"));
        String operation = text(args.get("operation"));
        if (service != null && service.startsWith("aws ")) {
            // tolerate "aws ec2 describe-instances" in the service field
            String[] words = service.trim().split("\\s+");
            service = words.length > 1 ? words[1] : null;
            operation = operation == null && words.length > 2 ? words[2] : operation;
        }
        CliHelp.Page page;
        if (service == null) {
            page = operation == null ? help.services()
                    : help.service(""); // an operation without a service: answer with the service error
        } else if (operation == null) {
            page = help.service(service);
        } else {
            page = help.operation(service, operation);
        }
        boolean error = page.structured().path("kind").asText().equals("error");
        return McpSchema.CallToolResult.builder()
                .structuredContent(JSON.convertValue(page.structured(), Map.class))
                .addTextContent(page.text())
                .isError(error)
                .build();
    }

    private static String text(Object o) {
        return o instanceof String s && !s.isBlank() ? s.trim().toLowerCase(java.util.Locale.ROOT) : null;
    }
}
