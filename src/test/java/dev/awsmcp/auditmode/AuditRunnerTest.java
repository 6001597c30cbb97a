package dev.awsmcp.auditmode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ErrorInfo;
import dev.awsmcp.ExecutionContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The runner over a scripted facade: the answers moto cannot give, the second read-only gate, skipped regions. */
class AuditRunnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Answers by the command's first words; records every command it is sent. */
    static final class Scripted implements AwsMcp {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final Function<String, CommandResult> answer;

        Scripted(Function<String, CommandResult> answer) {
            this.answer = answer;
        }

        @Override
        public CommandResult execute(String command, ExecutionContext context) {
            sent.add(command);
            return answer.apply(command);
        }

        @Override
        public void close() {
        }
    }

    static CommandResult ok(String command, String json) {
        try {
            return new CommandResult(command, "x", "y", 0, JSON.readTree(json), json, null, null, List.of(), 200,
                    Duration.ZERO);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static CommandResult failed(String command, String code) {
        return new CommandResult(command, "x", "y", 254, null, "", new ErrorInfo(code, code + ".", null), null,
                List.of(), 400, Duration.ZERO);
    }

    private static final List<AuditRunner.Target> TWO_REGIONS = List.of(
            new AuditRunner.Target("111122223333", null, "eu-west-1", null, null),
            new AuditRunner.Target("111122223333", null, "ap-east-1", null, null));

    private static AuditResult run(AwsMcp aws, List<Check> checks, List<AuditRunner.Target> targets) {
        return new AuditRunner(aws, AuditRunner.Limits.DEFAULTS, Clock.systemUTC()).run(checks, targets,
                ExecutionContext.defaults());
    }

    private static Check bundled(String id) {
        return new CheckLoader().bundled("security").stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void accessAnalyzerActiveInOneRegionPassesThereAndFailsWhereThereIsNone() {
        Scripted aws = new Scripted(c -> c.contains("eu-west-1")
                ? ok(c, "{\"analyzers\":[{\"name\":\"a\",\"status\":\"ACTIVE\"}]}")
                : ok(c, "{\"analyzers\":[]}"));
        AuditResult r = run(aws, List.of(bundled("iam-access-analyzer-enabled")), TWO_REGIONS);
        assertThat(r.findings()).extracting(f -> f.region() + "=" + f.status())
                .containsExactlyInAnyOrder("eu-west-1=PASS", "ap-east-1=FAIL");
    }

    @Test
    void aDisabledRegionIsSkippedWithANoteAndAnotherErrorIsErrorNeverPass() {
        Scripted aws = new Scripted(c -> c.contains("ap-east-1") ? failed(c, "OptInRequired")
                : failed(c, "AccessDeniedException"));
        AuditResult r = run(aws, List.of(bundled("guardduty-enabled")), TWO_REGIONS);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.region()).isEqualTo("eu-west-1");
            assertThat(f.status()).isEqualTo(FindingStatus.ERROR);
            assertThat(f.evidence().message()).contains("AccessDeniedException");
        });
        assertThat(r.notes()).singleElement().asString().contains("ap-east-1").contains("OptInRequired");
    }

    @Test
    void aCheckBuiltAroundTheLoaderStillCannotWrite() {
        Check sneaky = new Check("sneaky", "t", Severity.LOW, "s3", "x", true,
                "aws s3api delete-bucket --bucket victim", null, null, null, List.of(), null, "list", null, Map.of(),
                Map.of(), null, null, null, null, List.of(), "code:1");
        Scripted aws = new Scripted(c -> ok(c, "{}"));
        AuditResult r = run(aws, List.of(sneaky), TWO_REGIONS.subList(0, 1));
        assertThat(aws.sent).as("nothing reaches the facade").isEmpty();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FindingStatus.ERROR);
            assertThat(f.evidence().message()).contains("read-only");
        });
    }

    @Test
    void globalChecksRunOncePerAccountAndSharedCommandsAreSentOnce() {
        Scripted aws = new Scripted(c -> c.startsWith("aws iam get-account-summary")
                ? ok(c, "{\"SummaryMap\":{\"AccountMFAEnabled\":1,\"AccountAccessKeysPresent\":1}}") : ok(c, "{}"));
        AuditResult r = run(aws, List.of(bundled("iam-root-mfa"), bundled("iam-root-access-keys")), TWO_REGIONS);
        assertThat(aws.sent).hasSize(1);
        assertThat(r.findings()).extracting(f -> f.check().id() + "=" + f.status() + "@" + f.region())
                .containsExactlyInAnyOrder("iam-root-mfa=PASS@global", "iam-root-access-keys=FAIL@global");
    }

    @Test
    void cancellationStopsCommandsFromBeingSent() {
        Scripted aws = new Scripted(c -> ok(c, "{\"analyzers\":[]}"));
        AuditResult r = new AuditRunner(aws, AuditRunner.Limits.DEFAULTS, Clock.systemUTC()).run(
                List.of(bundled("iam-access-analyzer-enabled")), TWO_REGIONS,
                new ExecutionContext(null, null, null, null, () -> true, null));
        assertThat(aws.sent).isEmpty();
        assertThat(r.findings()).allMatch(f -> f.status() == FindingStatus.ERROR);
    }

    @Test
    void theTerminalSummaryListsFailuresAndTheInventoryAsATable() {
        Check inventory = new CheckLoader().bundled("inventory").stream()
                .filter(c -> c.id().equals("inventory-vpcs")).findFirst().orElseThrow();
        Scripted aws = new Scripted(c -> c.startsWith("aws ec2 describe-vpcs")
                ? ok(c, "{\"Vpcs\":[{\"VpcId\":\"vpc-1\"},{\"VpcId\":\"vpc-2\"}]}")
                : ok(c, "{\"SummaryMap\":{\"AccountMFAEnabled\":0}}"));
        AuditResult r = run(aws, List.of(inventory, bundled("iam-root-mfa")), TWO_REGIONS.subList(0, 1));
        String text = TerminalSummary.render(r, Severity.LOW, 10);
        assertThat(text).contains("1 FAIL").contains("CRITICAL iam-root-mfa").contains("Inventory:")
                .containsPattern("VPCs\\s+111122223333\\s+eu-west-1\\s+2");
        assertThat(r.failsAtOrAbove(Severity.CRITICAL)).isTrue();
        assertThat(r.failsAtOrAbove(Severity.LOW)).isTrue();
    }

    @Test
    void anAnswerOfAnUnexpectedShapeIsAnErrorOnItsResourceNotADroppedFinding() {
        Scripted aws = new Scripted(c -> c.startsWith("aws iam list-users")
                ? ok(c, "{\"Users\":[{\"UserName\":\"odd\"}]}")
                : ok(c, "{\"AccessKeyMetadata\":\"not a list\"}"));
        AuditResult r = run(aws, List.of(bundled("iam-user-one-active-key")), TWO_REGIONS.subList(0, 1));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.resourceId()).isEqualTo("odd");
            assertThat(f.status()).isEqualTo(FindingStatus.ERROR);
            assertThat(f.evidence().message()).contains("could not be applied");
        });
    }
}
