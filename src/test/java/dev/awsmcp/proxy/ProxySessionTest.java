package dev.awsmcp.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.audit.AuditTrail;
import dev.awsmcp.audit.RotatingFileSink;
import dev.awsmcp.client.auth.AwsEnvironment;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSupplier;

/**
 * The proxy against a real streamable-HTTP MCP server (the MCP Java SDK's, behind Jetty) that verifies the SigV4
 * signature of every request with the SDK signer: messages in both directions, read-only decisions of every rule
 * kind, consent, cancellation and progress, rotated credentials, a remote restart, a dead remote, the output
 * budget and the audit trail.
 */
class ProxySessionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AwsCredentials KEY_A = AwsBasicCredentials.create("AKIDAAAAAAAAAAAAAAAA", "secretA");
    private static final AwsCredentials KEY_B = AwsBasicCredentials.create("AKIDBBBBBBBBBBBBBBBB", "secretB");

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void initializeListAndCallGoThroughSigned() throws Exception {
        SignedMcpServer remote = remote(0, KEY_A);
        Client c = client(options(remote, List.of()), staticSigner(KEY_A), null);
        JsonNode init = c.initialize(Map.of());
        assertThat(init.path("result").path("serverInfo").path("name").asText()).isEqualTo("signed-remote");
        assertThat(names(c.call("tools/list", JSON.createObjectNode()))).contains("call_aws", "peek", "delete_everything", "ask");
        JsonNode r = c.callTool("call_aws", Map.of("cli_command", "aws s3 ls"));
        assertThat(text(r)).isEqualTo("ran: aws s3 ls");
        assertThat(remote.rejected.get()).isZero();
        assertThat(remote.accepted.get()).isGreaterThanOrEqualTo(4); // initialize, initialized, list, call
    }

    @Test
    void theVerifierRejectsATamperedBodyAndAnUnknownKey() throws Exception {
        SignedMcpServer remote = remote(0, KEY_A);
        RemoteTarget target = new RemoteTarget("r", remote.endpoint(), SignedMcpServer.SERVICE, SignedMcpServer.REGION, null);
        byte[] body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of("Content-Type", "application/json", "Accept", "application/json, text/event-stream");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ProxySigner signer = staticSigner(KEY_A);
        Map<String, String> signed = signer.sign(target, "POST", remote.endpoint(), headers, body);
        assertThat(post(http, remote.endpoint(), signed, body)).isNotEqualTo(403);
        byte[] tampered = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(post(http, remote.endpoint(), signed, tampered)).isEqualTo(403);
        Map<String, String> otherKey = staticSigner(KEY_B).sign(target, "POST", remote.endpoint(), headers, body);
        assertThat(post(http, remote.endpoint(), otherKey, body)).isEqualTo(403);
        assertThat(remote.rejected.get()).isEqualTo(2);
    }

    @Test
    void readOnlyKeepsKnownAndAnnotatedToolsAndJudgesEachCall() throws Exception {
        SignedMcpServer remote = remote(0, KEY_A);
        Client c = client(options(remote, List.of("--read-only")), staticSigner(KEY_A), null);
        c.initialize(Map.of());
        assertThat(names(c.call("tools/list", JSON.createObjectNode())))
                .containsExactlyInAnyOrder("call_aws", "search_documentation", "peek", "run_script");

        assertThat(text(c.callTool("call_aws", Map.of("cli_command", "aws ec2 describe-instances")))).startsWith("ran:");
        JsonNode write = c.callTool("call_aws", Map.of("cli_command", "aws s3api delete-bucket --bucket b"));
        assertThat(write.path("result").path("isError").asBoolean()).isTrue();
        assertThat(text(write)).contains("read-only").contains("nothing was sent");
        assertThat(text(c.callTool("search_documentation", Map.of("search_phrase", "s3")))).isEqualTo("docs for s3");
        assertThat(text(c.callTool("peek", Map.of()))).isEqualTo("peeked");
        assertThat(text(c.callTool("delete_everything", Map.of("what", "all")))).contains("No read-only rule covers");
        assertThat(text(c.callTool("run_script", Map.of("code",
                "r = await call_boto3(service_name='s3', operation_name='ListBuckets')\nprint(r)")))).isEqualTo("script ran");
        assertThat(text(c.callTool("run_script", Map.of("code",
                "await call_boto3(service_name='s3', operation_name='DeleteBucket', params={'Bucket': 'b'})"))))
                .contains("DeleteBucket").contains("not a read");
        assertThat(text(c.callTool("run_script", Map.of("code", "f = getattr(x, 'call_boto3')")))).contains("getattr");

        String forwarded = String.join("\n", remote.toolCalls);
        assertThat(forwarded).contains("describe-instances").contains("ListBuckets")
                .doesNotContain("delete-bucket").doesNotContain("DeleteBucket").doesNotContain("delete_everything");
    }

    @Test
    void userRulesComeFirst() throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "rules:\n  - tool: \"delete_*\"\n    judge: read\n  - tool: \"search_documentation\"\n    judge: deny\n    reason: Not today.\n");
        SignedMcpServer remote = remote(0, KEY_A);
        ProxyOptions o = options(remote, List.of("--read-only"));
        Client c = new Client(new ProxyServer(o, staticSigner(KEY_A), ToolRules.withFile(rules), null));
        c.initialize(Map.of());
        assertThat(names(c.call("tools/list", JSON.createObjectNode()))).contains("delete_everything").doesNotContain("search_documentation");
        assertThat(text(c.callTool("search_documentation", Map.of("search_phrase", "x")))).contains("Not today.");
    }

    @Test
    void consentAsksTheHumanBeforeANonReadCall() throws Exception {
        SignedMcpServer remote = remote(0, KEY_A);
        Client c = client(options(remote, List.of("--require-consent")), staticSigner(KEY_A), null);
        c.initialize(Map.of("elicitation", Map.of()));
        int id = c.send("tools/call", params("delete_everything", Map.of("what", "x")));
        JsonNode ask = c.next(m -> "elicitation/create".equals(m.path("method").asText()));
        assertThat(ask.path("params").path("message").asText()).contains("delete_everything");
        c.reply(ask.get("id"), "{\"action\":\"decline\"}");
        assertThat(text(c.response(id))).contains("did not approve");
        int second = c.send("tools/call", params("delete_everything", Map.of("what", "y")));
        JsonNode ask2 = c.next(m -> "elicitation/create".equals(m.path("method").asText()));
        c.reply(ask2.get("id"), "{\"action\":\"accept\",\"content\":{\"approve\":true}}");
        assertThat(text(c.response(second))).isEqualTo("deleted y");
        assertThat(String.join("\n", remote.toolCalls)).doesNotContain("\"x\"");
    }

    @Test
    void progressPassesThroughAndACancelledCallIsNeverAnswered() throws Exception {
        SignedMcpServer remote = remote(0, KEY_A);
        Client c = client(options(remote, List.of()), staticSigner(KEY_A), null);
        c.initialize(Map.of());
        ObjectNode p = params("slow", Map.of());
        p.putObject("_meta").put("progressToken", "tok-1");
        int id = c.send("tools/call", p);
        JsonNode progress = c.next(m -> "notifications/progress".equals(m.path("method").asText()));
        assertThat(progress.path("params").path("progressToken").asText()).isEqualTo("tok-1");
        ObjectNode cancel = JSON.createObjectNode().put("jsonrpc", "2.0").put("method", "notifications/cancelled");
        cancel.putObject("params").put("requestId", id).put("reason", "user");
        c.session.accept(cancel);
        assertThat(c.responseWithin(id, Duration.ofSeconds(7))).isNull();
        assertThat(String.join("\n", remote.bodies)).contains("notifications/cancelled");
        // the session lives on
        assertThat(text(c.callTool("peek", Map.of()))).isEqualTo("peeked");
    }

    @Test
    void theRemotesOwnRequestsReachTheClientAndItsAnswerGoesBack() throws Exception {
        SignedMcpServer remote = remote(0, KEY_A);
        Client c = client(options(remote, List.of()), staticSigner(KEY_A), null);
        c.initialize(Map.of("elicitation", Map.of()));
        int id = c.send("tools/call", params("ask", Map.of()));
        JsonNode ask = c.next(m -> "elicitation/create".equals(m.path("method").asText()));
        assertThat(ask.get("id").asText()).startsWith("aws-mcp-proxy-");
        c.reply(ask.get("id"), "{\"action\":\"accept\",\"content\":{\"colour\":\"red\"}}");
        assertThat(text(c.response(id))).contains("ACCEPT").contains("red");
    }

    @Test
    void credentialsRotatedOnDiskAreUsedOnTheNextCall() throws Exception {
        Path creds = dir.resolve("credentials");
        writeCredentials(creds, KEY_A, Instant.now().minusSeconds(60));
        AwsEnvironment env = new AwsEnvironment(Map.of(),
                ProfileFileSupplier.reloadWhenModified(creds, ProfileFile.Type.CREDENTIALS));
        SignedMcpServer remote = remote(0, KEY_A);
        Client c = profileClient(remote, env);
        remote.validKeys.clear();
        remote.validKeys.put(KEY_B.accessKeyId(), KEY_B);
        writeCredentials(creds, KEY_B, Instant.now().plusSeconds(5));
        Thread.sleep(1100); // the SDK looks at the files' modification time at most once a second
        assertThat(text(c.callTool("peek", Map.of()))).isEqualTo("peeked");
        assertThat(remote.rejected.get()).isZero();
    }

    @Test
    void anExpiredLoginIsOneToolErrorThatSaysWhatToRun() throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, "[profile rot]\naws_access_key_id = " + KEY_A.accessKeyId()
                + "\naws_secret_access_key = " + KEY_A.secretAccessKey() + "\n");
        Files.setLastModifiedTime(config, FileTime.from(Instant.now().minusSeconds(60)));
        AwsEnvironment env = new AwsEnvironment(Map.of(), ProfileFileSupplier.reloadWhenModified(config, ProfileFile.Type.CONFIGURATION));
        SignedMcpServer remote = remote(0, KEY_A);
        Client c = profileClient(remote, env);
        // the profile becomes an SSO profile whose session was never logged in (no token in the cache)
        Files.writeString(config, "[profile rot]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Dev\n"
                + "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n");
        Files.setLastModifiedTime(config, FileTime.from(Instant.now().plusSeconds(5)));
        Thread.sleep(1100);
        JsonNode expired = c.callTool("peek", Map.of());
        assertThat(expired.has("result")).as("a tool result, not a JSON-RPC error: " + expired).isTrue();
        assertThat(expired.path("result").path("isError").asBoolean()).isTrue();
        assertThat(text(expired)).contains("could not be signed").contains("aws sso login --profile rot");
    }

    @Test
    void servesStreamableHttpToo() throws Exception {
        SignedMcpServer remote = remote(0, KEY_A);
        ProxyOptions o = options(remote, List.of("--http", "--port", "0", "--read-only"));
        ProxyHttpTransport http = ProxyHttpTransport.start(new ProxyServer(o, staticSigner(KEY_A), ToolRules.bundled(), null));
        open.add(http);
        io.modelcontextprotocol.client.McpSyncClient client = io.modelcontextprotocol.client.McpClient.sync(
                io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport
                        .builder("http://127.0.0.1:" + http.endpoint().getPort()).endpoint("/mcp").build())
                .requestTimeout(Duration.ofSeconds(20)).build();
        try {
            assertThat(client.initialize().serverInfo().name()).isEqualTo("signed-remote");
            assertThat(client.listTools().tools()).extracting(io.modelcontextprotocol.spec.McpSchema.Tool::name)
                    .contains("call_aws").doesNotContain("delete_everything");
            io.modelcontextprotocol.spec.McpSchema.CallToolResult r = client.callTool(
                    io.modelcontextprotocol.spec.McpSchema.CallToolRequest.builder().name("call_aws")
                            .arguments(Map.of("cli_command", "aws s3 ls")).build());
            assertThat(((io.modelcontextprotocol.spec.McpSchema.TextContent) r.content().get(0)).text()).isEqualTo("ran: aws s3 ls");
        } finally {
            client.closeGracefully();
        }
        // DNS rebinding: a foreign Host header on the loopback bind (raw socket: the JDK client will not send one)
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", http.endpoint().getPort())) {
            socket.getOutputStream().write(("POST /mcp HTTP/1.1\r\nHost: evil.example.com\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2\r\nConnection: close\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(status).contains(" 421");
        }
        HttpRequest foreign = HttpRequest.newBuilder(http.endpoint()).header("Origin", "https://evil.example.com")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        assertThat(HttpClient.newHttpClient().send(foreign, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
    }

    @Test
    void aRestartedRemoteGetsANewSessionAndTheCallGoesThrough() throws Exception {
        SignedMcpServer remote = remote(0, KEY_A);
        int port = remote.port();
        Client c = client(options(remote, List.of()), staticSigner(KEY_A), null);
        c.initialize(Map.of());
        assertThat(text(c.callTool("peek", Map.of()))).isEqualTo("peeked");
        remote.close();
        open.remove(remote);
        JsonNode down = c.callTool("peek", Map.of());
        assertThat(down.path("result").path("isError").asBoolean()).isTrue();
        assertThat(text(down)).contains("could not be reached").contains("127.0.0.1:" + port);
        SignedMcpServer again = remote(port, KEY_A);
        assertThat(text(c.callTool("peek", Map.of()))).isEqualTo("peeked");
        assertThat(String.join("\n", again.bodies)).contains("\"initialize\"");
    }

    @Test
    void aDeadRemoteAtStartUpIsOneClearError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProxyOptions o = ProxyOptions.parse(List.of("http://127.0.0.1:" + port + "/mcp", "--service", "x", "--region",
                "us-east-1", "--retries", "1"), new AwsEnvironment(Map.of(), ProfileFile::defaultProfileFile));
        Client c = client(o, staticSigner(KEY_A), null);
        JsonNode init = c.initialize(Map.of());
        assertThat(init.path("error").path("message").asText()).contains("could not be reached").contains("Check that the server is up");
    }

    @Test
    void anOversizedAnswerGoesThroughTheOutputBudget() throws Exception {
        SignedMcpServer remote = remote(0, KEY_A);
        Client c = client(options(remote, List.of("--max-output-chars", "5000")), staticSigner(KEY_A), null);
        c.initialize(Map.of());
        JsonNode r = c.callTool("big", Map.of());
        JsonNode content = r.path("result").path("content");
        assertThat(content.get(0).path("text").asText()).hasSize(5000);
        assertThat(content.get(1).path("text").asText()).contains("200000 characters").contains("--max-output-chars");
    }

    @Test
    void everyForwardedOrRefusedCallIsOneAuditLine() throws Exception {
        SignedMcpServer remote = remote(0, KEY_A);
        Path file = dir.resolve("audit.jsonl");
        AuditTrail trail = AuditTrail.builder().sink(new RotatingFileSink(file, 1 << 20, 2)).build();
        open.add(trail);
        Client c = client(options(remote, List.of("--read-only")), staticSigner(KEY_A), trail);
        c.initialize(Map.of());
        c.callTool("call_aws", Map.of("cli_command", "aws secretsmanager list-secrets"));
        c.callTool("call_aws", Map.of("cli_command", "aws iam create-user --user-name bob"));
        c.callTool("search_documentation", Map.of("search_phrase", "password=hunter2"));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.path("tool").asText()).isEqualTo("call_aws");
        assertThat(first.path("command").asText()).isEqualTo("aws secretsmanager list-secrets");
        assertThat(first.path("decision").asText()).isEqualTo("allow");
        assertThat(first.path("requestIds").get(0).asText()).startsWith("jsonrpc:");
        assertThat(first.path("iamActions").toString()).contains("secretsmanager:ListSecrets");
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.path("decision").asText()).isEqualTo("deny");
        assertThat(second.path("httpStatus").asInt()).isZero();
        assertThat(lines.get(2)).doesNotContain("hunter2");
    }

    @Test
    void severalRemotesAreMergedUnderPrefixes() throws Exception {
        SignedMcpServer one = remote(0, KEY_A);
        SignedMcpServer two = remote(0, KEY_A);
        ProxyOptions o = ProxyOptions.parse(List.of("one=" + one.endpoint(), "two=" + two.endpoint(),
                "--service", SignedMcpServer.SERVICE, "--region", SignedMcpServer.REGION),
                new AwsEnvironment(Map.of(), ProfileFile::defaultProfileFile));
        Client c = client(o, staticSigner(KEY_A), null);
        JsonNode init = c.initialize(Map.of());
        assertThat(init.path("result").path("serverInfo").path("name").asText()).isEqualTo("aws-mcp-proxy");
        assertThat(names(c.call("tools/list", JSON.createObjectNode()))).contains("one__peek", "two__peek").hasSize(16);
        assertThat(text(c.callTool("two__call_aws", Map.of("cli_command", "aws s3 ls")))).isEqualTo("ran: aws s3 ls");
        assertThat(String.join("\n", two.toolCalls)).contains("aws s3 ls");
        assertThat(String.join("\n", one.toolCalls)).doesNotContain("aws s3 ls");
    }

    // ----- helpers -----

    private SignedMcpServer remote(int port, AwsCredentials key) throws Exception {
        SignedMcpServer s = new SignedMcpServer(port, Map.of(key.accessKeyId(), key));
        open.add(s);
        return s;
    }

    private ProxyOptions options(SignedMcpServer remote, List<String> extra) {
        List<String> args = new ArrayList<>(List.of(remote.endpoint().toString(), "--service", SignedMcpServer.SERVICE,
                "--region", SignedMcpServer.REGION, "--retries", "1"));
        args.addAll(extra);
        return ProxyOptions.parse(args, new AwsEnvironment(Map.of(), ProfileFile::defaultProfileFile));
    }

    /** A client of a proxy that signs with profile {@code rot} of {@code env}, after one call went through. */
    private Client profileClient(SignedMcpServer remote, AwsEnvironment env) throws Exception {
        ProxyOptions o = ProxyOptions.parse(List.of(remote.endpoint().toString(), "--service", SignedMcpServer.SERVICE,
                "--region", SignedMcpServer.REGION, "--profile", "rot"), env);
        ProxySigner signer = new ProxySigner(null, env, Clock.systemUTC());
        open.add(signer);
        Client c = client(o, signer, null);
        c.initialize(Map.of());
        assertThat(text(c.callTool("peek", Map.of()))).isEqualTo("peeked");
        return c;
    }

    private ProxySigner staticSigner(AwsCredentials key) {
        ProxySigner s = new ProxySigner(StaticCredentialsProvider.create(key),
                new AwsEnvironment(Map.of(), ProfileFile::defaultProfileFile), Clock.systemUTC());
        open.add(s);
        return s;
    }

    private Client client(ProxyOptions o, ProxySigner signer, AuditTrail trail) {
        return new Client(new ProxyServer(o, signer, ToolRules.bundled(), trail));
    }

    private static void writeCredentials(Path file, AwsCredentials key, Instant modified) throws Exception {
        Files.writeString(file, "[rot]\naws_access_key_id = " + key.accessKeyId() + "\naws_secret_access_key = "
                + key.secretAccessKey() + "\n");
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    private static int post(HttpClient http, URI uri, Map<String, String> headers, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private ObjectNode params(String tool, Map<String, Object> arguments) {
        ObjectNode p = JSON.createObjectNode().put("name", tool);
        p.set("arguments", JSON.valueToTree(arguments));
        return p;
    }

    private static List<String> names(JsonNode listResponse) {
        List<String> out = new ArrayList<>();
        listResponse.path("result").path("tools").forEach(t -> out.add(t.path("name").asText()));
        return out;
    }

    private static String text(JsonNode response) {
        return response.path("result").path("content").path(0).path("text").asText(response.toString());
    }

    /** Drives a session as an MCP client would, reading what the proxy sends back. */
    private final class Client {
        final ProxySession session;
        final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
        final List<JsonNode> seen = new ArrayList<>();

        Client(ProxyServer server) {
            this.session = server.newSession(inbox::add);
            open.add(session);
        }

        JsonNode initialize(Map<String, Object> capabilities) throws Exception {
            ObjectNode p = JSON.createObjectNode().put("protocolVersion", "2025-06-18");
            p.set("capabilities", JSON.valueToTree(capabilities));
            p.putObject("clientInfo").put("name", "proxy-test").put("version", "1");
            return call("initialize", p);
        }

        JsonNode call(String method, ObjectNode params) throws Exception {
            return response(send(method, params));
        }

        JsonNode callTool(String name, Map<String, Object> arguments) throws Exception {
            return call("tools/call", params(name, arguments));
        }

        int send(String method, ObjectNode params) {
            int id = ids.incrementAndGet();
            ObjectNode m = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
            m.set("params", params);
            session.accept(m);
            return id;
        }

        void reply(JsonNode id, String result) throws Exception {
            ObjectNode m = JSON.createObjectNode().put("jsonrpc", "2.0");
            m.set("id", id);
            m.set("result", JSON.readTree(result));
            session.accept(m);
        }

        JsonNode response(int id) throws Exception {
            JsonNode r = responseWithin(id, Duration.ofSeconds(20));
            assertThat(r).as("response to " + id).isNotNull();
            return r;
        }

        JsonNode responseWithin(int id, Duration wait) throws Exception {
            return nextWithin(m -> !m.has("method") && m.path("id").asInt(-1) == id, wait);
        }

        JsonNode next(java.util.function.Predicate<JsonNode> p) throws Exception {
            JsonNode m = nextWithin(p, Duration.ofSeconds(20));
            assertThat(m).as("an awaited message").isNotNull();
            return m;
        }

        JsonNode nextWithin(java.util.function.Predicate<JsonNode> p, Duration wait) throws Exception {
            for (JsonNode m : seen) {
                if (p.test(m)) {
                    seen.remove(m);
                    return m;
                }
            }
            long end = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < end) {
                JsonNode m = inbox.poll(50, TimeUnit.MILLISECONDS);
                if (m == null) {
                    continue;
                }
                if (p.test(m)) {
                    return m;
                }
                seen.add(m);
            }
            return null;
        }
    }
}
