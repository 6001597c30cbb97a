package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmcp.client.protocol.internal.EventStreamEncoder;
import dev.awsmcp.client.testing.TestEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code aws logs start-live-tail} through the whole facade against a WireMock CloudWatch Logs that answers with an
 * event stream: each log event's message on its own line, as the CLI prints them; a stream that does not end is
 * read for {@code AWS_MCP_LIVE_TAIL_SECONDS} and cut between whole events.
 */
class LogsLiveTailWireMockTest {
    private WireMockServer wm;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private static byte[] stream(int updates) {
        EventStreamEncoder e = new EventStreamEncoder();
        e.message(Map.of(":message-type", "event", ":event-type", "sessionStart", ":content-type", "application/json"),
                "{\"sessionId\":\"s-1\",\"logGroupIdentifiers\":[\"g\"]}".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < updates; i++) {
            e.message(Map.of(":message-type", "event", ":event-type", "sessionUpdate", ":content-type",
                    "application/json"), ("{\"sessionMetadata\":{\"sampled\":false},\"sessionResults\":["
                    + "{\"logStreamName\":\"s\",\"message\":\"line " + i + "a\",\"timestamp\":1},"
                    + "{\"logStreamName\":\"s\",\"message\":\"line " + i + "b\",\"timestamp\":2}]}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return e.bytes();
    }

    private CommandResult tail(String seconds, String args) {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret");
        b.environment = TestEnvironment.of(seconds == null ? Map.of() : Map.of("AWS_MCP_LIVE_TAIL_SECONDS", seconds), "");
        try (AwsMcp aws = b.build()) {
            return aws.execute("aws logs start-live-tail " + args + " " + FacadeHarness.endpointOptions(wm, "us-east-1"));
        }
    }

    @Test
    void printsEachEventsMessageOnItsOwnLine() throws Exception {
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("StartLiveTail")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/vnd.amazon.eventstream").withBody(stream(2))));

        CommandResult r = tail(null, "--log-group-identifiers arn:aws:logs:us-east-1:123456789012:log-group:g "
                + "--log-event-filter-pattern ERROR");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(r.text()).isEqualTo("line 0a\nline 0b\nline 1a\nline 1b\n");
        String body = wm.findAll(postRequestedFor(urlEqualTo("/"))).get(0).getBodyAsString();
        assertThat(FacadeHarness.JSON.readTree(body).toString()).isEqualTo("{\"logGroupIdentifiers\":"
                + "[\"arn:aws:logs:us-east-1:123456789012:log-group:g\"],\"logEventFilterPattern\":\"ERROR\"}");
    }

    @Test
    void aStreamThatDoesNotEndIsReadForTheSetTimeAndCutBetweenWholeEvents() {
        // 41 messages dribbled over 8 seconds; reading stops after 1 second with the whole events so far
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("StartLiveTail")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/vnd.amazon.eventstream").withBody(stream(40))
                .withChunkedDribbleDelay(40, 8000)));

        CommandResult r = tail("1", "--log-group-identifiers g");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        // the last events were still on their way when reading stopped: the stream was cut, not read to its end
        assertThat(r.text()).startsWith("line 0a\nline 0b\n").doesNotContain("line 39");
        assertThat(r.text().lines()).allMatch(l -> l.matches("line \\d+[ab]"));
    }

    @Test
    void aBadDurationIsRefusedBeforeAnythingIsSent() {
        CommandResult r = tail("forever", "--log-group-identifiers g");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).contains("AWS_MCP_LIVE_TAIL_SECONDS");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
