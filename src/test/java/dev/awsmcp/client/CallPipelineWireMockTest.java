package dev.awsmcp.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.awsmcp.client.auth.CredentialsException;
import dev.awsmcp.client.http.ApacheHttpTransport;
import dev.awsmcp.client.http.HttpSettings;
import dev.awsmcp.client.http.TransportException;
import dev.awsmcp.client.retry.RetrySettings;
import dev.awsmcp.client.testing.CodecRegistry;
import dev.awsmcp.client.testing.Options;
import dev.awsmcp.client.testing.RecordingSleeper;
import dev.awsmcp.client.testing.TestCodec;
import dev.awsmcp.client.testing.TestEndpointResolver;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.client.testing.TestModels;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class CallPipelineWireMockTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");

    private WireMockServer wm;
    private RecordingSleeper sleeper;
    private CallPipeline pipeline;

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        sleeper = new RecordingSleeper();
        pipeline = pipeline(RetrySettings.STANDARD);
    }

    @AfterEach
    void stop() {
        pipeline.close();
        wm.stop();
    }

    private CallPipeline pipeline(RetrySettings retry) {
        ClientConfig config = new ClientConfig(null, null,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test-secret")),
                HttpSettings.DEFAULTS, retry, null, TestEnvironment.empty(), sleeper,
                Clock.fixed(NOW, ZoneOffset.UTC));
        return new CallPipeline(config, new CodecRegistry(List.of(new TestCodec("json"), new TestCodec("rest-xml")))::select,
                new TestEndpointResolver(), new ApacheHttpTransport(HttpSettings.DEFAULTS));
    }

    private String url() {
        return "http://127.0.0.1:" + wm.port();
    }

    private BoundCall demo(String op, String paramsJson, GlobalOptions options) throws Exception {
        ServiceModel m = TestModels.demo();
        return new BoundCall(m, m.operation(op).orElseThrow(), (ObjectNode) JSON.readTree(paramsJson), options,
                "aws demo " + op);
    }

    private BoundCall listThings() throws Exception {
        return demo("ListThings", "{}", Options.endpoint(url()).build());
    }

    private static String throttled() {
        return "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}";
    }

    @Test
    void retriesThrottlingAndReturnsTheLaterSuccess() throws Exception {
        wm.stubFor(post("/").inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withBody(throttled())).willSetStateTo("ok"));
        wm.stubFor(post("/").inScenario("t").whenScenarioStateIs("ok").willReturn(okJson("{\"Things\":[]}")));

        CallResponse r = pipeline.call(listThings(), CallContext.none());

        assertThat(r.output().has("Things")).isTrue();
        assertThat(r.attempts()).isEqualTo(2);
        assertThat(sleeper.delays).hasSize(1);
        wm.verify(2, postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void waitsAtLeastWhatRetryAfterAsks() throws Exception {
        wm.stubFor(post("/").inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7")).willSetStateTo("ok"));
        wm.stubFor(post("/").inScenario("t").whenScenarioStateIs("ok").willReturn(okJson("{}")));

        pipeline.call(listThings(), CallContext.none());

        assertThat(sleeper.delays).hasSize(1);
        assertThat(sleeper.delays.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void reportsServerErrorsLikeTheCliAfterMaxRetries() throws Exception {
        wm.stubFor(post("/").willReturn(aResponse().withStatus(500)
                .withBody("{\"__type\":\"InternalFailure\",\"message\":\"Something broke\"}")));

        assertThatThrownBy(() -> pipeline.call(listThings(), CallContext.none()))
                .isInstanceOf(ServiceCallException.class)
                .hasMessage("An error occurred (InternalFailure) when calling the ListThings operation "
                        + "(reached max retries: 2): Something broke")
                .satisfies(e -> assertThat(((ServiceCallException) e).exitCode()).isEqualTo(254));
        wm.verify(3, postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void doesNotRetryAClientError() throws Exception {
        wm.stubFor(post("/").willReturn(aResponse().withStatus(404)
                .withHeader("x-amzn-RequestId", "req-123")
                .withBody("{\"__type\":\"com.demo#ThingNotFound\",\"message\":\"No thing named x\"}")));

        assertThatThrownBy(() -> pipeline.call(demo("DescribeThing", "{\"Name\":\"x\"}", Options.endpoint(url()).build()),
                CallContext.none()))
                .isInstanceOf(ServiceCallException.class)
                .hasMessage("An error occurred (ThingNotFound) when calling the DescribeThing operation: No thing named x")
                .satisfies(e -> assertThat(((ServiceCallException) e).error().requestId()).isEqualTo("req-123"));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/")));
        assertThat(sleeper.delays).isEmpty();
    }

    @Test
    void reportsAProxyErrorPageByStatusAndReason() throws Exception {
        wm.stubFor(post("/").willReturn(aResponse().withStatus(502).withBody("<html><body>Bad gateway</body></html>")));

        assertThatThrownBy(() -> pipeline.call(listThings(), CallContext.none()))
                .hasMessage("An error occurred (502) when calling the ListThings operation (reached max retries: 2): Bad Gateway");
    }

    @Test
    void reportsAMalformedSuccessBodyWithoutRetrying() throws Exception {
        wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withBody("{\"Things\": [tru")));

        assertThatThrownBy(() -> pipeline.call(listThings(), CallContext.none()))
                .isInstanceOf(ClientException.class)
                .hasMessageStartingWith("Unable to parse the ListThings response (HTTP 200)")
                .satisfies(e -> assertThat(((ClientException) e).code()).isEqualTo("ResponseParseError"));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void turnsAnExpiredTokenIntoACredentialsErrorThatSaysHowToRefresh() throws Exception {
        wm.stubFor(post("/").willReturn(aResponse().withStatus(400)
                .withBody("{\"__type\":\"ExpiredTokenException\",\"message\":\"The security token included in the request is expired\"}")));

        assertThatThrownBy(() -> pipeline.call(listThings(), CallContext.none()))
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("(ExpiredTokenException)")
                .satisfies(e -> {
                    CredentialsException ce = (CredentialsException) e;
                    assertThat(ce.exitCode()).isEqualTo(253);
                    assertThat(ce.hint()).isNotBlank();
                });
        wm.verify(1, postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void timesOutReadsWithTheCommandsReadTimeout() throws Exception {
        CallPipeline once = pipeline(new RetrySettings(1, Duration.ZERO));
        wm.stubFor(post("/").willReturn(okJson("{}").withFixedDelay(3_000)));

        try {
            assertThatThrownBy(() -> once.call(demo("ListThings", "{}", Options.endpoint(url()).readTimeout(1).build()),
                    CallContext.none()))
                    .isInstanceOf(TransportException.class)
                    .hasMessage("Read timeout on endpoint URL: \"" + url() + "/\"")
                    .satisfies(e -> assertThat(((TransportException) e).exitCode()).isEqualTo(255));
        } finally {
            once.close();
        }
    }

    @Test
    void retriesAResetConnectionThenSucceeds() throws Exception {
        wm.stubFor(post("/").inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        wm.stubFor(post("/").inScenario("t").whenScenarioStateIs("ok").willReturn(okJson("{\"Owner\":\"me\"}")));

        assertThat(pipeline.call(listThings(), CallContext.none()).output().get("Owner").asText()).isEqualTo("me");
    }

    @Test
    void reportsAnUnreachableEndpointLikeBotocore() throws Exception {
        String closed = "http://127.0.0.1:1";

        assertThatThrownBy(() -> pipeline.call(demo("ListThings", "{}", Options.endpoint(closed).build()), CallContext.none()))
                .isInstanceOf(TransportException.class)
                .hasMessage("Could not connect to the endpoint URL: \"http://127.0.0.1:1/\"");
        assertThat(sleeper.delays).hasSize(2);
    }

    @Test
    void signsWithTheCredentialsRegionAndUserAgent() throws Exception {
        wm.stubFor(post("/").willReturn(okJson("{}")));

        pipeline.call(demo("ListThings", "{}", Options.endpoint(url()).region("eu-west-1").build()),
                new CallContext("claude code", "1.2", null, null));

        LoggedRequest req = wm.getAllServeEvents().get(0).getRequest();
        assertThat(req.getHeader("Authorization"))
                .startsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/20250102/eu-west-1/demo/aws4_request");
        assertThat(req.getHeader("X-Amz-Date")).isEqualTo("20250102T030405Z");
        assertThat(req.getHeader("X-Amz-Target")).isEqualTo("Demo_20240101.ListThings");
        assertThat(req.getHeader("User-Agent")).startsWith("aws-mcp/").contains("md/mcp-client#claude-code_1.2");
    }

    @Test
    void sendsNoSignatureWithNoSignRequest() throws Exception {
        wm.stubFor(post("/").willReturn(okJson("{}")));

        pipeline.call(demo("ListThings", "{}", Options.endpoint(url()).noSignRequest().build()), CallContext.none());

        assertThat(wm.getAllServeEvents().get(0).getRequest().containsHeader("Authorization")).isFalse();
    }

    @Test
    void correctsClockSkewFromTheServersDateAndRetries() throws Exception {
        ZonedDateTime serverTime = NOW.plus(Duration.ofHours(1)).atZone(ZoneOffset.UTC);
        wm.stubFor(post("/").inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400)
                        .withHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(serverTime))
                        .withBody("{\"__type\":\"InvalidSignatureException\",\"message\":\"Signature expired\"}"))
                .willSetStateTo("ok"));
        wm.stubFor(post("/").inScenario("t").whenScenarioStateIs("ok").willReturn(okJson("{}")));

        pipeline.call(listThings(), CallContext.none());

        List<LoggedRequest> reqs = wm.findAll(postRequestedFor(urlPathEqualTo("/")));
        assertThat(reqs).extracting(r -> r.getHeader("X-Amz-Date"))
                .containsExactlyInAnyOrder("20250102T030405Z", "20250102T040405Z");
    }

    @Test
    void stopsBeforeSendingWhenCancelled() throws Exception {
        wm.stubFor(post("/").willReturn(okJson("{}")));

        assertThatThrownBy(() -> pipeline.call(listThings(), new CallContext(null, null, () -> true, null)))
                .isInstanceOf(ClientException.class)
                .satisfies(e -> assertThat(((ClientException) e).code()).isEqualTo("Cancelled"));
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void followsAnS3RegionRedirectOnceWithTheBucketsRegion() throws Exception {
        ServiceModel s3 = ServiceCatalog.bundled().model("s3api").orElseThrow();
        wm.stubFor(get(urlPathEqualTo("/my-bucket")).inScenario("r").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(301).withHeader("x-amz-bucket-region", "eu-west-1")
                        .withBody("<Error><Code>PermanentRedirect</Code><Message>Use the right endpoint</Message></Error>"))
                .willSetStateTo("ok"));
        wm.stubFor(get(urlPathEqualTo("/my-bucket")).inScenario("r").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"Name\":\"my-bucket\"}")));
        BoundCall list = new BoundCall(s3, s3.operation("ListObjectsV2").orElseThrow(),
                (ObjectNode) JSON.readTree("{\"Bucket\":\"my-bucket\"}"), Options.endpoint(url()).build(), "aws s3api list-objects-v2");

        pipeline.call(list, CallContext.none());

        List<LoggedRequest> reqs = wm.findAll(getRequestedFor(urlPathEqualTo("/my-bucket")));
        assertThat(reqs).hasSize(2);
        assertThat(reqs.get(1).getHeader("Authorization")).contains("/eu-west-1/s3/aws4_request");
        assertThat(reqs.get(1).queryParameter("list-type").firstValue()).isEqualTo("2");
        assertThat(reqs.get(1).getHeader("x-amz-content-sha256")).isNotBlank();
    }

    @Test
    void streamsAnS3ObjectToTheOutfileAndDropsTheBodyFromTheOutput(@TempDir Path dir) throws Exception {
        ServiceModel s3 = ServiceCatalog.bundled().model("s3api").orElseThrow();
        wm.stubFor(get(urlPathEqualTo("/bkt/dir/report.csv"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv").withBody("a,b\n1,2\n")));
        BoundCall getObject = new BoundCall(s3, s3.operation("GetObject").orElseThrow(),
                (ObjectNode) JSON.readTree("{\"Bucket\":\"bkt\",\"Key\":\"dir/report.csv\"}"), Options.endpoint(url()).build(),
                "aws s3api get-object");
        Path out = dir.resolve("report.csv");

        CallResponse r = pipeline.call(getObject, CallContext.none().withOutfile(out));

        assertThat(Files.readString(out)).isEqualTo("a,b\n1,2\n");
        assertThat(r.output().has("Body")).isFalse();
        assertThat(r.output().get("ContentType").asText()).isEqualTo("text/csv");
    }

    @Test
    void sendsTheJsonBodyTheCodecProduced() throws Exception {
        wm.stubFor(post("/").willReturn(okJson("{}")));

        pipeline.call(demo("ListThings", "{\"Filter\":\"a b\"}", Options.endpoint(url()).build()), CallContext.none());

        wm.verify(postRequestedFor(urlPathEqualTo("/")).withRequestBody(equalTo("{\"Filter\":\"a b\"}"))
                .withHeader("Content-Type", containing("amz-json")));
    }
}
