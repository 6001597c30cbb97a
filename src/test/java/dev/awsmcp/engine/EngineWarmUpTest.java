package dev.awsmcp.engine;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmcp.AuditEvent;
import dev.awsmcp.AuditSink;
import dev.awsmcp.AwsMcp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class EngineWarmUpTest {
    private WireMockServer wm;
    private final List<AuditEvent> records = new ArrayList<>();
    private final List<String> announcedKeys = new ArrayList<>();
    private Engine engine;

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        AuditSink sink = new AuditSink() {
            @Override
            public void record(AuditEvent event) {
                records.add(event);
            }

            @Override
            public void beforeRequests(String profile, Supplier<String> accessKeyId) {
                announcedKeys.add(accessKeyId.get());
            }
        };
        AwsMcp built = AwsMcp.builder().region("us-east-1")
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDWARM", "secret")))
                .auditSink(sink).build();
        engine = (Engine) built;
    }

    @AfterEach
    void stop() {
        engine.close();
        wm.stop();
    }

    @Test
    void preparesCommandsWithoutSendingGatingOrAuditingThem() {
        String to = " --endpoint-url http://127.0.0.1:" + wm.port();
        int prepared = engine.warmUp(List.of("aws sts get-caller-identity" + to, "aws s3api list-buckets" + to,
                "aws dynamodb delete-table --table-name t" + to));

        assertThat(prepared).isEqualTo(3);
        assertThat(wm.getAllServeEvents()).isEmpty(); // nothing sent, not even the delete
        assertThat(records).isEmpty();
        // the audit hears once that requests are coming, so its caller-identity lookup can start
        assertThat(announcedKeys).containsExactly("AKIDWARM");
    }

    @Test
    void skipsWhatDoesNotParse() {
        assertThat(engine.warmUp(List.of("aws no-such-service list-things", "aws sqs list-queues --bad-option",
                "aws s3 ls"))).isZero();
        assertThat(records).isEmpty();
    }

    @Test
    void theCommandsStillRunAfterwards() {
        engine.warmUp(List.of("aws sqs list-queues --endpoint-url http://127.0.0.1:" + wm.port()));
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/").willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"QueueUrls\":[\"http://q/1/a\"]}")));

        var result = engine.execute("aws sqs list-queues --endpoint-url http://127.0.0.1:" + wm.port(), null);

        assertThat(result.exitCode()).isZero();
        assertThat(result.text()).contains("http://q/1/a");
        assertThat(records).hasSize(1);
    }
}
