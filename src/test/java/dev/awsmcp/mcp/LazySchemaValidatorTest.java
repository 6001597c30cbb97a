package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LazySchemaValidatorTest {
    private static final Map<String, Object> SCHEMA = Map.of("type", "object",
            "properties", Map.of("results", Map.of("type", "array")), "required", List.of("results"));

    @Test
    void theTestSuiteChecksEveryToolResult() {
        // the pom turns the check on for tests, so that every server a test drives checks its results
        assertThat(Boolean.getBoolean(LazySchemaValidator.CHECK_PROPERTY)).isTrue();
        LazySchemaValidator validator = new LazySchemaValidator();
        assertThat(validator.validate(SCHEMA, Map.of("results", List.of())).valid()).isTrue();
        assertThat(validator.validate(SCHEMA, Map.of("summary", "no results")).valid()).isFalse();
    }

    @Test
    void productionTrustsItsOwnResults() {
        String before = System.getProperty(LazySchemaValidator.CHECK_PROPERTY);
        System.clearProperty(LazySchemaValidator.CHECK_PROPERTY);
        try {
            assertThat(new LazySchemaValidator().validate(SCHEMA, Map.of("summary", "no results")).valid()).isTrue();
        } finally {
            if (before != null) {
                System.setProperty(LazySchemaValidator.CHECK_PROPERTY, before);
            }
        }
    }
}
