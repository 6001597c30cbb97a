package dev.awsmcp;

import dev.awsmcp.engine.PolicyGate;
import dev.awsmcp.engine.AuditTrailSink;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmcp.audit.AuditTrail;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.policy.Classifier;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The credential-minting customizations with the policy gate and audit trail wired. */
class CustomCommandsPolicyWireMockTest {
    private static final String PASSWORD = "ecr-PASSWORD-4711";
    private static final List<String> COMMANDS = List.of(
            "aws ecr get-login-password",
            "aws ecr-public get-login-password",
            "aws rds generate-db-auth-token --hostname db.example.com --port 5432 --username app",
            "aws eks get-token --cluster-name my-cluster");

    private WireMockServer wm;
    private String ep;
    private final List<String> auditLines = new ArrayList<>();

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
        String token = "{\"authorizationToken\":\"" + Base64.getEncoder()
                .encodeToString(("AWS:" + PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\"}";
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("V20150921.GetAuthorizationToken")).atPriority(1)
                .willReturn(okJson("{\"authorizationData\":[" + token + "]}")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("SpencerFrontendService.GetAuthorizationToken"))
                .atPriority(1).willReturn(okJson("{\"authorizationData\":" + token + "}")));
        ep = " " + FacadeHarness.endpointOptions(wm, "us-east-1");
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private AwsMcp facade(boolean readOnly) {
        PolicyEngine engine = PolicyEngine.of(PolicySettings.defaults().withReadOnly(readOnly), Classifier.bundled(), null);
        AwsMcpBuilder b = AwsMcp.builder().credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test-secret")));
        b.environment = TestEnvironment.of(Map.of(), "");
        b.callGate(PolicyGate.of(engine))
                .auditSink(new AuditTrailSink(AuditTrail.builder().sink((r, line) -> auditLines.add(line)).build()));
        return b.build();
    }

    @Test
    void readOnlyModeDeniesThemAndSendsNothing() {
        try (AwsMcp aws = facade(true)) {
            for (String command : COMMANDS) {
                CommandResult r = aws.execute(command + ep);

                assertThat(r.exitCode()).as(command).isEqualTo(255);
                assertThat(r.error().code()).as(command).isEqualTo("DeniedByPolicy");
                assertThat(r.text()).as(command).isEmpty();
            }
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
        assertThat(auditLines).hasSize(COMMANDS.size()).allSatisfy(l -> assertThat(l).contains("\"decision\":\"deny\""));
    }

    @Test
    void auditLinesNeverHoldTheMintedSecrets() {
        List<String> secrets = new ArrayList<>();
        try (AwsMcp aws = facade(false)) {
            for (String command : COMMANDS) {
                CommandResult r = aws.execute(command + ep);
                assertThat(r.exitCode()).as("%s: %s", command, r.error()).isZero();
                secrets.add(r.text().strip());
            }
        }
        assertThat(secrets.get(0)).isEqualTo(PASSWORD);
        assertThat(auditLines).hasSize(COMMANDS.size());
        for (String line : auditLines) {
            assertThat(line).contains("\"decision\":\"allow\"").doesNotContain(PASSWORD).doesNotContain("test-secret")
                    .doesNotContain("X-Amz-Signature").doesNotContain("k8s-aws-v1.");
        }
    }
}
