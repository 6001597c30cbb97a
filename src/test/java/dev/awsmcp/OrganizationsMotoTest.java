package dev.awsmcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.audit.AuditTrail;
import dev.awsmcp.batch.AccountRegions;
import dev.awsmcp.batch.FanOut;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.engine.AuditTrailSink;
import dev.awsmcp.output.CliOutput;
import dev.awsmcp.regions.RegionCatalog;
import dev.awsmcp.testing.MotoServer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accounts and roles against a real AWS emulator (needs moto: {@code python3 -m moto.server}): an Organization with
 * two member accounts, {@code --role-arn} per command, and {@code --accounts '*'} fan-out merged into one answer.
 */
class OrganizationsMotoTest {
    private static MotoServer moto;
    private static String alpha;
    private static String beta;
    private static final String MANAGEMENT = "123456789012";
    private static final List<String> AUDIT = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void organization() throws Exception {
        moto = MotoServer.start();
        try (AwsMcp aws = facade(false)) {
            assertThat(aws.execute("aws organizations create-organization --feature-set ALL").ok()).isTrue();
            alpha = aws.execute("aws organizations create-account --email a@example.com --account-name alpha")
                    .json().path("CreateAccountStatus").path("AccountId").asText();
            beta = aws.execute("aws organizations create-account --email b@example.com --account-name beta")
                    .json().path("CreateAccountStatus").path("AccountId").asText();
        }
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    private static AwsMcp facade(boolean readOnly) {
        AwsMcpBuilder b = FacadeHarness.realPipeline("testing", "testing").region("us-east-1").readOnly(readOnly)
                .auditSink(new AuditTrailSink(AuditTrail.builder().sink((r, line) -> AUDIT.add(line)).build()));
        b.environment = TestEnvironment.of(Map.of("AWS_ENDPOINT_URL", moto.endpoint()), "");
        return b.build();
    }

    private static FanOut fanOut(AwsMcp aws) {
        return new FanOut(aws, new AccountRegions(aws, RegionCatalog::bundled, "us-east-1"), List::of,
                CliOutput.create(), FanOut.Limits.DEFAULTS);
    }

    private static String role(String account) {
        return "arn:aws:iam::" + account + ":role/OrganizationAccountAccessRole";
    }

    @Test
    void getCallerIdentityWithRoleArnAnswersWithTheMembersAssumedRole() {
        try (AwsMcp aws = facade(true)) {
            CommandResult r = aws.execute("aws sts get-caller-identity --role-arn " + role(alpha)
                    + " --role-session-name ops-review");
            assertThat(r.ok()).as(String.valueOf(r.error())).isTrue();
            assertThat(r.json().path("Account").asText()).isEqualTo(alpha);
            assertThat(r.json().path("Arn").asText())
                    .isEqualTo("arn:aws:sts::" + alpha + ":assumed-role/OrganizationAccountAccessRole/ops-review");
        }
        assertThat(AUDIT).anySatisfy(line -> assertThat(line).contains("\"roleArn\":\"" + role(alpha) + "\"",
                "\"roleSessionName\":\"ops-review\"", "\"targetAccount\":\"" + alpha + "\""));
    }

    @Test
    void everyAccountAndEveryRegionIsOneMergedAnswerWithTheRightAccountIds() {
        try (AwsMcp aws = facade(true)) {
            FanOut.Outcome o = fanOut(aws).run("aws ec2 describe-vpcs --accounts '*' --region '*'",
                    ExecutionContext.defaults());
            assertThat(o.merged().ok()).as(String.valueOf(o.merged().error())).isTrue();
            Set<String> pairs = new HashSet<>();
            Set<String> regions = new HashSet<>();
            for (JsonNode vpc : o.merged().json().path("Vpcs")) {
                // moto gives each account and region its own default VPC
                pairs.add(vpc.path("Account").asText() + " " + vpc.path("Region").asText());
                regions.add(vpc.path("Region").asText());
                assertThat(vpc.path("OwnerId").asText()).isEqualTo(vpc.path("Account").asText());
            }
            assertThat(regions).contains("us-east-1", "eu-west-1").hasSizeGreaterThan(10);
            assertThat(pairs).hasSize(3 * regions.size());
            assertThat(o.targets()).hasSize(3 * regions.size()).allMatch(t -> t.result().ok());
            assertThat(o.merged().json().has("FanOutErrors")).isFalse();
        }
    }

    @Test
    void queryAndTableApplyToTheMergedAnswer() {
        try (AwsMcp aws = facade(true)) {
            CommandResult r = fanOut(aws).run("aws ec2 describe-vpcs --accounts '*' --region eu-west-1"
                    + " --query 'Vpcs[].[AccountName,Account,Region]' --output table", ExecutionContext.defaults())
                    .merged();
            assertThat(r.ok()).isTrue();
            assertThat(r.text()).contains("DescribeVpcs").contains("alpha").contains(alpha).contains("beta")
                    .contains(beta).contains(MANAGEMENT).contains("eu-west-1");
        }
    }

    @Test
    void readOnlyModeDeniesAWriteInEveryTargetAndSendsNothing() {
        try (AwsMcp aws = facade(true)) {
            CommandResult r = fanOut(aws).run("aws sqs create-queue --queue-name intruder --accounts '*'"
                    + " --region us-east-1", ExecutionContext.defaults()).merged();
            assertThat(r.exitCode()).isEqualTo(255);
            assertThat(r.error().code()).isEqualTo("DeniedByPolicy");
            assertThat(r.json().path("FanOutErrors")).hasSize(3)
                    .allSatisfy(e -> assertThat(e.path("Code").asText()).isEqualTo("DeniedByPolicy"));
        }
        try (AwsMcp aws = facade(false)) {
            for (String account : List.of(MANAGEMENT, alpha, beta)) {
                String roleOption = account.equals(MANAGEMENT) ? "" : " --role-arn " + role(account);
                CommandResult queues = aws.execute("aws sqs list-queues --region us-east-1" + roleOption);
                assertThat(queues.ok()).isTrue();
                assertThat(queues.text()).doesNotContain("intruder");
            }
        }
    }
}
