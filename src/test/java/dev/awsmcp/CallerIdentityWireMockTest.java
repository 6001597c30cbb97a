package dev.awsmcp;

import dev.awsmcp.engine.AwsCallerIdentity;
import dev.awsmcp.engine.PolicyGate;
import dev.awsmcp.engine.AuditTrailSink;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.awsmcp.audit.AuditTrail;
import dev.awsmcp.audit.CallerIdentityCache;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicyFile;
import dev.awsmcp.policy.PolicySettings;
import dev.awsmcp.testing.StsStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail's caller identity against a WireMock STS: one lookup per credential set however many commands
 * run, failures kept (no STS attempt per command, no retries), and no secret in the audit lines.
 */
class CallerIdentityWireMockTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY_ID = "AKIDCALLERTEST";
    private static final String SECRET = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYSECRETKEY";
    private static final String ARN = "arn:aws:iam::123456789012:user/dev";

    private WireMockServer wm;
    private String globals;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private AwsMcp internal;
    private AwsMcp aws;
    private AuditTrail trail;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        globals = FacadeHarness.endpointOptions(wm, "us-east-1");
        wm.stubFor(post("/").withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.ListTables"))
                .willReturn(okJson("{\"TableNames\":[\"t1\"]}")));
    }

    private void build(PolicySettings policy) {
        internal = builder().build();
        trail = AuditTrail.builder().sink((r, line) -> lines.add(line))
                .callerIdentity(new CallerIdentityCache(new AwsCallerIdentity(internal, globals), Runnable::run)).build();
        AwsMcpBuilder b = builder().auditSink(new AuditTrailSink(trail));
        b.policy(PolicyEngine.of(policy), trail.identities());
        aws = b.build();
    }

    private static AwsMcpBuilder builder() {
        return FacadeHarness.realPipeline(KEY_ID, SECRET);
    }

    @AfterEach
    void stop() {
        if (aws != null) {
            aws.close();
            trail.close();
            internal.close();
        }
        wm.stop();
    }

    private void stubSts(ResponseDefinitionBuilder response) {
        wm.stubFor(StsStub.getCallerIdentity().willReturn(response));
    }

    private static ResponseDefinitionBuilder callerIdentity() {
        return StsStub.callerIdentity(ARN);
    }

    private int stsRequests() {
        return wm.findAll(StsStub.lookups()).size();
    }

    private void runCommands(int n) {
        for (int i = 0; i < n; i++) {
            CommandResult r = aws.execute("aws dynamodb list-tables " + globals);
            assertThat(r.ok()).as("command %d: %s", i, r.error()).isTrue();
        }
    }

    @Test
    void looksUpTheCallerOnceForManyCommandsAndWritesItsArn() throws Exception {
        stubSts(callerIdentity());
        build(PolicySettings.defaults());
        runCommands(6);
        assertThat(stsRequests()).isEqualTo(1);
        assertThat(lines).hasSize(6);
        for (String line : lines) {
            assertThat(JSON.readTree(line).path("callerArn").asText()).isEqualTo(ARN);
            assertThat(line).doesNotContain(SECRET).doesNotContain(KEY_ID);
        }
    }

    @Test
    void failingStsIsAskedOnceWithoutRetriesAndCommandsStillSucceed() throws Exception {
        stubSts(aResponse().withStatus(500).withHeader("Content-Type", "text/xml")
                .withBody("<ErrorResponse><Error><Type>Receiver</Type><Code>InternalFailure</Code>"
                        + "<Message>boom</Message></Error><RequestId>r-2</RequestId></ErrorResponse>"));
        build(PolicySettings.defaults());
        runCommands(5);
        assertThat(stsRequests()).isEqualTo(1);
        assertThat(lines).hasSize(5).allSatisfy(l -> {
            assertThat(JSON.readTree(l).path("callerArn").isNull()).isTrue();
            assertThat(l).doesNotContain(SECRET).doesNotContain(KEY_ID);
        });
    }

    @Test
    void stsThatNeverAnswersCostsOneTimedOutAttempt() {
        stubSts(callerIdentity().withFixedDelay(4_500));
        build(PolicySettings.defaults());
        runCommands(3);
        assertThat(stsRequests()).isEqualTo(1);
        assertThat(lines).hasSize(3);
    }

    @Test
    void accountScopedAllowRuleDeniesWithAReasonUntilTheAccountIsKnown() throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "default: deny\nrules:\n  - id: dev-account\n    effect: allow\n"
                + "    accounts: ['123456789012']\n");
        stubSts(aResponse().withStatus(403).withHeader("Content-Type", "text/xml")
                .withBody("<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code>"
                        + "<Message>bad</Message></Error><RequestId>r-3</RequestId></ErrorResponse>"));
        build(PolicyFile.load(policy));
        CommandResult denied = aws.execute("aws dynamodb list-tables " + globals);
        assertThat(denied.ok()).isFalse();
        assertThat(denied.error().message()).contains("account id of the credentials is not known");
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.ListTables")))).isEmpty();
    }

    /**
     * With the trail's own lookup thread (as in production) and no wait at record time: the lookup starts when the
     * command is allowed, runs while DynamoDB takes its time, and the command's own audit line already has the ARN.
     */
    @Test
    void theFirstLineOfASessionHasTheArnLookedUpWhileTheCommandRan() throws Exception {
        stubSts(callerIdentity());
        wm.stubFor(post("/").withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.ListTables"))
                .willReturn(okJson("{\"TableNames\":[\"t1\"]}").withFixedDelay(1_500)));
        internal = builder().build();
        trail = AuditTrail.builder().sink((r, line) -> lines.add(line))
                .callerIdentity(new CallerIdentityCache(new AwsCallerIdentity(internal, globals)))
                .callerIdentityWait(java.time.Duration.ZERO).build();
        aws = builder().auditSink(new AuditTrailSink(trail)).build();
        runCommands(1);
        assertThat(lines).hasSize(1);
        assertThat(JSON.readTree(lines.get(0)).path("callerArn").asText()).isEqualTo(ARN);
        assertThat(stsRequests()).isEqualTo(1);
    }

    /** An account-scoped allow rule lets the very first command through: the gate waits for the account id. */
    @Test
    void accountScopedAllowRuleAllowsTheFirstCommandOnceStsAnswers() throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "default: deny\nrules:\n  - id: dev-account\n    effect: allow\n"
                + "    accounts: ['123456789012']\n");
        stubSts(callerIdentity().withFixedDelay(300));
        internal = builder().build();
        trail = AuditTrail.builder().sink((r, line) -> lines.add(line))
                .callerIdentity(new CallerIdentityCache(new AwsCallerIdentity(internal, globals))).build();
        AwsMcpBuilder b = builder().auditSink(new AuditTrailSink(trail));
        b.policy(PolicyEngine.of(PolicyFile.load(policy)), trail.identities());
        aws = b.build();
        CommandResult first = aws.execute("aws dynamodb list-tables " + globals);
        assertThat(first.ok()).as(String.valueOf(first.error())).isTrue();
        assertThat(JSON.readTree(lines.get(0)).path("rule").asText()).isEqualTo("rule:dev-account");
    }
}
