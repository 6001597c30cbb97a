package dev.awsmcp;

import dev.awsmcp.engine.PolicyGate;
import dev.awsmcp.engine.AuditTrailSink;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmcp.audit.AuditTrail;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.policy.Classifier;
import dev.awsmcp.policy.FileAccessMode;
import dev.awsmcp.policy.FileGuard;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import dev.awsmcp.policy.ReadOnlyBypassAttempts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The read-only bypass attempts through the whole facade with the policy gate and audit trail wired, against a
 * WireMock stub that answers everything: none of them may reach it, and each leaves one redacted audit line.
 */
class ReadOnlyGateWireMockTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private WireMockServer wm;
    private AwsMcp aws;
    private String ep;
    private final List<String> auditLines = new ArrayList<>();

    @TempDir
    Path work;

    @BeforeEach
    void start() throws Exception {
        ReadOnlyBypassAttempts.writeFiles(work);
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
        ep = " --endpoint-url http://127.0.0.1:" + wm.port() + " --region us-east-1";
        FileGuard guard = FileGuard.of(FileAccessMode.WORKDIR, work, Map.of(), work.toString());
        PolicyEngine engine = PolicyEngine.of(PolicySettings.defaults().withReadOnly(true), Classifier.bundled(), guard);
        AwsMcpBuilder b = AwsMcp.builder().credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test-secret")));
        b.environment = TestEnvironment.of(Map.of(), "");
        b.callGate(PolicyGate.of(engine)).fileReader(guard)
                .auditSink(new AuditTrailSink(AuditTrail.builder().sink((r, line) -> auditLines.add(line)).build()));
        aws = b.build();
    }

    @AfterEach
    void stop() {
        aws.close();
        wm.stop();
    }

    @Test
    void noBypassAttemptReachesTheWire() throws Exception {
        List<String> attempts = ReadOnlyBypassAttempts.all();
        for (String attempt : attempts) {
            String command = attempt.contains("--endpoint-url") ? attempt : attempt + ep;
            CommandResult r = aws.execute(command);
            assertThat(r.ok()).as(command).isFalse();
            assertThat(r.httpStatus()).as(command).isZero();
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
        assertThat(auditLines).hasSize(attempts.size());
        for (String line : auditLines) {
            JsonNode o = JSON.readTree(line);
            assertThat(o.path("decision").isNull() || o.path("decision").asText().equals("deny")).as(line).isTrue();
            assertThat(line).doesNotContain("AKIAxyz").doesNotContain("test-secret");
        }
    }

    @Test
    void theStubWouldHaveSeenAnAllowedRead() {
        CommandResult r = aws.execute("aws dynamodb list-tables" + ep);
        assertThat(r.ok()).isTrue();
        assertThat(wm.getAllServeEvents()).hasSize(1);
        assertThat(auditLines).singleElement().satisfies(l -> assertThat(l).contains("\"decision\":\"allow\"")
                .contains("dynamodb:ListTables"));
    }
}
