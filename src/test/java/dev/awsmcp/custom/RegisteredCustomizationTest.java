package dev.awsmcp.custom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.command.help.ModelHelp;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The recipe of docs/architecture.md: one class plus one registration, and the parser, help, classifier and
 * engine all know the command.
 */
class RegisteredCustomizationTest {
    /** A read customization that sends nothing: it plans a List call and prints a fixed line. */
    static final class Greeting implements Customization {
        @Override
        public String group() {
            return "sqs";
        }

        @Override
        public Map<String, String> commands() {
            return Map.of("say-hello", "Prints a greeting.");
        }

        @Override
        public void plan(Invocation invocation, CustomPlan plan) {
            plan.api("sqs", "ListQueues");
        }

        @Override
        public CustomResult run(HighLevelCommand command, CustomCalls calls) {
            return CustomResult.text("hello " + calls.region(command.options()) + "\n");
        }
    }

    /** A customization that plans a write. */
    static final class Purge implements Customization {
        @Override
        public String group() {
            return "sqs";
        }

        @Override
        public Map<String, String> commands() {
            return Map.of("purge-everything", "Deletes every queue.");
        }

        @Override
        public void plan(Invocation invocation, CustomPlan plan) {
            plan.api("sqs", "ListQueues").api("sqs", "DeleteQueue");
        }

        @Override
        public CustomResult run(HighLevelCommand command, CustomCalls calls) {
            throw new AssertionError("a denied customization must not run");
        }
    }

    private static final CustomizationRegistry REGISTRY = CustomizationRegistry.bundled().with(new Greeting())
            .with(new Purge());

    private static AwsMcp facade(boolean readOnly) {
        return AwsMcp.builder().region("eu-west-1").customizations(REGISTRY).readOnly(readOnly)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "s")))
                .build();
    }

    @Test
    void runsARegisteredReadCustomizationInReadOnlyMode() {
        try (AwsMcp aws = facade(true)) {
            CommandResult r = aws.execute("aws sqs say-hello");
            assertThat(r.ok()).as(String.valueOf(r.error())).isTrue();
            assertThat(r.text()).isEqualTo("hello eu-west-1\n");
            assertThat(r.json().asText()).isEqualTo("hello eu-west-1");
            assertThat(r.operation()).isEqualTo("say-hello");
        }
    }

    @Test
    void deniesARegisteredCustomizationThatPlansAWriteInReadOnlyMode() {
        try (AwsMcp aws = facade(true)) {
            CommandResult r = aws.execute("aws sqs purge-everything");
            assertThat(r.exitCode()).isEqualTo(255);
            assertThat(r.error().code()).isEqualTo("DeniedByPolicy");
            assertThat(r.error().message()).contains("DeleteQueue");
        }
    }

    @Test
    void theClassifierPlansTheCustomizationByItsOwnPlan() {
        CommandParser parser = new CommandParser(ServiceCatalog.bundled(), FileReader.denyAll(),
                REGISTRY.commandNames());
        PolicyEngine policy = PolicyEngine.of(PolicySettings.defaults().withReadOnly(true)).withCustomizations(REGISTRY);
        var plan = policy.plan(parser.parse("aws sqs purge-everything"));
        assertThat(plan.calls()).extracting(c -> c.operation().name())
                .containsExactly("ListQueues", "DeleteQueue");
    }

    @Test
    void helpListsTheRegisteredCommandBesideTheServiceOperations() {
        var help = new ModelHelp(ServiceCatalog.bundled(), REGISTRY.commandNames()).service("sqs");
        assertThat(help.operations()).anySatisfy(op -> {
            assertThat(op.name()).isEqualTo("say-hello");
            assertThat(op.summary()).isEqualTo("[AWS CLI customization] Prints a greeting.");
        });
    }

    @Test
    void withoutTheRegistrationTheCommandIsAnUnknownOperation() {
        try (AwsMcp aws = AwsMcp.builder().region("eu-west-1").build()) {
            CommandResult r = aws.execute("aws sqs say-hello");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.error().code()).isEqualTo("UnknownOperation");
        }
    }

    @Test
    void registeringTheSameCommandTwiceIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> REGISTRY.with(new Greeting()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aws sqs say-hello");
    }
}
