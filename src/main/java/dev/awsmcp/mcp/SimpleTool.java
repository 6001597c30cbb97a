package dev.awsmcp.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.error.AwsMcpException;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A read-only tool over a plain Java API: arguments in, a structured answer and its text out; an
 * {@link AwsMcpException} becomes an error result with the code, sentence and hint.
 */
final class SimpleTool {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * An answer.
     *
     * @param structured any Jackson-serialisable value that serialises to a JSON object (records included)
     * @param text       the text form for the model
     */
    record Answer(Object structured, String text) {}

    private SimpleTool() {}

    /**
     * @param schemas     where the input and output schemas are
     * @param name        the tool name (also the schema resource prefix)
     * @param title       a short title
     * @param description what it does, for the model
     * @param openWorld   whether it reaches outside the server (network)
     * @param handler     arguments to answer
     * @return the tool
     */
    @SuppressWarnings("unchecked")
    static McpServerFeatures.SyncToolSpecification of(ToolSchemas schemas, String name, String title, String description,
                                                      boolean openWorld, Function<Args, Answer> handler) {
        McpSchema.Tool tool = McpSchema.Tool.builder()
                .name(name)
                .title(title)
                .description(description)
                .inputSchema(schemas.input(name))
                .outputSchema(schemas.output(name))
                .annotations(McpSchema.ToolAnnotations.builder().title(title).readOnlyHint(true).destructiveHint(false)
                        .idempotentHint(true).openWorldHint(openWorld).build())
                .build();
        return McpServerFeatures.SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> {
            try {
                Answer a = handler.apply(new Args(request.arguments() == null ? Map.of() : request.arguments()));
                return McpSchema.CallToolResult.builder()
                        .structuredContent(JSON.convertValue(a.structured(), Map.class))
                        .addTextContent(a.text())
                        .build();
            } catch (AwsMcpException e) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("code", e.code());
                error.put("message", e.getMessage());
                if (e.hint() != null) {
                    error.put("hint", e.hint());
                }
                return McpSchema.CallToolResult.builder()
                        .structuredContent(Map.of("error", error))
                        .addTextContent("Error [" + e.code() + "]: " + e.getMessage() + (e.hint() == null ? "" : "\nHint: " + e.hint()))
                        .isError(true)
                        .build();
            }
        }).build();
    }

    /** Typed access to tool arguments; wrong types read as absent (the tools then answer with a hint). */
    record Args(Map<String, Object> values) {
        String text(String name) {
            return values.get(name) instanceof String s && !s.isBlank() ? s.strip() : null;
        }

        int integer(String name, int def) {
            return values.get(name) instanceof Number n ? n.intValue() : def;
        }

        boolean bool(String name, boolean def) {
            return values.get(name) instanceof Boolean b ? b : def;
        }

        List<String> strings(String name) {
            Object v = values.get(name);
            if (v instanceof String s) {
                return List.of(s);
            }
            if (v instanceof List<?> list) {
                return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
            }
            return List.of();
        }
    }
}
