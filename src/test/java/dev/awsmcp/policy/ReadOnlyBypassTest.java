package dev.awsmcp.policy;

import dev.awsmcp.model.AccessLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.model.ServiceCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attempts to run a mutating (or secret-returning) call in read-only mode. Every one must end in a deny, from the
 * parser (nothing bound) or from the policy (bound, then refused); none may be allowed.
 */
class ReadOnlyBypassTest {
    @TempDir
    static Path work;
    static PolicyEngine engine;
    static CommandParser parser;

    @BeforeAll
    static void setUp() throws Exception {
        ReadOnlyBypassAttempts.writeFiles(work);
        FileGuard guard = FileGuard.of(FileAccessMode.WORKDIR, work, Map.of(), work.toString());
        engine = PolicyEngine.of(PolicySettings.defaults().withReadOnly(true), Classifier.bundled(), guard);
        parser = new CommandParser(ServiceCatalog.bundled(), guard);
    }

    /** The verdict and rule for a command: a parse failure is a deny that sent nothing. */
    static Decision attempt(String command) {
        ParsedCommand parsed;
        try {
            parsed = parser.parse(command);
        } catch (CommandException e) {
            return new Decision(Verdict.DENY, "parse:" + e.code(), e.getMessage(), List.of(), AccessLevel.UNKNOWN,
                    Source.UNKNOWN, CallClass.UNKNOWN, List.of());
        }
        return engine.decide(parsed, DecisionContext.unknown());
    }

    static Stream<String> attempts() {
        return ReadOnlyBypassAttempts.all().stream();
    }

    @ParameterizedTest
    @MethodSource("attempts")
    void readOnlyRefuses(String command) {
        Decision d = attempt(command);
        assertThat(d.verdict()).as(command + " → " + d.ruleId() + ": " + d.reason()).isEqualTo(Verdict.DENY);
    }

    @Test
    void suiteIsLargeEnough() {
        assertThat(attempts().count()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void readsStillRun() {
        for (String ok : List.of("aws ec2 describe-instances --region eu-west-1",
                "aws s3api list-objects-v2 --bucket b --query 'Contents[?Size>`0`].Key'",
                "aws s3 ls s3://b/prefix/ --recursive", "aws ec2 wait instance-running --instance-ids i-1",
                "aws ssm get-parameter --name /app/flag", "aws iam list-users --endpoint-url http://localhost:4566",
                "aws ec2 describe-instances --cli-input-json file://terminate.json",
                "aws ec2 describe-instances \\\n  --region eu-west-1", "aws configure list")) {
            Decision d = attempt(ok);
            assertThat(d.verdict()).as(ok + " → " + d.ruleId() + ": " + d.reason()).isEqualTo(Verdict.ALLOW);
        }
    }

    @Test
    void batchOfCommandsIsDecidedEntryByEntry() {
        List<String> batch = List.of("aws ec2 describe-instances", "aws ec2 terminate-instances --instance-ids i-1",
                "aws s3api list-buckets", "aws s3 rm s3://b/k");
        List<Verdict> verdicts = new ArrayList<>();
        batch.forEach(c -> verdicts.add(attempt(c).verdict()));
        assertThat(verdicts).containsExactly(Verdict.ALLOW, Verdict.DENY, Verdict.ALLOW, Verdict.DENY);
    }

    @Test
    void denialsNameTheRuleThatDecided() {
        assertThat(attempt("aws ec2 terminate-instances --dry-run --instance-ids i-1").ruleId()).isEqualTo("mode:read-only");
        assertThat(attempt("aws s3api list-buckets --endpoint-url https://evil.example.com").ruleId()).isEqualTo("option:endpoint-url");
        assertThat(attempt("aws secretsmanager get-secret-value --secret-id x").reason()).contains("sensitive-read");
        assertThat(attempt("aws ec2 describe-instances \uff0d\uff0dendpoint-url https://evil.example.com").ruleId())
                .matches(r -> r.startsWith("screen:") || r.startsWith("parse:"));
    }
}
