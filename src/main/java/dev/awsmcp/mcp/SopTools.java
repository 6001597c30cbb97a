package dev.awsmcp.mcp;

import dev.awsmcp.sop.AgentSopTools;
import dev.awsmcp.sop.SopLibrary;
import dev.awsmcp.sop.SopPrompt;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agent SOPs on MCP: the {@code retrieve_agent_sop} tool and its alias {@code retrieve_skill}, and one prompt per
 * SOP whose arguments are the SOP's parameters.
 */
final class SopTools {
    private final SopLibrary library;
    private final AgentSopTools tools;
    private final ToolSchemas schemas;

    SopTools(SopLibrary library, ToolSchemas schemas) {
        this.library = library;
        this.tools = new AgentSopTools(library);
        this.schemas = schemas;
    }

    List<McpServerFeatures.SyncToolSpecification> tools() {
        return List.of(
                SimpleTool.of(schemas, AgentSopTools.TOOL_NAME, "Agent SOPs", AgentSopTools.DESCRIPTION, false, args -> {
                    String name = args.text("sop_name");
                    String text = tools.retrieveAgentSop(name);
                    return new SimpleTool.Answer(Map.of("sop", name == null ? "" : name, "content", text), text);
                }),
                SimpleTool.of(schemas, AgentSopTools.ALIAS_TOOL_NAME, "Agent skills",
                        AgentSopTools.DESCRIPTION.replace("sop_name", "skill_name"), false, args -> {
                            String name = args.text("skill_name");
                            String text = tools.retrieveSkill(name);
                            return new SimpleTool.Answer(Map.of("sop", name == null ? "" : name, "content", text), text);
                        }));
    }

    List<McpServerFeatures.SyncPromptSpecification> prompts() {
        return SopPrompt.all(library).stream().map(SopTools::prompt).toList();
    }

    private static McpServerFeatures.SyncPromptSpecification prompt(SopPrompt sop) {
        List<McpSchema.PromptArgument> args = sop.arguments().stream()
                .map(a -> new McpSchema.PromptArgument(a.name(), a.description(), a.required()))
                .toList();
        McpSchema.Prompt prompt = new McpSchema.Prompt(sop.name(), sop.title(), sop.description(), args);
        return new McpServerFeatures.SyncPromptSpecification(prompt, (exchange, request) -> {
            Map<String, String> values = new HashMap<>();
            if (request.arguments() != null) {
                request.arguments().forEach((k, v) -> values.put(k, v == null ? null : String.valueOf(v)));
            }
            // a missing required argument surfaces as a JSON-RPC error with the SOP's own sentence
            String text = sop.render(values);
            return new McpSchema.GetPromptResult(sop.description(),
                    List.of(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(text))));
        });
    }
}
