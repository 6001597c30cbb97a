package dev.awsmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code serve} as a separate JVM (with the scripted facade: {@link FakeServeMain}) and talks to it like an
 * MCP client would, over stdio and over streamable HTTP.
 */
class ServeEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private List<String> javaCommand(String... serveArgs) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + tmp, "-cp", System.getProperty("java.class.path"), FakeServeMain.class.getName(), "serve"));
        cmd.addAll(List.of(serveArgs));
        return cmd;
    }

    private Map<String, String> env() {
        return Map.of("AWS_MCP_LOG_FILE", tmp.resolve("server.log").toString(), "AWS_REGION", "eu-west-1",
                "AWS_CONFIG_FILE", tmp.resolve("no-config").toString(), "AWS_SHARED_CREDENTIALS_FILE", tmp.resolve("no-creds").toString());
    }

    @Test
    void servesAClientOverStdio() throws Exception {
        List<String> cmd = javaCommand("--read-only");
        ServerParameters params = ServerParameters.builder(cmd.get(0)).args(cmd.subList(1, cmd.size())).env(env()).build();
        McpSyncClient client = McpClient.sync(new StdioClientTransport(params, McpJsonDefaults.getMapper()))
                .requestTimeout(Duration.ofSeconds(60)).initializationTimeout(Duration.ofSeconds(60)).build();
        try {
            assertThat(client.initialize().serverInfo().name()).isEqualTo("aws-mcp");
            exercise(client);
        } finally {
            client.closeGracefully();
        }
        assertThat(Files.readString(tmp.resolve("server.log"))).doesNotContain("Exception");
    }

    @Test
    void servesAClientOverStreamableHttp() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(javaCommand("--http", "--port", "0", "--read-only"));
        pb.environment().putAll(env());
        pb.environment().put("AWS_MCP_AUTH_TOKEN", "e2e-token-123");
        Process p = pb.start();
        try {
            int port = awaitPort(p);
            McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port)
                            .requestBuilder(java.net.http.HttpRequest.newBuilder().header("Authorization", "Bearer e2e-token-123"))
                            .build())
                    .requestTimeout(Duration.ofSeconds(60)).build();
            client.initialize();
            exercise(client);
            client.closeGracefully();
            assertThat(rawStatus(port, "127.0.0.1:" + port, null)).as("no token").isEqualTo(401);
            assertThat(rawStatus(port, "attacker.example:" + port, "e2e-token-123")).as("foreign Host").isEqualTo(421);
        } finally {
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }

    @Test
    void exitsWhenTheClientClosesStdinAndWritesOnlyProtocolToStdout() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(javaCommand());
        pb.environment().putAll(env());
        pb.redirectError(tmp.resolve("stderr.txt").toFile());
        Process p = pb.start();
        OutputStream in = p.getOutputStream();
        in.write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}\n"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        while (lines.size() < 2) {
            String line = out.readLine();
            assertThat(line).as("server output ended early").isNotNull();
            lines.add(JSON.readTree(line));
        }
        in.close();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("exits after stdin EOF").isTrue();
        assertThat(p.exitValue()).isZero();
        String rest;
        while ((rest = out.readLine()) != null) {
            lines.add(JSON.readTree(rest));
        }
        assertThat(lines).allSatisfy(l -> assertThat(l.path("jsonrpc").asText()).isEqualTo("2.0"));
        assertThat(lines.get(1).path("result").path("tools")).hasSize(11); // call_aws, help, suggest, 3 docs, 2 region, run_audit, 2 SOP
    }

    @Test
    void stopsOnSigtermWhileTheClientIsStillConnected() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(javaCommand());
        pb.environment().putAll(env());
        pb.redirectError(tmp.resolve("stderr.txt").toFile());
        Process p = pb.start();
        p.getOutputStream().write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        String first = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(first).contains("\"serverInfo\"");
        p.destroy(); // SIGTERM; stdin stays open
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("exits on SIGTERM").isTrue();
        assertThat(Files.readString(tmp.resolve("stderr.txt"))).doesNotContain("Exception");
    }

    @Test
    void refusesABadOptionWithOneSentence() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(javaCommand("--max-output", "many"));
        pb.environment().putAll(env());
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(252);
        assertThat(err).contains("--max-output").contains("Hint:").doesNotContain("Exception");
    }

    /** The common conversation: tools, a call, a batch, a denial, help, a resource, a prompt. */
    private static void exercise(McpSyncClient client) throws Exception {
        List<McpSchema.Tool> tools = client.listTools().tools();
        assertThat(tools).extracting(McpSchema.Tool::name).contains("call_aws", "aws_cli_help", "suggest_aws_commands");
        assertThat(tools).allSatisfy(t -> {
            assertThat(t.annotations()).isNotNull();
            assertThat(t.outputSchema()).isNotEmpty();
        });
        McpSchema.CallToolResult one = client.callTool(new McpSchema.CallToolRequest("call_aws",
                Map.of("cli_command", "aws sts get-caller-identity")));
        assertThat(result(one, 0).path("output").path("Account").asText()).isEqualTo("123456789012");
        McpSchema.CallToolResult batch = client.callTool(new McpSchema.CallToolRequest("call_aws",
                Map.of("cli_command", List.of("aws ec2 describe-vpcs --region '*'", "aws sts get-caller-identity"))));
        JsonNode results = JSON.valueToTree(batch.structuredContent()).path("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).path("region").asText()).isEqualTo("eu-west-1");
        McpSchema.CallToolResult denied = client.callTool(new McpSchema.CallToolRequest("call_aws",
                Map.of("cli_command", "aws ec2 delete-vpc --vpc-id vpc-1")));
        assertThat(denied.isError()).isTrue();
        assertThat(result(denied, 0).path("error").path("code").asText()).isEqualTo("AccessDenied");
        McpSchema.CallToolResult help = client.callTool(new McpSchema.CallToolRequest("aws_cli_help",
                Map.of("service", "s3api", "operation", "list-objects-v2")));
        assertThat(JSON.valueToTree(help.structuredContent()).path("parameters").toString()).contains("--bucket");
        McpSchema.ReadResourceResult config = client.readResource(new McpSchema.ReadResourceRequest("aws://config"));
        assertThat(((McpSchema.TextResourceContents) config.contents().get(0)).text()).contains("\"read-only\"");
        McpSchema.GetPromptResult prompt = client.getPrompt(new McpSchema.GetPromptRequest("aws_inventory", Map.of()));
        assertThat(prompt.messages()).isNotEmpty();
    }

    private static JsonNode result(McpSchema.CallToolResult r, int i) {
        return JSON.valueToTree(r.structuredContent()).path("results").get(i);
    }

    private static int awaitPort(Process p) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        Pattern url = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/mcp");
        String line;
        while ((line = err.readLine()) != null) {
            Matcher m = url.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (err.readLine() != null) {
                            // keep the pipe from filling up
                        }
                    } catch (java.io.IOException ignored) {
                        // process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the server never printed its URL");
    }

    private static int rawStatus(int port, String host, String token) throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            String head = "POST /mcp HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json, text/event-stream\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write((head + body).getBytes(StandardCharsets.UTF_8));
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
