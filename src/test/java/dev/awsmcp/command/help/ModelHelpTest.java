package dev.awsmcp.command.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsmcp.command.CommandException;
import dev.awsmcp.model.ServiceCatalog;
import org.junit.jupiter.api.Test;

class ModelHelpTest {
    private final ModelHelp help = new ModelHelp(ServiceCatalog.bundled());

    @Test
    void serviceHelpListsOperationsWithSummariesAndCustomizations() {
        ModelHelp.ServiceHelp h = help.service("ec2");
        assertThat(h.operations()).extracting(ModelHelp.OperationSummary::name)
                .contains("describe-instances", "wait", "run-instances")
                .doesNotContain("import-instance");
        assertThat(h.operations()).filteredOn(o -> o.name().equals("describe-instances")).first()
                .extracting(ModelHelp.OperationSummary::summary).asString().startsWith("Describes");
        assertThat(help.service("eks").operations()).extracting(ModelHelp.OperationSummary::name).contains("update-kubeconfig");
    }

    @Test
    void operationHelpHasSynopsisParametersAndShorthand() {
        ModelHelp.OperationHelp h = help.operation("ec2", "create-tags");
        assertThat(h.synopsis()).startsWith("aws ec2 create-tags [--dry-run | --no-dry-run] --resources <value> --tags <value>");
        assertThat(h.parameters()).filteredOn(p -> p.name().equals("--tags")).first().satisfies(p -> {
            assertThat(p.required()).isTrue();
            assertThat(p.type()).isEqualTo("list");
            assertThat(p.shorthand()).isEqualTo("Key=string,Value=string ...");
        });
        assertThat(h.documentation()).doesNotContain("<p>");
        assertThat(ModelHelp.render(h)).contains("PARAMETERS").contains("--dry-run | --no-dry-run");
    }

    @Test
    void operationHelpListsEnumsAndExamples() {
        ModelHelp.OperationHelp h = help.operation("ec2", "describe-instances");
        assertThat(h.paginated()).isTrue();
        assertThat(h.parameters()).extracting(ModelHelp.ParameterHelp::name).contains("--starting-token", "--max-items");
        ModelHelp.OperationHelp dyn = help.operation("dynamodb", "create-table");
        assertThat(dyn.parameters()).filteredOn(p -> p.name().equals("--billing-mode")).first()
                .extracting(ModelHelp.ParameterHelp::enumValues).asList().contains("PAY_PER_REQUEST");
        assertThat(help.operation("autoscaling", "describe-auto-scaling-groups").examples()).isNotEmpty();
    }

    @Test
    void unknownOperationSuggests() {
        assertThatThrownBy(() -> help.operation("ec2", "describe-instance"))
                .isInstanceOf(CommandException.class)
                .satisfies(e -> assertThat(((CommandException) e).hint()).contains("describe-instances"));
    }

    @Test
    void htmlBecomesPlainTextWithParagraphsAndItems() {
        assertThat(HtmlText.toText("<p>One <code>two</code>.</p><ul><li>a</li><li>b</li></ul>"))
                .isEqualTo("One two.\n\n  - a\n  - b");
    }
}
