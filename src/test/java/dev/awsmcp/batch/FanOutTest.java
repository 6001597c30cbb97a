package dev.awsmcp.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ErrorInfo;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.output.CliOutput;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The fan-out's targets, merge rule, failures and limits, over a fake facade that answers per target. */
class FanOutTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MGMT = "111111111111";
    private static final String ALPHA = "222222222222";
    private static final String BETA = "333333333333";

    /** A facade that answers STS, Organizations and describe-vpcs by the command's role and region. */
    static final class FakeAws implements AwsMcp {
        final List<String> commands = new CopyOnWriteArrayList<>();
        Function<String, CommandResult> override = c -> null;
        final AtomicInteger running = new AtomicInteger();
        final Map<String, Integer> maxRunningPerAccount = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> runningPerAccount = new ConcurrentHashMap<>();

        @Override
        public CommandResult execute(String command, ExecutionContext context) {
            commands.add(command);
            CommandResult special = override.apply(command);
            if (special != null) {
                return special;
            }
            if (command.startsWith("aws sts get-caller-identity")) {
                return ok(command, "{\"Account\":\"" + MGMT + "\",\"Arn\":\"arn:aws:iam::" + MGMT + ":user/ops\"}");
            }
            if (command.startsWith("aws organizations list-accounts")) {
                return ok(command, "{\"Accounts\":[{\"Id\":\"" + MGMT + "\",\"Name\":\"mgmt\",\"State\":\"ACTIVE\"},"
                        + "{\"Id\":\"" + ALPHA + "\",\"Name\":\"alpha\",\"State\":\"ACTIVE\"},"
                        + "{\"Id\":\"" + BETA + "\",\"Name\":\"beta\",\"State\":\"ACTIVE\"},"
                        + "{\"Id\":\"444444444444\",\"Name\":\"gone\",\"State\":\"SUSPENDED\"}]}");
            }
            String account = command.contains("--role-arn arn:aws:iam::") ? command.replaceAll(
                    ".*--role-arn arn:aws:iam::(\\d{12}).*", "$1") : MGMT;
            String region = CommandText.optionValue(command, "--region").orElse("us-east-1");
            AtomicInteger n = runningPerAccount.computeIfAbsent(account, k -> new AtomicInteger());
            int now = n.incrementAndGet();
            maxRunningPerAccount.merge(account, now, Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            n.decrementAndGet();
            return ok(command, "{\"Vpcs\":[{\"VpcId\":\"vpc-" + account + "-" + region + "\",\"Tags\":[{\"Key\":\"k\","
                    + "\"Value\":\"v\"}]}],\"NextToken\":\"t\"}");
        }

        @Override
        public void close() {
        }
    }

    static CommandResult ok(String command, String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return new CommandResult(command, "ec2", "describe-vpcs", 0, node, json, null, null, List.of("req"), 200,
                    Duration.ZERO);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static CommandResult failed(String command, int exit, String code, String hint) {
        return new CommandResult(command, "ec2", "describe-vpcs", exit, null, "", new ErrorInfo(code, code + " happened.",
                hint), null, List.of(), 403, Duration.ZERO);
    }

    private final FakeAws aws = new FakeAws();
    private final RegionSource regions = profile -> List.of("eu-west-1", "us-east-1");

    private FanOut fanOut(FanOut.Limits limits) {
        return new FanOut(aws, regions, () -> List.of("dev", "prod"), CliOutput.create(), limits);
    }

    private FanOut.Outcome run(String command) {
        return fanOut(FanOut.Limits.DEFAULTS).run(command, ExecutionContext.defaults());
    }

    @Test
    void everyActiveAccountTimesEveryRegionIsOneMergedAnswerTaggedWithAccountAndRegion() {
        FanOut.Outcome o = run("aws ec2 describe-vpcs --accounts '*' --region '*'");
        assertThat(o.targets()).hasSize(6);
        JsonNode vpcs = o.merged().json().path("Vpcs");
        assertThat(vpcs).hasSize(6);
        assertThat(vpcs.get(0).path("Account").asText()).isEqualTo(MGMT);
        assertThat(vpcs.get(0).path("AccountName").asText()).isEqualTo("mgmt");
        assertThat(vpcs.get(0).path("Region").asText()).isEqualTo("eu-west-1");
        assertThat(vpcs.get(5).path("VpcId").asText()).isEqualTo("vpc-" + BETA + "-us-east-1");
        assertThat(vpcs.get(0).path("Tags").get(0).path("Account").asText()).isEqualTo(MGMT);
        assertThat(o.merged().json().has("NextToken")).isFalse();
        assertThat(o.merged().ok()).isTrue();
    }

    @Test
    void theCallersOwnAccountRunsWithItsOwnCredentialsAndMembersThroughTheirRole() {
        run("aws ec2 describe-vpcs --accounts '*' --region us-east-1 --role-name Audit");
        assertThat(aws.commands).filteredOn(c -> c.startsWith("aws ec2")).containsExactlyInAnyOrder(
                "aws ec2 describe-vpcs --region us-east-1 --output json",
                "aws ec2 describe-vpcs --region us-east-1 --role-arn arn:aws:iam::" + ALPHA + ":role/Audit --output json",
                "aws ec2 describe-vpcs --region us-east-1 --role-arn arn:aws:iam::" + BETA + ":role/Audit --output json");
    }

    @Test
    void queryAndOutputApplyToTheMergedDocument() {
        FanOut.Outcome o = run("aws ec2 describe-vpcs --accounts " + ALPHA + "," + BETA + " --region us-east-1"
                + " --query 'Vpcs[].[Account,VpcId]' --output table");
        assertThat(o.merged().text()).contains("DescribeVpcs").contains(ALPHA).contains("vpc-" + BETA + "-us-east-1");
        assertThat(o.merged().json()).hasSize(2);
    }

    @Test
    void oneFailingTargetIsReportedWithItsHintWhileTheOthersComplete() {
        aws.override = c -> c.contains(BETA) && c.startsWith("aws ec2")
                ? failed(c, 254, "AccessDenied", "Check the role's trust policy.") : null;
        FanOut.Outcome o = run("aws ec2 describe-vpcs --accounts '*' --region us-east-1");
        assertThat(o.merged().ok()).isTrue();
        assertThat(o.merged().json().path("Vpcs")).hasSize(2);
        JsonNode err = o.merged().json().path("FanOutErrors").get(0);
        assertThat(err.path("Account").asText()).isEqualTo(BETA);
        assertThat(err.path("Code").asText()).isEqualTo("AccessDenied");
        assertThat(err.path("Hint").asText()).isEqualTo("Check the role's trust policy.");
    }

    @Test
    void whenEveryTargetFailsTheAnswerIsAnErrorNamingTheFirst() {
        aws.override = c -> c.startsWith("aws ec2") ? failed(c, 254, "AccessDenied", null) : null;
        CommandResult r = run("aws ec2 describe-vpcs --accounts " + ALPHA + " --region us-east-1").merged();
        assertThat(r.exitCode()).isEqualTo(254);
        assertThat(r.error().message()).contains("Every target failed").contains(ALPHA);
    }

    @Test
    void noMergeReturnsThePerTargetList() {
        CommandResult r = run("aws ec2 describe-vpcs --profiles dev,prod --region us-east-1 --no-merge").merged();
        assertThat(r.json()).hasSize(2);
        assertThat(r.json().get(0).path("Profile").asText()).isEqualTo("dev");
        assertThat(r.json().get(0).path("Status").asText()).isEqualTo("OK");
        assertThat(r.json().get(0).path("Output").path("Vpcs")).hasSize(1);
    }

    @Test
    void profilesStarRunsWithEveryCredentialedProfile() {
        run("aws ec2 describe-vpcs --profiles '*'");
        assertThat(aws.commands).containsExactly("aws ec2 describe-vpcs --profile dev --output json",
                "aws ec2 describe-vpcs --profile prod --output json");
    }

    @Test
    void anUnknownProfileIsRefusedBeforeAnythingIsSent() {
        CommandResult r = run("aws ec2 describe-vpcs --profiles dev,staging").merged();
        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().code()).isEqualTo("ProfileNotFound");
        assertThat(r.error().message()).contains("'staging'");
        assertThat(r.error().hint()).contains("dev, prod");
        assertThat(aws.commands).isEmpty();
    }

    @Test
    void organizationsNotInUseIsOneSentenceWithARepairHintAndNothingIsSentToTargets() {
        aws.override = c -> c.startsWith("aws organizations")
                ? failed(c, 254, "AWSOrganizationsNotInUseException", null) : null;
        CommandResult r = run("aws ec2 describe-vpcs --accounts '*'").merged();
        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().hint()).contains("--accounts ID,ID");
        assertThat(aws.commands).noneMatch(c -> c.startsWith("aws ec2"));
    }

    @Test
    void listAccountsDeniedExplainsWhoMayListAccounts() {
        aws.override = c -> c.startsWith("aws organizations") ? failed(c, 254, "AccessDeniedException", null) : null;
        CommandResult r = run("aws ec2 describe-vpcs --accounts '*'").merged();
        assertThat(r.error().hint()).contains("management account or a delegated administrator");
    }

    @Test
    void badFanOutOptionsAreRefusedBeforeAnythingIsSent() {
        assertThat(run("aws ec2 describe-vpcs --accounts 12").merged().error().code()).isEqualTo("InvalidAccountId");
        assertThat(run("aws ec2 describe-vpcs --accounts '*' --role-name arn:aws:iam::1:role/x").merged().error().code())
                .isEqualTo("InvalidRoleName");
        assertThat(run("aws ec2 describe-vpcs --profiles a --accounts '*'").merged().error().code())
                .isEqualTo("ConflictingFanOut");
        assertThat(run("aws ec2 describe-vpcs --profiles a --profile b").merged().error().code())
                .isEqualTo("ConflictingFanOut");
        assertThat(aws.commands).noneMatch(c -> c.startsWith("aws ec2"));
    }

    @Test
    void concurrencyPerAccountIsBounded() {
        RegionSource many = p -> List.of("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10");
        new FanOut(aws, many, List::of, CliOutput.create(), new FanOut.Limits(8, 2))
                .run("aws ec2 describe-vpcs --accounts " + ALPHA + " --region '*'", ExecutionContext.defaults());
        assertThat(aws.maxRunningPerAccount.get(ALPHA)).isLessThanOrEqualTo(2);
        assertThat(aws.commands).filteredOn(c -> c.startsWith("aws ec2")).hasSize(10);
    }

    @Test
    void progressCountsFinishedTargetsAndCancellationStopsTheRest() {
        List<Long> done = new CopyOnWriteArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        aws.override = c -> {
            if (c.startsWith("aws ec2")) {
                sent.incrementAndGet();
            }
            return null;
        };
        ExecutionContext ctx = new ExecutionContext(null, null, null, (d, t, m) -> done.add(d),
                () -> sent.get() >= 1, null);
        RegionSource many = p -> List.of("r1", "r2", "r3", "r4", "r5", "r6");
        FanOut.Outcome o = new FanOut(aws, many, List::of, CliOutput.create(), new FanOut.Limits(1, 1))
                .run("aws ec2 describe-vpcs --accounts " + ALPHA + " --region '*'", ctx);
        assertThat(sent.get()).isEqualTo(1);
        assertThat(o.targets()).filteredOn(t -> t.result().exitCode() == CommandBatch.CANCELLED_EXIT_CODE).hasSize(5);
        assertThat(done).contains(0L, 6L);
    }

    @Test
    void callAwsBatchesMergeAFanOutIntoOneResultBesidePlainCommands() {
        CommandBatch batch = new CommandBatch(aws, regions, dev.awsmcp.model.ServiceCatalog::bundled, 4,
                fanOut(FanOut.Limits.DEFAULTS));
        List<BatchResult> results = batch.run(List.of("aws ec2 describe-vpcs --accounts '*' --region us-east-1",
                "aws ec2 describe-vpcs --region eu-west-1"), null, ExecutionContext.defaults());
        assertThat(results).hasSize(2);
        assertThat(results.get(0).result().json().path("Vpcs")).hasSize(3);
        assertThat(results.get(1).result().json().path("Vpcs")).hasSize(1);
    }

    @Test
    void aBatchWithoutFanOutRefusesTheOptionsWithAReason() {
        CommandBatch batch = new CommandBatch(aws, regions, dev.awsmcp.model.ServiceCatalog.bundled(), 4);
        BatchResult r = batch.run(List.of("aws ec2 describe-vpcs --profiles a,b"), null, ExecutionContext.defaults())
                .get(0);
        assertThat(r.result().error().code()).isEqualTo("FanOutUnavailable");
        assertThat(aws.commands).isEmpty();
    }
}
