package dev.awsmcp.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.model.ServiceCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an answer carries: command, description, required parameters, template, example and access. */
class SuggestionContentTest {
    private static final Suggester SUGGESTER = Suggester.bundled();

    private static Suggestion find(String task, String command) {
        return SUGGESTER.suggest(task, 10).stream().filter(s -> s.command().equals(command)).findFirst()
                .orElseThrow(() -> new AssertionError(command + " not suggested for: " + task));
    }

    @Test
    void requiredParametersBecomeATemplateWithTypes() {
        Suggestion s = find("delete a lambda function", "aws lambda delete-function");
        assertThat(s.requiredParameters()).contains(new RequiredParameter("--function-name", "string"));
        assertThat(s.template()).isEqualTo("aws lambda delete-function --function-name <string>");
        assertThat(s.description()).isNotBlank();
        assertThat(s.kind()).isEqualTo(EntryKind.OPERATION);
    }

    @Test
    void listTypesShowTheirMemberType() {
        Suggestion s = find("terminate ec2 instances", "aws ec2 terminate-instances");
        assertThat(s.requiredParameters()).contains(new RequiredParameter("--instance-ids", "list<string>"));
        assertThat(s.template()).contains("--instance-ids <list>");
    }

    @Test
    void readOperationsAreMarkedReadByTheClassifier() {
        Access a = find("describe my ec2 instances", "aws ec2 describe-instances").access();
        assertThat(a.callClass()).isEqualTo("read");
        assertThat(a.readOnly()).isTrue();
        assertThat(a.basis()).startsWith("classifier:");
    }

    @Test
    void writeOperationsAreMarkedWrite() {
        Access a = find("delete a lambda function", "aws lambda delete-function").access();
        assertThat(a.callClass()).isEqualTo("write");
        assertThat(a.level()).isEqualTo("Write");
    }

    @Test
    void highLevelCommandsTakeTheRiskiestCallTheyMake() {
        assertThat(find("copy a local file to an s3 bucket", "aws s3 cp").access().callClass()).isEqualTo("write");
        assertThat(find("list my s3 buckets", "aws s3 ls").access().callClass()).isEqualTo("read");
    }

    @Test
    void waitersAreReadAndNamedAsTheCliWritesThem() {
        Suggestion s = find("wait until an ec2 instance is running", "aws ec2 wait instance-running");
        assertThat(s.kind()).isEqualTo(EntryKind.WAITER);
        assertThat(s.access().callClass()).isEqualTo("read");
        assertThat(s.template()).startsWith("aws ec2 wait instance-running");
    }

    @Test
    void examplesFromTheModelParseToTheSuggestedOperation() {
        CommandParser parser = new CommandParser(ServiceCatalog.bundled(), path -> {
            throw new java.io.IOException("no files in tests");
        });
        List<Suggestion> withExamples = new ArrayList<>();
        for (String task : List.of("describe ec2 instances", "put an item into a dynamodb table",
                "create an iam user", "list sqs queues", "get a secret value from secrets manager",
                "create an s3 bucket", "publish a message to an sns topic", "invoke a lambda function")) {
            SUGGESTER.suggest(task, 10).stream().filter(s -> s.example() != null).forEach(withExamples::add);
        }
        assertThat(withExamples).hasSizeGreaterThan(3);
        for (Suggestion s : withExamples) {
            ParsedCommand parsed = parser.parse(s.example());
            assertThat(parsed).as(s.example()).isInstanceOf(BoundCall.class);
            assertThat("aws " + ((BoundCall) parsed).service().cliName() + " "
                    + ((BoundCall) parsed).operation().cliName()).isEqualTo(s.command());
            assertThat(s.usage()).isEqualTo(s.example());
        }
    }

    @Test
    void ranksStartAtOneAndScoresDescend() {
        List<Suggestion> list = SUGGESTER.suggest("list s3 buckets", 5);
        assertThat(list).extracting(Suggestion::rank).containsExactly(1, 2, 3, 4, 5);
        for (int i = 1; i < list.size(); i++) {
            assertThat(list.get(i).score()).isLessThanOrEqualTo(list.get(i - 1).score());
        }
    }

    @Test
    void indexCoversEveryOperationTheCliOffers() {
        assertThat(SUGGESTER.size()).isGreaterThan(ServiceCatalog.bundled().operationCount());
    }

    @Test
    void everyIndexedCommandCanBeVisitedWithItsDescription() {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        java.util.Set<String> commands = new java.util.HashSet<>();
        SUGGESTER.forEachCommand((command, description) -> {
            count.incrementAndGet();
            commands.add(command);
            assertThat(description).as(command).isNotBlank();
        });
        assertThat(count.get()).isEqualTo(SUGGESTER.size());
        assertThat(commands).contains("aws s3 cp", "aws ec2 wait instance-running", "aws sts get-caller-identity")
                .hasSize(SUGGESTER.size());
    }

    @Test
    void blankTaskIsRefusedWithAHint() {
        assertThatThrownBy(() -> SUGGESTER.suggest("  ")).isInstanceOf(SuggestException.class)
                .satisfies(e -> {
                    SuggestException s = (SuggestException) e;
                    assertThat(s.code()).isEqualTo("EmptyTask");
                    assertThat(s.hint()).isNotBlank();
                    assertThat(s.exitCode()).isEqualTo(252);
                });
    }

    @Test
    void limitOutOfRangeIsRefused() {
        assertThatThrownBy(() -> SUGGESTER.suggest("list buckets", 0)).isInstanceOf(SuggestException.class)
                .hasMessageContaining("between 1 and");
    }
}
