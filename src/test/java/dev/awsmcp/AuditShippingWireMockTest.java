package dev.awsmcp;

import dev.awsmcp.engine.AwsCallerIdentity;
import dev.awsmcp.engine.AwsLogsShipper;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.awsmcp.audit.CallerIdentityCache;
import dev.awsmcp.audit.CloudWatchLogEvent;
import dev.awsmcp.audit.CredentialKey;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail's AWS calls (caller identity, CloudWatch Logs shipping) through our own client, against WireMock. */
class AuditShippingWireMockTest {
    private WireMockServer wm;
    private AwsMcp internal;
    private String globals;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        globals = FacadeHarness.endpointOptions(wm, "us-east-1");
        internal = FacadeHarness.realPipeline("AKIDTEST", "test-secret").build();
    }

    @AfterEach
    void stop() {
        internal.close();
        wm.stop();
    }

    @Test
    void looksUpCallerArnOncePerCredentialSet() {
        wm.stubFor(dev.awsmcp.testing.StsStub.getCallerIdentity()
                .willReturn(dev.awsmcp.testing.StsStub.callerIdentity("arn:aws:iam::123456789012:user/dev")));
        CallerIdentityCache cache = new CallerIdentityCache(new AwsCallerIdentity(internal, globals), Runnable::run);
        CredentialKey key = new CredentialKey(null, null);
        assertThat(cache.arn(key)).contains("arn:aws:iam::123456789012:user/dev");
        assertThat(cache.account(key)).contains("123456789012");
        wm.verify(1, postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void shipsEventsAndCreatesTheStreamWhenMissing() throws Exception {
        wm.stubFor(post("/").withHeader("X-Amz-Target", equalTo("Logs_20140328.PutLogEvents")).inScenario("s")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("no-stream")
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\":\"ResourceNotFoundException\",\"message\":\"The specified log stream does not exist.\"}")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", equalTo("Logs_20140328.CreateLogStream")).willReturn(okJson("{}")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", equalTo("Logs_20140328.PutLogEvents")).inScenario("s")
                .whenScenarioStateIs("no-stream").willReturn(okJson("{\"nextSequenceToken\":\"1\"}")));
        new AwsLogsShipper(internal, globals).putLogEvents("/aws-mcp/audit", "host's stream",
                List.of(new CloudWatchLogEvent(1_700_000_000_000L, "{\"command\":\"aws s3 ls 'x'\"}")));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("Logs_20140328.CreateLogStream"))
                .withRequestBody(containing("host's stream")));
        wm.verify(2, postRequestedFor(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("Logs_20140328.PutLogEvents"))
                .withRequestBody(containing("aws s3 ls 'x'")).withRequestBody(containing("1700000000000")));
    }
}
