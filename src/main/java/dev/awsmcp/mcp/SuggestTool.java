package dev.awsmcp.mcp;

import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code suggest_aws_commands} tool over a {@link CommandSuggester}. */
final class SuggestTool {
    static final String NAME = "suggest_aws_commands";

    private final CommandSuggester suggester;
    private final ToolSchemas schemas;

    SuggestTool(CommandSuggester suggester, ToolSchemas schemas) {
        this.suggester = suggester;
        this.schemas = schemas;
    }

    McpServerFeatures.SyncToolSpecification spec() {
        McpSchema.Tool tool = ToolCalls.tool(schemas, NAME, "Suggest AWS CLI commands",
                "Describe a task in plain words; get likely AWS CLI commands to run with call_aws. "
                        + "Use when you do not know which operation fits; name the service too when you know it "
                        + "(\"delete a dynamodb table\"): that is the surest way to the right command. "
                        + "Check parameters with aws_cli_help.", false);
        return McpServerFeatures.SyncToolSpecification.builder().tool(tool).callHandler(this::call).build();
    }

    McpSchema.CallToolResult call(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        Map<String, Object> args = ToolCalls.args(request);
        Object query = args.get("query");
        if (!(query instanceof String q) || q.isBlank()) {
            return McpSchema.CallToolResult.builder()
                    .structuredContent(Map.of("suggestions", List.of()))
                    .addTextContent("Error [MissingArgument]: query is required.\nHint: Pass e.g. {\"query\": \"list my S3 buckets\"}.")
                    .isError(true)
                    .build();
        }
        int limit = args.get("limit") instanceof Number n ? Math.max(1, Math.min(20, n.intValue())) : 5;
        List<CommandSuggester.Suggestion> found = suggester.suggest(q, limit);
        List<Map<String, Object>> list = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (CommandSuggester.Suggestion s : found) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("command", s.command());
            m.put("description", s.description());
            m.put("score", s.score());
            if (s.usage() != null) {
                m.put("usage", s.usage());
            }
            m.putAll(s.details());
            list.add(m);
            text.append(s.command()).append("  # ").append(s.description()).append('\n');
            if (s.usage() != null && !s.usage().equals(s.command())) {
                text.append("    ").append(s.usage()).append('\n');
            }
            if (s.details().get("access") instanceof Map<?, ?> access && access.get("level") != null) {
                // what read-only mode makes of it first: that is what decides whether call_aws will run it
                text.append("    access: ").append(access.get("callClass") == null ? "" : access.get("callClass") + ", ")
                        .append("IAM access level ").append(access.get("level")).append('\n');
            }
        }
        if (found.isEmpty()) {
            text.append("No suggestion. Try other words, or list services with aws_cli_help.\n");
        }
        return McpSchema.CallToolResult.builder()
                .structuredContent(Map.of("suggestions", list))
                .addTextContent(text.toString())
                .build();
    }
}
