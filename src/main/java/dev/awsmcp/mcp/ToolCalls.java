package dev.awsmcp.mcp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.error.AwsMcpException;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the knowledge, region and SOP tools share: reading typed arguments, and turning an answer or an
 * {@link AwsMcpException} into a tool result ({@code structuredContent} + text; errors carry message and hint,
 * never a stack trace).
 */
final class ToolCalls {
    /** Null members are left out, so optional fields match the output schemas. */
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ToolCalls() {}

    /** Runs a tool body; a domain error becomes a tool error result. */
    static McpSchema.CallToolResult run(Supplier<McpSchema.CallToolResult> body) {
        try {
            return body.get();
        } catch (AwsMcpException e) {
            return error(e.code(), e.getMessage(), e.hint());
        } catch (IllegalArgumentException e) {
            // library argument checks (e.g. the SOP directory) speak in one sentence too
            return error("InvalidArgument", e.getMessage(), null);
        }
    }

    /** A successful result: {@code value} as structured content, {@code text} for the model. */
    @SuppressWarnings("unchecked")
    static McpSchema.CallToolResult ok(Object value, String text) {
        return McpSchema.CallToolResult.builder()
                .structuredContent(JSON.convertValue(value, Map.class))
                .addTextContent(text)
                .isError(false)
                .build();
    }

    /** An error result: {@code {"error": {code, message, hint}}} and the same as text. */
    static McpSchema.CallToolResult error(String code, String message, String hint) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        if (hint != null) {
            error.put("hint", hint);
        }
        return McpSchema.CallToolResult.builder()
                .structuredContent(Map.of("error", error))
                .addTextContent("Error [" + code + "]: " + message + (hint == null ? "" : "\nHint: " + hint))
                .isError(true)
                .build();
    }

    /** The arguments of a request, never null. */
    static Map<String, Object> args(McpSchema.CallToolRequest request) {
        return request.arguments() == null ? Map.of() : request.arguments();
    }

    /** An optional string argument (blank counts as absent). */
    static String string(Map<String, Object> args, String name) {
        Object v = args.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw new ToolArgumentException(name + " must be a string.", "Pass e.g. {\"" + name + "\": \"...\"}.");
        }
        return s.isBlank() ? null : s.strip();
    }

    /** A required string argument. */
    static String requiredString(Map<String, Object> args, String name, String example) {
        String s = string(args, name);
        if (s == null) {
            throw new ToolArgumentException(name + " is required.", "Pass e.g. {\"" + name + "\": \"" + example + "\"}.");
        }
        return s;
    }

    /** An optional integer argument; whole-number strings are accepted. */
    static int integer(Map<String, Object> args, String name, int fallback) {
        Object v = args.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        if (v instanceof String s && s.strip().matches("-?\\d{1,9}")) {
            return Integer.parseInt(s.strip());
        }
        throw new ToolArgumentException(name + " must be a whole number, was " + v + ".",
                "Pass e.g. {\"" + name + "\": " + fallback + "}.");
    }

    /** An optional boolean argument; "true"/"false" strings are accepted. */
    static boolean bool(Map<String, Object> args, String name) {
        Object v = args.get(name);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw new ToolArgumentException(name + " must be true or false, was " + v + ".",
                "Pass e.g. {\"" + name + "\": true}.");
    }

    /** An optional list of strings; a single string (comma-separated allowed) is taken as a list. */
    static List<String> strings(Map<String, Object> args, String name) {
        Object v = args.get(name);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v instanceof String s) {
            for (String part : s.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof String s)) {
                    throw new ToolArgumentException(name + " must be a list of strings.",
                            "Pass e.g. {\"" + name + "\": [\"...\"]}.");
                }
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }
        throw new ToolArgumentException(name + " must be a list of strings.", "Pass e.g. {\"" + name + "\": [\"...\"]}.");
    }

    /** Builds a tool's description record with read-only annotations. */
    static McpSchema.Tool tool(ToolSchemas schemas, String name, String title, String description, boolean openWorld) {
        return McpSchema.Tool.builder()
                .name(name)
                .title(title)
                .description(description)
                .inputSchema(schemas.input(name))
                .outputSchema(schemas.output(name))
                .annotations(McpSchema.ToolAnnotations.builder().title(title).readOnlyHint(true)
                        .destructiveHint(false).idempotentHint(true).openWorldHint(openWorld).build())
                .build();
    }
}
