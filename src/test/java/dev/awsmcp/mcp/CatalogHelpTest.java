package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.model.ServiceCatalog;
import org.junit.jupiter.api.Test;

class CatalogHelpTest {
    private final CatalogHelp help = new CatalogHelp(ServiceCatalog.bundled());

    @Test
    void listsEveryService() {
        CliHelp.Page page = help.services();
        assertThat(page.structured().path("services").size()).isGreaterThan(400);
        assertThat(page.text()).contains("s3api: Amazon Simple Storage Service");
    }

    @Test
    void listsAServicesOperationsWithSummaries() {
        CliHelp.Page page = help.service("sqs");
        assertThat(page.structured().path("kind").asText()).isEqualTo("service");
        assertThat(page.text()).contains("  send-message: ");
    }

    @Test
    void describesParametersWithTypesShorthandAndRequiredFlags() {
        CliHelp.Page page = help.operation("ec2", "describe-instances");
        String params = page.structured().path("parameters").toString();
        assertThat(params).contains("\"name\":\"--filters\",\"type\":\"list\"");
        assertThat(params).contains("Name=string,Values=string,string");
        assertThat(page.text()).contains("--dry-run | --no-dry-run (boolean)");
        assertThat(page.structured().path("paginated").asBoolean()).isTrue();
        CliHelp.Page put = help.operation("sqs", "send-message");
        assertThat(put.structured().path("synopsis").asText()).startsWith("aws sqs send-message --queue-url <value> --message-body <value>");
        assertThat(put.structured().path("parameters").get(0).path("required").asBoolean()).isTrue();
    }

    @Test
    void turnsModelExamplesIntoCommands() {
        CliHelp.Page page = help.operation("ec2", "allocate-address");
        assertThat(page.structured().path("examples").get(0).path("command").asText()).isEqualTo("aws ec2 allocate-address --domain vpc");
    }

    @Test
    void namesCloseMatchesForAnUnknownOperation() {
        CliHelp.Page page = help.operation("ec2", "describe-instance");
        assertThat(page.structured().path("kind").asText()).isEqualTo("error");
        assertThat(page.structured().path("error").path("hint").asText()).contains("describe-instances");
    }

    @Test
    void namesCloseMatchesForAnUnknownService() {
        assertThat(help.service("s3apii").structured().path("error").path("hint").asText()).contains("s3api");
    }
}
