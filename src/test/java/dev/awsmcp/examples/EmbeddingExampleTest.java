package dev.awsmcp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.awsmcp.AuditEvent;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.GateDecision;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The README's embedding example, run against a local SQS stand-in: only {@code dev.awsmcp} types (plus the SDK's
 * credentials provider) are used, as an embedder would.
 */
class EmbeddingExampleTest {
    private WireMockServer sqs;

    @BeforeEach
    void startSqs() {
        sqs = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        sqs.start();
        sqs.stubFor(WireMock.post("/").willReturn(WireMock.okJson("{\"QueueUrls\":[\"https://sqs/q1\"]}")));
    }

    @AfterEach
    void stopSqs() {
        sqs.stop();
    }

    @Test
    void embedderRunsAReadInReadOnlyModeWithItsOwnGateAndAudit() {
        List<AuditEvent> audit = new CopyOnWriteArrayList<>();
        try (AwsMcp aws = AwsMcp.builder()
                .region("eu-west-1")
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "x")))
                .callGate(request -> request.call() != null && request.call().operation().name().startsWith("List")
                        ? GateDecision.allow("my-gate", "list calls only")
                        : GateDecision.deny("my-gate", "only list calls may run", "Use a list-* command."))
                .auditSink(audit::add)
                .build()) {
            String endpoint = " --endpoint-url " + sqs.baseUrl();
            CommandResult listed = aws.execute("aws sqs list-queues --query QueueUrls[0] --output text" + endpoint);
            CommandResult denied = aws.execute("aws sqs delete-queue --queue-url https://sqs/q1" + endpoint);

            assertThat(listed.ok()).isTrue();
            assertThat(listed.text()).isEqualTo("https://sqs/q1\n");
            assertThat(denied.exitCode()).isEqualTo(255);
            assertThat(denied.error().message()).isEqualTo("only list calls may run");
            assertThat(denied.error().hint()).isEqualTo("Use a list-* command.");
        }
        assertThat(audit).extracting(e -> e.decision().allowed()).containsExactly(true, false);
        assertThat(audit.get(0).requests()).hasSize(1);
        assertThat(audit.get(1).requests()).isEmpty();
        sqs.verify(1, WireMock.postRequestedFor(WireMock.urlEqualTo("/")));
    }
}
