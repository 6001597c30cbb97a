package dev.awsmcp.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;

/**
 * The SDK's schema validator, which checks each tool result against the tool's output schema, switched off in
 * production and on under test.
 *
 * <p>Checking our own results on every call cost about a sixth of a served call's CPU: the SDK's validator writes the
 * schema out as a string to find its compiled form, then walks the whole result. The results are ours, built from
 * records the schemas describe; the test suite runs with {@value #CHECK_PROPERTY}{@code =true} (set in the pom), so
 * every test that goes through a server checks every result, and clients check them again. When on, the validator
 * is loaded on the first tool call, not at server start: it brings ~250 classes {@code initialize} does not need.
 */
final class LazySchemaValidator implements JsonSchemaValidator {
    /** The system property that turns the per-call check on. */
    static final String CHECK_PROPERTY = "aws-mcp.check-tool-output";

    private final boolean check = Boolean.getBoolean(CHECK_PROPERTY);
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
        return check ? delegate().validate(schema, structuredContent) : ValidationResponse.asValid(null);
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
