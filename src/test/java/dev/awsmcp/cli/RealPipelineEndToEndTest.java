package dev.awsmcp.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws-mcp serve} with the real pipeline (parser, policy, codecs, signing, HTTP, output, audit) as a
 * subprocess, against a WireMock stub of DynamoDB, with static fake credentials.
 */
class RealPipelineEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALLER_ARN = "arn:aws:iam::123456789012:user/e2e";

    @TempDir
    Path tmp;
    private WireMockServer wm;
    /**
     * STS for the audit trail's caller-identity lookup ({@code AWS_ENDPOINT_URL_STS}): without it the server would
     * send that lookup to the real STS endpoint. Separate from {@link #wm}, whose traffic some tests assert on.
     */
    private WireMockServer sts;

    @BeforeEach
    void start() {
        sts = dev.awsmcp.testing.StsStub.start(CALLER_ARN);
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        wm.stubFor(post("/").withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.ListTables"))
                .willReturn(okJson("{\"TableNames\":[\"orders\",\"users\"]}")));
    }

    @AfterEach
    void stop() {
        wm.stop();
        sts.stop();
    }

    @Test
    void servesThePipelineOverStreamableHttp() throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(javaArgs("--http", "--port", "0", "--read-only"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env());
        pb.environment().put("AWS_MCP_AUTH_TOKEN", "real-pipeline-token");
        Process p = pb.start();
        try {
            java.io.BufferedReader err = new java.io.BufferedReader(new java.io.InputStreamReader(p.getErrorStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            java.util.regex.Matcher m = null;
            while (m == null) {
                String line = err.readLine();
                assertThat(line).as("the server ended before printing its URL").isNotNull();
                java.util.regex.Matcher found = java.util.regex.Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/mcp").matcher(line);
                m = found.find() ? found : null;
            }
            assertThat(m).as("the server printed its URL").isNotNull();
            Thread drain = new Thread(() -> {
                try {
                    err.transferTo(java.io.Writer.nullWriter());
                } catch (java.io.IOException ignored) {
                    // process ended
                }
            });
            drain.setDaemon(true);
            drain.start();
            McpSyncClient c = McpClient.sync(io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport
                            .builder("http://127.0.0.1:" + m.group(1))
                            .requestBuilder(java.net.http.HttpRequest.newBuilder().header("Authorization", "Bearer real-pipeline-token"))
                            .build())
                    .requestTimeout(Duration.ofSeconds(60)).build();
            c.initialize();
            McpSchema.CallToolResult r = c.callTool(new McpSchema.CallToolRequest("call_aws",
                    Map.of("cli_command", "aws dynamodb list-tables" + ep())));
            assertThat(JSON.valueToTree(r.structuredContent()).path("results").get(0).path("output").path("TableNames").size()).isEqualTo(2);
            c.closeGracefully();
        } finally {
            p.destroy();
            assertThat(p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }

    private List<String> javaArgs(String... serveArgs) {
        List<String> args = new java.util.ArrayList<>(List.of("-Duser.home=" + tmp, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve"));
        args.addAll(List.of(serveArgs));
        return args;
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_ACCESS_KEY_ID", "AKIDE2ETEST");
        env.put("AWS_SECRET_ACCESS_KEY", "e2e-secret-key");
        env.put("AWS_CONFIG_FILE", tmp.resolve("no-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", tmp.resolve("no-credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_MCP_LOG_FILE", tmp.resolve("server.log").toString());
        env.put("AWS_MCP_AUDIT_FILE", tmp.resolve("audit.jsonl").toString());
        env.put("AWS_MCP_WORKDIR", tmp.toString());
        env.put("AWS_ENDPOINT_URL_STS", sts.baseUrl());
        return env;
    }

    @Test
    void asksTheUserBeforeAWriteAndHonoursTheAnswer() {
        wm.stubFor(post("/").withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.DeleteTable"))
                .willReturn(okJson("{\"TableDescription\":{\"TableName\":\"orders\",\"TableStatus\":\"DELETING\"}}")));
        java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean approve = new java.util.concurrent.atomic.AtomicBoolean(false);
        McpSyncClient c = client(spec -> spec.capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
                .elicitation(req -> {
                    asked.add(req.message());
                    return new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, Map.of("approve", approve.get()));
                }), "--require-consent");
        try {
            McpSchema.CallToolResult declined = c.callTool(new McpSchema.CallToolRequest("call_aws",
                    Map.of("cli_command", "aws dynamodb delete-table --table-name orders" + ep())));
            assertThat(declined.isError()).isTrue();
            assertThat(asked).hasSize(1);
            assertThat(asked.get(0)).contains("delete-table");
            assertThat(wm.getAllServeEvents()).isEmpty();
            approve.set(true);
            McpSchema.CallToolResult accepted = c.callTool(new McpSchema.CallToolRequest("call_aws",
                    Map.of("cli_command", "aws dynamodb delete-table --table-name orders" + ep())));
            JsonNode entry = JSON.valueToTree(accepted.structuredContent()).path("results").get(0);
            assertThat(entry.path("status").asText()).as(entry.toString()).isEqualTo("ok");
            wm.verify(postRequestedFor(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.DeleteTable")));
        } finally {
            c.closeGracefully();
        }
    }

    private McpSyncClient client(String... serveArgs) {
        return client(spec -> spec, serveArgs);
    }

    private McpSyncClient client(java.util.function.UnaryOperator<McpClient.SyncSpec> customize, String... serveArgs) {
        List<String> args = javaArgs(serveArgs);
        Map<String, String> env = env();
        ServerParameters params = ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .args(args).env(env).build();
        McpSyncClient c = customize.apply(McpClient.sync(new StdioClientTransport(params, McpJsonDefaults.getMapper()))
                .requestTimeout(Duration.ofSeconds(60)).initializationTimeout(Duration.ofSeconds(60))).build();
        c.initialize();
        return c;
    }

    private static JsonNode readJson(McpSyncClient c, String uri) {
        try {
            return JSON.readTree(((McpSchema.TextResourceContents) c.readResource(new McpSchema.ReadResourceRequest(uri))
                    .contents().get(0)).text());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String ep() {
        return " --endpoint-url http://127.0.0.1:" + wm.port() + " --region us-east-1";
    }

    @Test
    void callsAStubbedAwsServiceThroughTheWholePipeline() {
        McpSyncClient c = client("--read-only");
        try {
            McpSchema.CallToolResult r = c.callTool(new McpSchema.CallToolRequest("call_aws",
                    Map.of("cli_command", "aws dynamodb list-tables" + ep())));
            JsonNode entry = JSON.valueToTree(r.structuredContent()).path("results").get(0);
            assertThat(entry.path("status").asText()).as(entry.toString()).isEqualTo("ok");
            assertThat(entry.path("output").path("TableNames").toString()).isEqualTo("[\"orders\",\"users\"]");
            wm.verify(postRequestedFor(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.ListTables")));
            JsonNode audit = readJson(c, "aws://audit/recent").path("records");
            assertThat(audit).hasSize(1);
            assertThat(audit.get(0).path("command").asText()).contains("dynamodb list-tables");
            assertThat(audit.get(0).path("tool").asText()).isEqualTo("call_aws");
            assertThat(audit.get(0).toString()).doesNotContain("e2e-secret-key");
            JsonNode config = readJson(c, "aws://config");
            assertThat(config.path("mode").asText()).isEqualTo("read-only");
            assertThat(config.path("policy").path("readOnly").asBoolean()).isTrue();
            // the caller-identity lookup went to the local STS, signed with the command's credentials
            awaitCallerIdentityLookup();
            c.callTool(new McpSchema.CallToolRequest("call_aws", Map.of("cli_command", "aws dynamodb list-tables" + ep())));
            JsonNode later = readJson(c, "aws://audit/recent").path("records");
            assertThat(later).hasSize(2);
            assertThat(later.toString()).contains("\"callerArn\":\"" + CALLER_ARN + "\"");
        } finally {
            c.closeGracefully();
        }
    }

    private void awaitCallerIdentityLookup() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        var lookups = dev.awsmcp.testing.StsStub.lookups();
        while (sts.findAll(lookups).isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        assertThat(sts.findAll(lookups)).hasSize(1).allSatisfy(req ->
                assertThat(req.getHeader("Authorization")).contains("Credential=AKIDE2ETEST/"));
    }

    @Test
    void takesReadOnlyModeFromThePolicyFileIntoTheToolAnnotations() throws Exception {
        java.nio.file.Files.createDirectories(tmp.resolve(".aws-mcp"));
        java.nio.file.Files.writeString(tmp.resolve(".aws-mcp/policy.yaml"), "version: 1\nreadOnly: true\n");
        McpSyncClient c = client();
        try {
            McpSchema.Tool tool = c.listTools().tools().stream().filter(t -> t.name().equals("call_aws")).findFirst().orElseThrow();
            assertThat(tool.annotations().readOnlyHint()).isTrue();
            assertThat(tool.annotations().destructiveHint()).isFalse();
        } finally {
            c.closeGracefully();
        }
    }

    @Test
    void deniesAWriteInReadOnlyModeWithoutSendingIt() {
        McpSyncClient c = client("--read-only");
        try {
            McpSchema.CallToolResult r = c.callTool(new McpSchema.CallToolRequest("call_aws",
                    Map.of("cli_command", "aws dynamodb delete-table --table-name orders" + ep())));
            assertThat(r.isError()).isTrue();
            JsonNode entry = JSON.valueToTree(r.structuredContent()).path("results").get(0);
            assertThat(entry.path("error").path("hint").asText()).isNotBlank();
            assertThat(wm.getAllServeEvents()).isEmpty();
        } finally {
            c.closeGracefully();
        }
    }
}
