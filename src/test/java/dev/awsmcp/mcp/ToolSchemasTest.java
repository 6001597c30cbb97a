package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schemas the server skips checking at start-up ({@link LazySchemaValidator}) are checked here. */
class ToolSchemasTest {
    private final JsonSchemaValidator validator = McpJsonDefaults.getSchemaValidator();
    private final ToolSchemas schemas = new ToolSchemas();

    @Test
    void everyToolSchemaIsAValidJsonSchema() {
        for (String tool : List.of(CallAwsTool.NAME, HelpTool.NAME, SuggestTool.NAME, "search_documentation",
                "read_documentation", "recommend", "list_regions", "get_regional_availability", "retrieve_agent_sop",
                "retrieve_skill")) {
            assertThat(validator.validateSchema(schemas.input(tool)).valid()).as(tool + " input").isTrue();
            assertThat(validator.validateSchema(schemas.output(tool)).valid()).as(tool + " output").isTrue();
        }
    }

    @Test
    void theOutputSchemaRejectsAResultWithoutResults() {
        assertThat(validator.validate(schemas.output(CallAwsTool.NAME), Map.of("summary", Map.of())).valid()).isFalse();
        assertThat(validator.validate(schemas.output(CallAwsTool.NAME), Map.of("results", List.of(
                Map.of("command", "aws s3 ls", "status", "ok", "exitCode", 0)))).valid()).isTrue();
    }
}
