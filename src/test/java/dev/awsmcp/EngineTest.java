package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.command.WaiterCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EngineTest {
    private WireMockServer wm;
    private FacadeHarness h;
    private final List<AuditEvent> audit = new ArrayList<>();

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        h = new FacadeHarness("http://127.0.0.1:" + wm.port());
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private AwsMcp facade(ParsedCommand parsed) {
        return h.builder(cmd -> parsed).auditSink(audit::add).build();
    }

    private static String target(String op) {
        return "Demo_20240101." + op;
    }

    private void stubPages() {
        wm.stubFor(post("/").withRequestBody(containing("\"NextToken\":\"p2\"")).atPriority(1)
                .willReturn(okJson("{\"Things\":[{\"Name\":\"c\"}],\"Count\":1}").withHeader("x-amzn-RequestId", "r2")));
        wm.stubFor(post("/").atPriority(5)
                .willReturn(okJson("{\"Things\":[{\"Name\":\"a\"},{\"Name\":\"b\"}],\"Count\":2,\"Owner\":\"me\",\"NextToken\":\"p2\"}")
                        .withHeader("x-amzn-RequestId", "r1")));
    }

    @Test
    void paginatesAndPrintsTheMergedResult() {
        stubPages();
        BoundCall list = h.demo("ListThings", "{}", h.options().build());

        CommandResult r;
        try (AwsMcp aws = facade(list)) {
            r = aws.execute("aws demo list-things");
        }

        assertThat(r.exitCode()).isZero();
        assertThat(r.json().toString()).isEqualTo("{\"Things\":[{\"Name\":\"a\"},{\"Name\":\"b\"},{\"Name\":\"c\"}],\"Count\":3,\"Owner\":\"me\"}");
        assertThat(r.text()).startsWith("{\n    \"Things\"");
        assertThat(r.requestIds()).containsExactly("r1", "r2");
        assertThat(r.nextToken()).isNull();
        assertThat(r.service()).isEqualTo("demo");
        assertThat(r.operation()).isEqualTo("list-things");
    }

    @Test
    void stopsAPaginationLoopWithAnError() {
        wm.stubFor(post("/").willReturn(okJson("{\"Things\":[{\"Name\":\"a\"}],\"NextToken\":\"again\"}")));
        BoundCall list = h.demo("ListThings", "{}", h.options().build());

        CommandResult r = facade(list).execute("aws demo list-things");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("Error during pagination: The same next token was received twice: "
                + "{'NextToken': 'again'}");
        wm.verify(2, postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void returnsANextTokenWithMaxItems() {
        stubPages();
        BoundCall list = h.demo("ListThings", "{}", h.options().maxItems(1).build());

        CommandResult r = facade(list).execute("aws demo list-things --max-items 1");

        assertThat(r.json().get("Things")).hasSize(1);
        assertThat(r.nextToken()).isNotNull();
        assertThat(r.json().get("NextToken").asText()).isEqualTo(r.nextToken());
    }

    @Test
    void doesNotPaginateWhenTheTokenIsGivenByHand() {
        stubPages();
        BoundCall list = h.demo("ListThings", "{\"NextToken\":\"p2\"}", h.options().build());

        CommandResult r = facade(list).execute("aws demo list-things --next-token p2");

        assertThat(r.json().get("Things")).hasSize(1);
        wm.verify(1, postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void rejectsNoPaginateWithPaginationArguments() {
        BoundCall list = h.demo("ListThings", "{}", h.options().noPaginate().maxItems(3).build());

        CommandResult r = facade(list).execute("aws demo list-things --no-paginate --max-items 3");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("Cannot specify --no-paginate along with pagination arguments: --max-items.");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void reportsAServiceErrorLikeTheCli() {
        wm.stubFor(post("/").willReturn(aResponse().withStatus(400).withHeader("x-amzn-RequestId", "bad-1")
                .withBody("{\"__type\":\"ThingNotFound\",\"message\":\"No thing named x\"}")));
        BoundCall describe = h.demo("DescribeThing", "{\"Name\":\"x\"}", h.options().build());

        CommandResult r = facade(describe).execute("aws demo describe-thing --name x");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().code()).isEqualTo("ThingNotFound");
        assertThat(r.error().message()).isEqualTo("An error occurred (ThingNotFound) when calling the DescribeThing "
                + "operation: No thing named x");
        assertThat(r.requestIds()).containsExactly("bad-1");
        assertThat(r.httpStatus()).isEqualTo(400);
        assertThat(r.text()).isEmpty();
    }

    @Test
    void sendsNothingWhenTheGateDenies() {
        wm.stubFor(post("/").willReturn(okJson("{}")));
        BoundCall delete = h.demo("DeleteThing", "{\"Name\":\"x\"}", h.options().build());
        List<GateRequest> seen = new ArrayList<>();
        CallGate readOnly = req -> {
            seen.add(req);
            return GateDecision.deny("read-only", "demo:DeleteThing is a Write action, denied in read-only mode.",
                    "Ask the operator to allow writes.");
        };

        CommandResult r = h.builder(cmd -> delete).callGate(readOnly).auditSink(audit::add).build()
                .execute("aws demo delete-thing --name x", new ExecutionContext("claude", "1", "call_aws", null, null, null));

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().code()).isEqualTo("DeniedByPolicy");
        assertThat(r.error().hint()).isEqualTo("Ask the operator to allow writes.");
        assertThat(wm.getAllServeEvents()).isEmpty();
        assertThat(seen).singleElement().satisfies(req -> {
            assertThat(req.call().operation().name()).isEqualTo("DeleteThing");
            assertThat(req.context().clientName()).isEqualTo("claude");
        });
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.decision().allowed()).isFalse();
            assertThat(e.requests()).isEmpty();
        });
    }

    @Test
    void readOnlyModeDeniesAWriteThroughTheRealPolicy() {
        wm.stubFor(post("/").willReturn(okJson("{}")));
        dev.awsmcp.model.ServiceModel sqs = dev.awsmcp.model.ServiceCatalog.bundled().model("sqs").orElseThrow();
        BoundCall delete = new BoundCall(sqs, sqs.operation("DeleteQueue").orElseThrow(),
                FacadeHarness.JSON.createObjectNode().put("QueueUrl", "http://q/1"), h.options().build(), "aws sqs delete-queue");

        CommandResult r = h.builder(cmd -> delete).readOnly(true).build().execute("aws sqs delete-queue --queue-url http://q/1");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).contains("sqs:DeleteQueue");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void auditsEveryRequestWithProfileAndRegion() {
        stubPages();
        BoundCall list = h.demo("ListThings", "{}", h.options().region("eu-central-1").build());

        CommandResult r = facade(list).execute("aws demo list-things --region eu-central-1");

        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.commandLine()).isEqualTo("aws demo list-things --region eu-central-1");
            assertThat(e.region()).isEqualTo("eu-central-1");
            assertThat(e.profile()).isEqualTo("default");
            assertThat(e.decision().allowed()).isTrue();
            assertThat(e.requests()).extracting(AuditEvent.AuditedRequest::requestId).containsExactly("r1", "r2");
            assertThat(e.result()).isSameAs(r);
        });
    }

    @Test
    void keepsTheResultWhenTheAuditSinkFails() {
        stubPages();
        BoundCall list = h.demo("ListThings", "{}", h.options().build());

        CommandResult r = h.builder(cmd -> list)
                .auditSink(e -> { throw new IllegalStateException("disk full"); }).build().execute("aws demo list-things");

        assertThat(r.exitCode()).isZero();
    }

    @Test
    void waitsUntilTheWaiterSucceeds() {
        wm.stubFor(post("/").inScenario("w").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withBody("{\"__type\":\"ThingNotFound\",\"message\":\"no\"}"))
                .willSetStateTo("pending"));
        wm.stubFor(post("/").inScenario("w").whenScenarioStateIs("pending")
                .willReturn(okJson("{\"Thing\":{\"State\":\"PENDING\"}}")).willSetStateTo("ready"));
        wm.stubFor(post("/").inScenario("w").whenScenarioStateIs("ready")
                .willReturn(okJson("{\"Thing\":{\"State\":\"READY\"}}").withHeader("x-amzn-RequestId", "last")));
        BoundCall describe = h.demo("DescribeThing", "{\"Name\":\"x\"}", h.options().build());
        List<String> progress = new ArrayList<>();

        CommandResult r = facade(new WaiterCall("ThingReady", "thing-ready", describe)).execute("aws demo wait thing-ready --name x",
                new ExecutionContext(null, null, null, (d, t, m) -> progress.add(m), null, null));

        assertThat(r.exitCode()).isZero();
        assertThat(r.text()).isEmpty();
        assertThat(r.requestIds()).endsWith("last");
        assertThat(h.sleeper.delays).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
        assertThat(progress).hasSize(2);
    }

    @Test
    void failsTheWaiterOnItsFailureState() {
        wm.stubFor(post("/").willReturn(okJson("{\"Thing\":{\"State\":\"FAILED\"}}")));
        BoundCall describe = h.demo("DescribeThing", "{\"Name\":\"x\"}", h.options().build());

        CommandResult r = facade(new WaiterCall("ThingReady", "thing-ready", describe)).execute("aws demo wait thing-ready --name x");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).startsWith("Waiter ThingReady failed: Waiter encountered a terminal failure state");
    }

    @Test
    void timesOutAWaiterAtTheConfiguredLimit() {
        wm.stubFor(post("/").willReturn(okJson("{\"Thing\":{\"State\":\"PENDING\"}}")));
        BoundCall describe = h.demo("DescribeThing", "{\"Name\":\"x\"}", h.options().build());

        CommandResult r = h.builder(cmd -> new WaiterCall("ThingReady", "thing-ready", describe)).waiterTimeout(Duration.ofSeconds(7))
                .build().execute("aws demo wait thing-ready --name x");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("Waiter ThingReady failed: Max wait time of 7 seconds exceeded after 2 attempt(s)");
        wm.verify(2, postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void turnsAParseErrorIntoExitCode252() {
        CommandResult r = h.builder(cmd -> {
            throw new CommandException("UnknownOperation", "Invalid choice: 'lst-things'.", "Did you mean list-things?");
        }).build().execute("aws demo lst-things");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.error()).isEqualTo(new ErrorInfo("UnknownOperation", "Invalid choice: 'lst-things'.", "Did you mean list-things?"));
        assertThat(r.service()).isNull();
    }

    @Test
    void refusesHighLevelCommandsItDoesNotRun() {
        CommandResult r = h.builder(cmd -> new HighLevelCommand("configure", "add-model",
                        List.of("--service-model", "file://service.json"), "Adds a model.",
                        h.options().build(), "aws configure add-model --service-model file://service.json")).build()
                .execute("aws configure add-model --service-model file://service.json");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().code()).isEqualTo("UnsupportedCommand");
        assertThat(r.error().message()).isEqualTo("'aws configure add-model' is an AWS CLI customization that aws-mcp "
                + "does not run: it adds a service model to ~/.aws/models, which aws-mcp does not read: it uses only "
                + "its bundled models.");
        assertThat(r.error().hint()).startsWith("Run 'aws-mcp help' to see the bundled services");
    }

    @Test
    void reportsADefectAsOneSentenceWithoutAStackTrace() {
        CommandResult r = h.builder(cmd -> { throw new NullPointerException("boom"); }).build().execute("aws demo x");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("aws-mcp failed unexpectedly (NullPointerException): boom");
    }

    @Test
    void appliesTheQueryToTheMergedResult() {
        stubPages();
        BoundCall list = h.demo("ListThings", "{}", h.options().query("Things[-1].Name").build());

        CommandResult r = facade(list).execute("aws demo list-things --query Things[-1].Name");

        assertThat(r.json().asText()).isEqualTo("c");
    }
}
