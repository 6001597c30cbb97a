package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.awsmcp.audit.AuditTrail;
import dev.awsmcp.command.RoleOptions;
import dev.awsmcp.engine.AuditTrailSink;
import dev.awsmcp.client.testing.TestEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --role-arn} on an ordinary command: the role is assumed with STS from the command's credentials, the call
 * is signed with the session, sessions are cached, bad input sends nothing, read-only mode still runs reads.
 */
class RoleArnWireMockTest {
    private static final String ROLE = "arn:aws:iam::111122223333:role/Auditor";
    private static final String ASSUMED = "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
            + "<AssumeRoleResult><Credentials><AccessKeyId>ASIAROLESESSION</AccessKeyId>"
            + "<SecretAccessKey>role-secret-value</SecretAccessKey><SessionToken>role-session-token</SessionToken>"
            + "<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser>"
            + "<AssumedRoleId>AROA:s</AssumedRoleId><Arn>arn:aws:sts::111122223333:assumed-role/Auditor/s</Arn>"
            + "</AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>sts-1</RequestId>"
            + "</ResponseMetadata></AssumeRoleResponse>";

    private WireMockServer sts;
    private WireMockServer sqs;
    private final List<String> auditLines = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        sts = FacadeHarness.startWireMock();
        sqs = FacadeHarness.startWireMock();
        sts.stubFor(post("/").withRequestBody(containing("Action=AssumeRole"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(ASSUMED)));
        sqs.stubFor(post("/").willReturn(okJson("{\"QueueUrls\":[\"https://sqs/q1\"]}")));
    }

    @AfterEach
    void stop() {
        sts.stop();
        sqs.stop();
    }

    private AwsMcp facade() {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDBASE", "base-secret").region("eu-west-1").readOnly(true)
                .auditSink(new AuditTrailSink(AuditTrail.builder().sink((r, line) -> auditLines.add(line)).build()));
        b.environment = TestEnvironment.of(Map.of("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:" + sts.port()), "");
        return b.build();
    }

    private String sqsCommand(String extra) {
        return "aws sqs list-queues --endpoint-url http://127.0.0.1:" + sqs.port() + " " + extra;
    }

    @Test
    void signsTheCommandWithTheAssumedRoleSessionInReadOnlyMode() {
        try (AwsMcp aws = facade()) {
            CommandResult r = aws.execute(sqsCommand("--role-arn " + ROLE + " --role-session-name ops-alice"
                    + " --external-id ext-123 --duration-seconds 900"));
            assertThat(r.ok()).as(String.valueOf(r.error())).isTrue();
        }
        LoggedRequest assume = sts.findAll(postRequestedFor(urlEqualTo("/"))).get(0);
        assertThat(assume.getBodyAsString()).contains("RoleArn=arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2FAuditor",
                "RoleSessionName=ops-alice", "ExternalId=ext-123", "DurationSeconds=900");
        assertThat(assume.getHeader("Authorization")).contains("Credential=AKIDBASE/");
        LoggedRequest call = sqs.findAll(postRequestedFor(urlEqualTo("/"))).get(0);
        assertThat(call.getHeader("Authorization")).contains("Credential=ASIAROLESESSION/");
        assertThat(call.getHeader("X-Amz-Security-Token")).isEqualTo("role-session-token");
        assertThat(call.getBodyAsString()).doesNotContain("role-arn").doesNotContain("RoleArn");
    }

    @Test
    void fiftyCommandsAssumeTheRoleOnce() {
        try (AwsMcp aws = facade()) {
            for (int i = 0; i < 50; i++) {
                assertThat(aws.execute(sqsCommand("--role-arn " + ROLE)).ok()).isTrue();
            }
        }
        sts.verify(1, postRequestedFor(urlEqualTo("/")));
        sqs.verify(50, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void theDefaultSessionNameNamesTheToolAndTheLocalUser() {
        try (AwsMcp aws = facade()) {
            assertThat(aws.execute(sqsCommand("--role-arn " + ROLE)).ok()).isTrue();
        }
        String expected = RoleOptions.sessionNameFor(System.getProperty("user.name"));
        assertThat(expected).startsWith("aws-mcp");
        sts.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("RoleSessionName=" + expected)));
    }

    @Test
    void theAuditLineNamesTheRoleTheSessionAndTheTargetAccountButNoSecret() {
        try (AwsMcp aws = facade()) {
            assertThat(aws.execute(sqsCommand("--role-arn " + ROLE + " --role-session-name ops-alice")).ok()).isTrue();
        }
        assertThat(auditLines).singleElement().asString()
                .contains("\"roleArn\":\"" + ROLE + "\"", "\"roleSessionName\":\"ops-alice\"",
                        "\"targetAccount\":\"111122223333\"")
                .doesNotContain("role-secret-value").doesNotContain("role-session-token");
    }

    @Test
    void aMalformedRoleArnIsRefusedBeforeAnythingIsSent() {
        try (AwsMcp aws = facade()) {
            CommandResult r = aws.execute(sqsCommand("--role-arn arn:aws:iam::12:role/x"));
            assertThat(r.exitCode()).isEqualTo(255);
            assertThat(r.error().code()).isEqualTo("InvalidRoleArn");
            assertThat(r.error().hint()).contains("arn:aws:iam::<12-digit account id>:role/<role name>");
        }
        assertThat(sts.getAllServeEvents()).isEmpty();
        assertThat(sqs.getAllServeEvents()).isEmpty();
    }

    @Test
    void sessionOptionsWithoutARoleArnAreRefused() {
        try (AwsMcp aws = facade()) {
            CommandResult r = aws.execute(sqsCommand("--external-id ext-123"));
            assertThat(r.error().code()).isEqualTo("MissingRoleArn");
        }
        assertThat(sqs.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRoleThatCannotBeAssumedSendsNothingToTheTarget() {
        sts.resetMappings();
        sts.stubFor(post("/").willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml")
                .withBody("<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not "
                        + "authorized to perform: sts:AssumeRole</Message></Error><RequestId>sts-2</RequestId>"
                        + "</ErrorResponse>")));
        try (AwsMcp aws = facade()) {
            CommandResult r = aws.execute(sqsCommand("--role-arn " + ROLE));
            assertThat(r.exitCode()).isEqualTo(255);
            assertThat(r.error().code()).isEqualTo("AccessDenied");
            assertThat(r.error().message()).contains("AssumeRole");
            assertThat(r.error().hint()).contains(ROLE).contains("trust policy");
        }
        assertThat(sqs.getAllServeEvents()).isEmpty();
    }

    @Test
    void anOperationsOwnRoleArnParameterKeepsItsMeaningAndAssumeRoleStaysDeniedInReadOnlyMode() {
        try (AwsMcp aws = facade()) {
            CommandResult r = aws.execute("aws sts assume-role --role-arn " + ROLE + " --role-session-name ops"
                    + " --endpoint-url http://127.0.0.1:" + sts.port());
            assertThat(r.exitCode()).as(String.valueOf(r.error())).isEqualTo(255);
            assertThat(r.error().code()).isEqualTo("DeniedByPolicy");
        }
        assertThat(sts.getAllServeEvents()).isEmpty();
    }

    @Test
    void theRoleAppliesToTheCommandOnlyNotToTheNextOne() {
        try (AwsMcp aws = facade()) {
            assertThat(aws.execute(sqsCommand("--role-arn " + ROLE)).ok()).isTrue();
            assertThat(aws.execute(sqsCommand("")).ok()).isTrue();
        }
        List<LoggedRequest> calls = sqs.findAll(postRequestedFor(urlEqualTo("/")));
        assertThat(calls).hasSize(2);
        assertThat(calls).anySatisfy(c -> assertThat(c.getHeader("Authorization")).contains("Credential=AKIDBASE/"));
        sqs.verify(1, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Security-Token", matching(".+")));
    }

    private AwsMcp facadeWithPolicy(String yaml) {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDBASE", "base-secret").region("eu-west-1")
                .policy(dev.awsmcp.policy.PolicyEngine.of(dev.awsmcp.policy.PolicyFile.parse(yaml, "test policy")));
        b.environment = TestEnvironment.of(Map.of("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:" + sts.port()), "");
        return b.build();
    }

    @Test
    void aPolicyRuleDeniesOneAccountByTheRolesAccountAndSendsNothing() {
        String policy = "rules:\n  - id: no-production\n    effect: deny\n    accounts: [\"111122223333\"]\n";
        try (AwsMcp aws = facadeWithPolicy(policy)) {
            CommandResult denied = aws.execute(sqsCommand("--role-arn " + ROLE));
            assertThat(denied.exitCode()).isEqualTo(255);
            assertThat(denied.error().message()).contains("no-production");
            CommandResult other = aws.execute(sqsCommand("--role-arn arn:aws:iam::444455556666:role/Auditor"));
            assertThat(other.ok()).as(String.valueOf(other.error())).isTrue();
        }
        sts.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("444455556666")));
        sts.verify(0, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("111122223333")));
        sqs.verify(1, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void aPolicyRuleMatchesTheRoleByName() {
        String policy = "rules:\n  - id: auditor-reads-only\n    effect: deny\n    roles: [\"Auditor\"]\n"
                + "    access: [write]\n";
        try (AwsMcp aws = facadeWithPolicy(policy)) {
            CommandResult write = aws.execute("aws sqs create-queue --queue-name q --endpoint-url http://127.0.0.1:"
                    + sqs.port() + " --role-arn " + ROLE);
            assertThat(write.exitCode()).isEqualTo(255);
            assertThat(write.error().message()).contains("auditor-reads-only");
            CommandResult ownWrite = aws.execute("aws sqs create-queue --queue-name q --endpoint-url http://127.0.0.1:"
                    + sqs.port());
            assertThat(ownWrite.exitCode()).as("no role: the rule does not apply").isNotEqualTo(255);
        }
    }

    @Test
    void anMfaRoleAsksTheHumanForTheCodeOnceAndNeverShowsIt() {
        List<String> asked = new CopyOnWriteArrayList<>();
        ExecutionContext human = new ExecutionContext("test-client", "1", "call_aws", null, null, null,
                (serial, role) -> {
                    asked.add(serial + " " + role);
                    return "123456";
                });
        String mfa = "arn:aws:iam::999988887777:mfa/alice";
        try (AwsMcp aws = facade()) {
            CommandResult r = aws.execute(sqsCommand("--role-arn " + ROLE + " --serial-number " + mfa), human);
            assertThat(r.ok()).as(String.valueOf(r.error())).isTrue();
            assertThat(aws.execute(sqsCommand("--role-arn " + ROLE + " --serial-number " + mfa), human).ok()).isTrue();
            assertThat(r.text()).doesNotContain("123456");
        }
        assertThat(asked).containsExactly(mfa + " " + ROLE);
        sts.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("TokenCode=123456"))
                .withRequestBody(containing("SerialNumber=arn%3Aaws%3Aiam%3A%3A999988887777%3Amfa%2Falice")));
        assertThat(auditLines).allSatisfy(line -> assertThat(line).doesNotContain("123456"));
    }

    @Test
    void anMfaRoleWithoutAWayToAskTheHumanFailsWithAHintAndSendsNothing() {
        try (AwsMcp aws = facade()) {
            CommandResult r = aws.execute(sqsCommand("--role-arn " + ROLE
                    + " --serial-number arn:aws:iam::999988887777:mfa/alice"));
            assertThat(r.exitCode()).isEqualTo(255);
            assertThat(r.error().code()).isEqualTo("MfaCodeRequired");
            assertThat(r.error().hint()).contains("never from the agent").contains("elicitation");
        }
        assertThat(sts.getAllServeEvents()).isEmpty();
        assertThat(sqs.getAllServeEvents()).isEmpty();
    }

    @Test
    void theHighLevelS3CommandsRunAsTheRoleToo() {
        sqs.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(com.github.tomakehurst.wiremock.client.WireMock
                .urlPathEqualTo("/")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
                .withBody("<ListAllMyBucketsResult><Buckets><Bucket><Name>audit-logs</Name><CreationDate>"
                        + "2024-01-02T03:04:05.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>")));
        try (AwsMcp aws = facade()) {
            CommandResult r = aws.execute("aws s3 ls --role-arn " + ROLE + " --endpoint-url http://127.0.0.1:"
                    + sqs.port());
            assertThat(r.ok()).as(String.valueOf(r.error())).isTrue();
            assertThat(r.text()).contains("audit-logs");
        }
        LoggedRequest list = sqs.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/"))).get(0);
        assertThat(list.getHeader("Authorization")).contains("Credential=ASIAROLESESSION/");
    }

    @Test
    void aThrottledAssumeRoleIsRetriedAndTheCommandRuns() {
        sts.resetMappings();
        sts.stubFor(post("/").inScenario("throttle").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing
                .Scenario.STARTED).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "text/xml")
                .withBody("<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded"
                        + "</Message></Error><RequestId>t</RequestId></ErrorResponse>")).willSetStateTo("calm"));
        sts.stubFor(post("/").inScenario("throttle").whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(ASSUMED)));
        try (AwsMcp aws = facade()) {
            CommandResult r = aws.execute(sqsCommand("--role-arn " + ROLE));
            assertThat(r.ok()).as(String.valueOf(r.error())).isTrue();
        }
        sts.verify(2, postRequestedFor(urlEqualTo("/")));
        sqs.verify(1, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void aSessionAboutToExpireIsAssumedAgainBeforeTheNextCall() {
        String soon = java.time.Instant.now().plus(java.time.Duration.ofMinutes(2)).toString();
        sts.resetMappings();
        sts.stubFor(post("/").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody(ASSUMED.replace("2099-01-01T00:00:00Z", soon))));
        try (AwsMcp aws = facade()) {
            assertThat(aws.execute(sqsCommand("--role-arn " + ROLE)).ok()).isTrue();
            assertThat(aws.execute(sqsCommand("--role-arn " + ROLE)).ok()).isTrue();
        }
        // each session expires within the five-minute refresh window, so each command assumes the role again
        sts.verify(2, postRequestedFor(urlEqualTo("/")));
    }
}
