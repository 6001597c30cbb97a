package dev.awsmcp.mcp;

import dev.awsmcp.sop.AgentSopTools;
import dev.awsmcp.sop.Sop;
import dev.awsmcp.sop.SopLibrary;
import dev.awsmcp.sop.SopPrompt;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import dev.awsmcp.sop.SopException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Agent SOPs: the {@code retrieve_agent_sop} tool and its alias {@code retrieve_skill}, and one MCP prompt per
 * SOP whose arguments are the SOP's parameters.
 */
final class SopTools {
    static final String RETRIEVE = AgentSopTools.TOOL_NAME;
    static final String ALIAS = AgentSopTools.ALIAS_TOOL_NAME;

    private final Supplier<SopLibrary> library;
    private final ToolSchemas schemas;

    /**
     * @param library the SOPs, loaded on first use
     * @param schemas the tool schemas
     */
    SopTools(Supplier<SopLibrary> library, ToolSchemas schemas) {
        this.library = library;
        this.schemas = schemas;
    }

    List<McpServerFeatures.SyncToolSpecification> specs() {
        return List.of(spec(RETRIEVE, "sop_name", "Retrieve an Agent SOP", AgentSopTools.DESCRIPTION),
                spec(ALIAS, "skill_name", "Retrieve a skill",
                        "Same as retrieve_agent_sop (its newer name): without skill_name lists the step-by-step runbooks "
                                + "for common AWS tasks; with a name returns the full runbook to follow."));
    }

    private McpServerFeatures.SyncToolSpecification spec(String name, String argument, String title, String description) {
        return McpServerFeatures.SyncToolSpecification.builder()
                .tool(ToolCalls.tool(schemas, name, title, description, false))
                .callHandler((exchange, request) -> retrieve(request, argument))
                .build();
    }

    McpSchema.CallToolResult retrieve(McpSchema.CallToolRequest request, String argument) {
        return ToolCalls.run(() -> {
            Map<String, Object> args = ToolCalls.args(request);
            String name = ToolCalls.string(args, argument);
            if (name == null) {
                // tolerate the other tool's argument name
                name = ToolCalls.string(args, argument.equals("sop_name") ? "skill_name" : "sop_name");
            }
            SopLibrary sops = library.get();
            String text = new AgentSopTools(sops).retrieveAgentSop(name);
            Map<String, Object> out = new LinkedHashMap<>();
            if (name == null) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (Sop sop : sops.list()) {
                    list.add(Map.of("name", sop.name(), "description", sop.description()));
                }
                out.put("sops", list);
                if (!sops.problems().isEmpty()) {
                    out.put("problems", sops.problems().stream().map(String::valueOf).toList());
                }
            } else {
                Sop sop = sops.get(name);
                out.put("name", sop.name());
                out.put("title", sop.title());
                out.put("description", sop.description());
                out.put("content", text);
            }
            return ToolCalls.ok(out, text);
        });
    }

    /**
     * One prompt per SOP. Reading the library here is the one eager step: the SDK needs the prompt list before
     * {@code initialize}.
     */
    List<McpServerFeatures.SyncPromptSpecification> prompts() {
        List<McpServerFeatures.SyncPromptSpecification> specs = new ArrayList<>();
        for (SopPrompt p : SopPrompt.all(library.get())) {
            List<McpSchema.PromptArgument> args = p.arguments().stream()
                    .map(a -> new McpSchema.PromptArgument(a.name(), a.description(), a.required())).toList();
            McpSchema.Prompt prompt = new McpSchema.Prompt(p.name(), p.title(), p.description(), args);
            specs.add(new McpServerFeatures.SyncPromptSpecification(prompt, (exchange, request) -> render(p, request)));
        }
        return specs;
    }

    private static McpSchema.GetPromptResult render(SopPrompt p, McpSchema.GetPromptRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        if (request.arguments() != null) {
            request.arguments().forEach((k, v) -> {
                if (v != null) {
                    values.put(k, String.valueOf(v));
                }
            });
        }
        String text;
        try {
            text = p.render(values);
        } catch (SopException e) {
            throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
                    .message(e.getMessage() + (e.hint() == null ? "" : " " + e.hint())).build();
        }
        return new McpSchema.GetPromptResult(p.description(),
                List.of(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(text))));
    }
}
