package dev.awsmcp.auditmode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Validates a SARIF file against the OASIS SARIF 2.1.0 JSON schema. The schema comes from the npm package
 * {@code @microsoft/jest-sarif} ({@code lib/schemas/sarif-2.1.0-rtm.5.json}), which {@code .ci/run} unpacks to
 * {@code target/sarif-schema/sarif-2.1.0.json}; without it the check is skipped, except under CI.
 */
final class SarifSchema {
    static final Path SCHEMA = Path.of("target/sarif-schema/sarif-2.1.0.json");

    private SarifSchema() {}

    static void assertValid(Path sarif) throws Exception {
        if (!Files.exists(SCHEMA)) {
            String why = "needs the SARIF 2.1.0 schema at " + SCHEMA + " (see .ci/run)";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode schemaNode = json.readTree(SCHEMA.toFile());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaNode);
        List<Error> errors = schema.validate(json.readTree(sarif.toFile()));
        assertThat(errors).as("SARIF schema violations").isEmpty();
    }
}
