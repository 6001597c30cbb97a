package dev.awsmcp;

import dev.awsmcp.engine.PolicyGate;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Consent mode through the facade: the client accepts, declines, or cannot ask; only acceptance sends. */
class PolicyGateConsentWireMockTest {
    private static final String DELETE = "aws dynamodb delete-table --table-name orders";
    private WireMockServer wm;
    private AwsMcp aws;
    private String ep;
    private final List<String> prompts = new ArrayList<>();

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
        ep = " --endpoint-url http://127.0.0.1:" + wm.port() + " --region us-east-1";
        AwsMcpBuilder b = AwsMcp.builder().credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test-secret")));
        b.environment = TestEnvironment.of(Map.of(), "");
        b.policy(PolicyEngine.of(PolicySettings.defaults().withRequireConsent(true)));
        aws = b.build();
    }

    @AfterEach
    void stop() {
        aws.close();
        wm.stop();
    }

    private ExecutionContext answering(ExecutionContext.Consent answer) {
        return new ExecutionContext("test-client", "1.0", "call_aws", null, null, summary -> {
            prompts.add(summary);
            return answer;
        });
    }

    @Test
    void acceptedConsentSendsTheCall() {
        CommandResult r = aws.execute(DELETE + ep, answering(ExecutionContext.Consent.ACCEPTED));
        assertThat(r.ok()).isTrue();
        assertThat(wm.getAllServeEvents()).hasSize(1);
        assertThat(prompts).singleElement().satisfies(p -> assertThat(p).contains("dynamodb:DeleteTable").contains("Write"));
    }

    @Test
    void declinedConsentSendsNothing() {
        CommandResult r = aws.execute(DELETE + ep, answering(ExecutionContext.Consent.DECLINED));
        assertThat(r.ok()).isFalse();
        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).contains("declined");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void clientWithoutElicitationIsDenied() {
        CommandResult r = aws.execute(DELETE + ep, ExecutionContext.defaults());
        assertThat(r.ok()).isFalse();
        assertThat(r.error().message()).contains("cannot ask");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void readsNeedNoConsent() {
        CommandResult r = aws.execute("aws dynamodb list-tables" + ep, ExecutionContext.defaults());
        assertThat(r.ok()).isTrue();
        assertThat(prompts).isEmpty();
    }
}
