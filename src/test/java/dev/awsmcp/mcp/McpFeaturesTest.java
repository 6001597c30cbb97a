package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tools, resources, prompts, progress, cancellation and consent, through an in-process HTTP server and the SDK client. */
class McpFeaturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeAwsMcp facade;
    private McpHttpTransport transport;
    private McpSyncClient client;
    private final List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
    private final List<McpSchema.LoggingMessageNotification> logs = new CopyOnWriteArrayList<>();

    private void start(boolean readOnly, List<String> flags,
                       Function<McpSchema.ElicitFormRequest, McpSchema.ElicitResult> elicitation) throws Exception {
        facade = new FakeAwsMcp(readOnly);
        List<String> args = new java.util.ArrayList<>(List.of("--http", "--port", "0"));
        args.addAll(flags);
        if (readOnly) {
            args.add("--read-only");
        }
        ServerConfig config = ServerConfig.parse(args, Map.of());
        AwsMcpServer server = AwsMcpServer.builder(facade, config).env(Map.of("AWS_REGION", "eu-west-1"))
                .regions(p -> List.of("eu-west-1", "us-east-1")).build();
        transport = McpHttpTransport.start(server);
        McpClient.SyncSpec spec = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + transport.port())
                        .endpoint(McpHttpTransport.PATH).build())
                .requestTimeout(Duration.ofSeconds(30))
                .progressConsumer(progress::add)
                .loggingConsumer(logs::add);
        if (elicitation != null) {
            spec.capabilities(McpSchema.ClientCapabilities.builder().elicitation().build()).elicitation(elicitation);
        }
        client = spec.build();
        client.initialize();
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.closeGracefully();
        }
        if (transport != null) {
            transport.close();
        }
    }

    private McpSchema.CallToolResult call(Object commands) {
        return client.callTool(new McpSchema.CallToolRequest("call_aws", Map.of("cli_command", commands)));
    }

    private static JsonNode structured(McpSchema.CallToolResult r) {
        return JSON.valueToTree(r.structuredContent());
    }

    @Test
    void annotatesCallAwsAsDestructiveOutsideReadOnlyMode() throws Exception {
        start(false, List.of(), null);
        McpSchema.Tool tool = client.listTools().tools().stream().filter(t -> t.name().equals("call_aws")).findFirst().orElseThrow();
        assertThat(tool.annotations().readOnlyHint()).isFalse();
        assertThat(tool.annotations().destructiveHint()).isTrue();
        assertThat(tool.annotations().openWorldHint()).isTrue();
    }

    @Test
    void runsABatchInOrderAndSummarisesIt() throws Exception {
        start(true, List.of(), null);
        JsonNode s = structured(call(List.of("aws sts get-caller-identity", "aws ec2 describe-vpcs --region eu-west-1",
                "aws nosuch thing")));
        assertThat(s.path("results")).hasSize(3);
        assertThat(s.path("results").get(0).path("status").asText()).isEqualTo("ok");
        assertThat(s.path("results").get(1).path("output").path("Vpcs").get(0).path("VpcId").asText()).isEqualTo("vpc-eu-west-1");
        assertThat(s.path("results").get(2).path("error").path("code").asText()).isEqualTo("UnknownOperation");
        assertThat(s.path("summary").path("succeeded").asInt()).isEqualTo(2);
        assertThat(s.path("summary").path("failed").asInt()).isEqualTo(1);
    }

    @Test
    void dropsNullMembersFromOutput() throws Exception {
        start(true, List.of(), null);
        JsonNode vpc = structured(call("aws ec2 describe-vpcs")).path("results").get(0).path("output").path("Vpcs").get(0);
        assertThat(vpc.has("Tags")).isFalse();
        assertThat(vpc.path("VpcId").asText()).startsWith("vpc-");
    }

    @Test
    void fansOutOverEveryEnabledRegion() throws Exception {
        start(true, List.of(), null);
        JsonNode results = structured(call("aws ec2 describe-vpcs --region '*'")).path("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).path("region").asText()).isEqualTo("eu-west-1");
        assertThat(results.get(1).path("output").path("Vpcs").get(0).path("VpcId").asText()).isEqualTo("vpc-us-east-1");
    }

    @Test
    void rejectsMoreThanTwentyCommands() throws Exception {
        start(true, List.of(), null);
        McpSchema.CallToolResult r = call(java.util.Collections.nCopies(21, "aws sts get-caller-identity"));
        assertThat(r.isError()).isTrue();
        assertThat(structured(r).path("error").path("message").asText()).contains("1 to 20");
        assertThat(facade.executed).isEmpty();
    }

    @Test
    void cutsBigOutputToTheBudgetWithAContinuationNote() throws Exception {
        start(true, List.of("--max-output", "20000"), null);
        McpSchema.CallToolResult r = call("aws test big");
        JsonNode entry = structured(r).path("results").get(0);
        assertThat(entry.path("output").toString().length()).isLessThanOrEqualTo(20_000);
        assertThat(entry.path("output").path("Items").size()).isBetween(1, 4_999);
        JsonNode note = entry.path("truncated");
        assertThat(note.path("omissions").get(0).path("total").asInt()).isEqualTo(5000);
        assertThat(note.path("omissions").get(0).path("path").asText()).isEqualTo("Items");
        assertThat(note.path("howToContinue").asText()).contains("--query 'Items[]");
        assertThat(note.path("howToContinue").asText()).doesNotContain("--max-items"); // "test big" does not paginate
        String text = ((McpSchema.TextContent) r.content().get(0)).text();
        assertThat(text.length()).isLessThan(21_000);
        assertThat(text).contains("[truncated:");
        assertThat(logs).anySatisfy(l -> assertThat(l.data()).contains("shortened"));
    }

    @Test
    void returnsThePaginationTokenWithHowToContinue() throws Exception {
        start(true, List.of(), null);
        McpSchema.CallToolResult r = call("aws test paged");
        assertThat(structured(r).path("results").get(0).path("nextToken").asText()).isEqualTo("eyJuZXh0IjoyfQ==");
        assertThat(((McpSchema.TextContent) r.content().get(0)).text()).contains("--starting-token eyJuZXh0IjoyfQ==");
    }

    @Test
    void returnsTextOutputOfHighLevelCommands() throws Exception {
        start(true, List.of(), null);
        JsonNode entry = structured(call("aws s3 ls")).path("results").get(0);
        assertThat(entry.path("text").asText()).contains("bucket-a");
        assertThat(entry.has("output")).isFalse();
    }

    @Test
    void sendsProgressNotificationsWhenTheRequestHasAToken() throws Exception {
        start(true, List.of(), null);
        McpSchema.CallToolResult r = client.callTool(McpSchema.CallToolRequest.builder("call_aws")
                .arguments(Map.of("cli_command", "aws test slow")).progressToken("tok-1").build());
        assertThat(r.isError()).isFalse();
        assertThat(progress).isNotEmpty();
        assertThat(progress).allSatisfy(p -> assertThat(p.progressToken()).isEqualTo("tok-1"));
        assertThat(progress.get(progress.size() - 1).total()).isEqualTo(10.0);
    }

    @Test
    void stopsACallWhenTheClientCancelsIt() throws Exception {
        start(true, List.of(), null);
        // the SDK client cannot cancel, so speak the protocol directly
        RawSession raw = RawSession.open(transport.port());
        CompletableFuture<String> response = CompletableFuture.supplyAsync(() -> raw.request(7,
                "tools/call", "{\"name\":\"call_aws\",\"arguments\":{\"cli_command\":\"aws test slow\"}}"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (facade.executed.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        raw.notify("notifications/cancelled", "{\"requestId\":7,\"reason\":\"user\"}");
        String body = response.get(20, TimeUnit.SECONDS);
        // the call stopped (the fake's slow command ends when cancelled) and its answer was never sent
        assertThat(body).doesNotContain("\"id\":7").doesNotContain("result");
        assertThat(facade.cancelled).isTrue();
    }

    @Test
    void asksForConsentThroughElicitation() throws Exception {
        start(false, List.of(), req -> new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, Map.of("approve", true)));
        JsonNode entry = structured(call("aws test consent")).path("results").get(0);
        assertThat(entry.path("output").path("Consent").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void treatsADeclinedElicitationAsNoConsent() throws Exception {
        start(false, List.of(), req -> new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.DECLINE, null));
        JsonNode entry = structured(call("aws test consent")).path("results").get(0);
        assertThat(entry.path("error").path("message").asText()).isEqualTo("Consent was declined.");
    }

    @Test
    void reportsConsentUnsupportedForClientsWithoutElicitation() throws Exception {
        start(false, List.of(), null);
        JsonNode entry = structured(call("aws test consent")).path("results").get(0);
        assertThat(entry.path("error").path("message").asText()).isEqualTo("Consent was unsupported.");
    }

    @Test
    void passesClientNameAndToolToTheFacade() throws Exception {
        start(true, List.of(), null);
        call("aws sts get-caller-identity");
        assertThat(facade.contexts.get(0).clientName()).isEqualTo("Java SDK MCP Client");
        assertThat(facade.contexts.get(0).tool()).isEqualTo("call_aws");
    }

    @Test
    void answersHelpForAnOperation() throws Exception {
        start(true, List.of(), null);
        McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("aws_cli_help",
                Map.of("service", "ec2", "operation", "describe-instances")));
        JsonNode s = structured(r);
        assertThat(s.path("kind").asText()).isEqualTo("operation");
        assertThat(s.path("paginated").asBoolean()).isTrue();
        assertThat(s.path("parameters").toString()).contains("--instance-ids").contains("--filters");
    }

    @Test
    void suggestsCommandsForATask() throws Exception {
        start(true, List.of(), null);
        McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("suggest_aws_commands",
                Map.of("query", "list my s3 buckets")));
        assertThat(structured(r).path("suggestions").toString()).contains("aws s3api list-buckets");
    }

    @Test
    void suggestionsCarryUsageRequiredParametersAndRisk() throws Exception {
        start(true, List.of(), null);
        McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("suggest_aws_commands",
                Map.of("query", "delete a lambda function", "limit", 3)));
        JsonNode first = structured(r).path("suggestions").get(0);
        assertThat(first.path("command").asText()).isEqualTo("aws lambda delete-function");
        assertThat(first.path("usage").asText()).startsWith("aws lambda delete-function --function-name");
        assertThat(first.path("requiredParameters").get(0).path("name").asText()).isEqualTo("--function-name");
        assertThat(first.path("access").path("callClass").asText()).isEqualTo("write");
        assertThat(((McpSchema.TextContent) r.content().get(0)).text())
                .contains("access: write, IAM access level Write");
    }

    @Test
    void readsTheConfigResource() throws Exception {
        start(true, List.of("--max-output", "12345"), null);
        McpSchema.ReadResourceResult r = client.readResource(new McpSchema.ReadResourceRequest("aws://config"));
        JsonNode config = JSON.readTree(((McpSchema.TextResourceContents) r.contents().get(0)).text());
        assertThat(config.path("mode").asText()).isEqualTo("read-only");
        assertThat(config.path("region").path("name").asText()).isEqualTo("eu-west-1");
        assertThat(config.path("region").path("source").asText()).isEqualTo("AWS_REGION");
        assertThat(config.path("limits").path("maxOutputChars").asInt()).isEqualTo(12345);
    }

    @Test
    void listsEveryResource() throws Exception {
        start(true, List.of(), null);
        assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri)
                .containsExactlyInAnyOrder("aws://profiles", "aws://regions", "aws://config", "aws://services", "aws://audit/recent",
                        "aws://audit/last-report");
        JsonNode services = JSON.readTree(((McpSchema.TextResourceContents) client.readResource(
                new McpSchema.ReadResourceRequest("aws://services")).contents().get(0)).text());
        assertThat(services.path("count").asInt()).isGreaterThan(400);
        JsonNode regions = JSON.readTree(((McpSchema.TextResourceContents) client.readResource(
                new McpSchema.ReadResourceRequest("aws://regions")).contents().get(0)).text());
        assertThat(regions.path("partitions").toString()).contains("\"name\":\"eu-west-1\"").contains("\"optIn\":\"opt-in-required\"");
    }

    @Test
    void rendersEveryPromptWithItsArguments() throws Exception {
        start(true, List.of(), null);
        List<McpSchema.Prompt> prompts = client.listPrompts().prompts();
        assertThat(prompts).extracting(McpSchema.Prompt::name)
                .contains("aws_inventory", "aws_security_review", "aws_cost_lookaround", "aws_troubleshoot",
                        "aws_cross_account_inventory");
        McpSchema.GetPromptResult p = client.getPrompt(new McpSchema.GetPromptRequest("aws_troubleshoot",
                Map.of("symptom", "Lambda fn-x times out")));
        String text = ((McpSchema.TextContent) p.messages().get(0).content()).text();
        assertThat(text).contains("Lambda fn-x times out").contains("call_aws");
        McpSchema.GetPromptResult cross = client.getPrompt(new McpSchema.GetPromptRequest(
                "aws_cross_account_inventory", Map.of("accounts", "111122223333", "role", "Auditor")));
        assertThat(((McpSchema.TextContent) cross.messages().get(0).content()).text())
                .contains("--accounts 111122223333 --role-name Auditor --region '*'").contains("FanOutErrors");
    }

    @Test
    void leavesTheDocumentationToolsOutWhenDisabled() throws Exception {
        start(true, List.of("--docs=false"), null);
        assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name)
                .doesNotContain("search_documentation", "read_documentation", "recommend").contains("list_regions");
    }

    /** A hand-driven streamable HTTP session, for messages the SDK client does not send. */
    private static final class RawSession {
        private final HttpClient http = HttpClient.newHttpClient();
        private final URI uri;
        private String session;

        private RawSession(int port) {
            this.uri = URI.create("http://127.0.0.1:" + port + McpHttpTransport.PATH);
        }

        static RawSession open(int port) {
            RawSession s = new RawSession(port);
            HttpResponse<String> init = s.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                    + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
            s.session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
            s.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            return s;
        }

        String request(int id, String method, String params) {
            return post("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}").body();
        }

        void notify(String method, String params) {
            post("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
        }

        private HttpResponse<String> post(String body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream").POST(HttpRequest.BodyPublishers.ofString(body));
            if (session != null) {
                b.header("Mcp-Session-Id", session);
            }
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
