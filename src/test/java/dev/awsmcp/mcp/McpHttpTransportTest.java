package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server over streamable HTTP in-process, with the SDK's client, plus the transport guard. */
class McpHttpTransportTest {
    private final FakeAwsMcp facade = new FakeAwsMcp(true);
    private McpHttpTransport transport;
    private McpSyncClient client;

    private void start(Map<String, String> env) throws Exception {
        ServerConfig config = ServerConfig.parse(List.of("--http", "--port", "0", "--read-only"), env);
        AwsMcpServer server = AwsMcpServer.builder(facade, config).env(Map.of("AWS_REGION", "eu-west-1"))
                .regions(p -> List.of("eu-west-1", "us-east-1")).build();
        transport = McpHttpTransport.start(server);
    }

    private McpSyncClient connect(String token) {
        HttpClientStreamableHttpTransport.Builder b = HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + transport.port())
                .endpoint(McpHttpTransport.PATH);
        if (token != null) {
            b.requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token));
        }
        McpSyncClient c = McpClient.sync(b.build()).requestTimeout(Duration.ofSeconds(30)).build();
        c.initialize();
        return c;
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

    @Test
    void servesToolsWithReadOnlyAnnotationsAndSchemas() throws Exception {
        start(Map.of());
        client = connect(null);
        List<McpSchema.Tool> tools = client.listTools().tools();
        assertThat(tools).extracting(McpSchema.Tool::name).containsExactlyInAnyOrder("call_aws", "aws_cli_help", "suggest_aws_commands",
                "search_documentation", "read_documentation", "recommend", "list_regions", "get_regional_availability",
                "retrieve_agent_sop", "retrieve_skill", "run_audit");
        McpSchema.Tool callAws = tools.stream().filter(t -> t.name().equals("call_aws")).findFirst().orElseThrow();
        assertThat(callAws.annotations().readOnlyHint()).isTrue();
        assertThat(callAws.annotations().destructiveHint()).isFalse();
        assertThat(callAws.annotations().openWorldHint()).isTrue();
        assertThat(callAws.outputSchema()).containsKey("properties");
        assertThat(callAws.inputSchema().get("required")).isEqualTo(List.of("cli_command"));
        assertThat(tools).allSatisfy(t -> assertThat(t.outputSchema()).isNotNull());
    }

    @Test
    void runsOneCommandAndReturnsStructuredContent() throws Exception {
        start(Map.of());
        client = connect(null);
        McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("call_aws",
                Map.of("cli_command", "aws sts get-caller-identity")));
        assertThat(r.isError()).isFalse();
        Map<?, ?> entry = firstResult(r);
        assertThat(entry.get("status")).isEqualTo("ok");
        assertThat(((Map<?, ?>) entry.get("output")).get("Account")).isEqualTo("123456789012");
        assertThat(entry.get("requestIds")).isEqualTo(List.of("REQ-GET-CALLER-IDENTITY"));
        assertThat(((McpSchema.TextContent) r.content().get(0)).text()).contains("123456789012");
    }

    @Test
    void deniesAWriteInReadOnlyModeWithAHint() throws Exception {
        start(Map.of());
        client = connect(null);
        McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("call_aws",
                Map.of("cli_command", "aws s3api delete-bucket --bucket b")));
        assertThat(r.isError()).isTrue();
        Map<?, ?> error = (Map<?, ?>) firstResult(r).get("error");
        assertThat(error.get("code")).isEqualTo("AccessDenied");
        assertThat((String) error.get("hint")).isNotBlank();
    }

    @Test
    void rejectsAForeignHostHeader() throws Exception {
        start(Map.of());
        int status = post(Map.of("Host", "evil.example:" + transport.port()));
        assertThat(status).isEqualTo(421);
    }

    @Test
    void rejectsAForeignOrigin() throws Exception {
        start(Map.of());
        int status = post(Map.of("Origin", "http://evil.example"));
        assertThat(status).isEqualTo(403);
    }

    @Test
    void acceptsALocalhostOrigin() throws Exception {
        start(Map.of());
        int status = post(Map.of("Origin", "http://localhost:3000"));
        assertThat(status).isEqualTo(200);
    }

    @Test
    void requiresTheBearerTokenWhenOneIsConfigured() throws Exception {
        start(Map.of("AWS_MCP_AUTH_TOKEN", "s3cret-token-value"));
        assertThat(post(Map.of())).isEqualTo(401);
        assertThat(post(Map.of("Authorization", "Bearer wrong"))).isEqualTo(401);
        assertThat(post(Map.of("Authorization", "Bearer s3cret-token-value"))).isEqualTo(200);
        client = connect("s3cret-token-value");
        assertThat(client.listTools().tools()).isNotEmpty();
    }

    private int post(Map<String, String> headers) throws Exception {
        String init = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + transport.port() + McpHttpTransport.PATH))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(init));
        headers.forEach((k, v) -> {
            if (!k.equals("Host")) {
                b.header(k, v);
            }
        });
        if (headers.containsKey("Host")) {
            // java.net.http refuses to set Host; speak HTTP/1.1 by hand
            return RawHttp.postStatus(transport.port(), McpHttpTransport.PATH, headers.get("Host"), init);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    static Map<?, ?> firstResult(McpSchema.CallToolResult r) {
        Map<?, ?> root = (Map<?, ?>) r.structuredContent();
        return (Map<?, ?>) ((List<?>) root.get("results")).get(0);
    }
}
