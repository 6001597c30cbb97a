package dev.awsmcp.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;

/**
 * The SDK's schema validator (which checks each tool result against the tool's output schema), loaded on the first
 * tool call instead of at server start: it brings ~250 classes that {@code initialize} does not need.
 */
final class LazySchemaValidator implements JsonSchemaValidator {
    private volatile JsonSchemaValidator delegate;

    private JsonSchemaValidator delegate() {
        JsonSchemaValidator d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    delegate = d = McpJsonDefaults.getSchemaValidator();
                }
            }
        }
        return d;
    }

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        return delegate().validate(schema, structuredContent);
    }

    /**
     * Accepts without loading the validator: the SDK checks every tool's schema at start-up, and ours are fixed
     * resources that {@code ToolSchemasTest} checks with the real validator.
     */
    @Override
    public ValidationResponse validateSchema(Map<String, Object> schema) {
        return ValidationResponse.asValid(null);
    }
}
