package dev.awsmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.LocalServerFacade;
import dev.awsmcp.testing.LocalServer;
import dev.awsmcp.testing.LocalServerTest;
import dev.awsmcp.testing.LocalServers;
import dev.awsmcp.testing.StsStub;
import dev.awsmcp.testing.ServerKind;
import dev.awsmcp.testing.UseServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import dev.awsmcp.testing.IsolatedStdioTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's end-to-end check, literally: {@code bin/aws-mcp serve --read-only} (the launcher script, as an MCP
 * client configuration runs it) as a subprocess, driven by the MCP Java SDK's client over stdio and over streamable
 * HTTP, calling ElasticMQ and DynamoDB Local through the real pipeline.
 *
 * <p>An integration test (Failsafe, after {@code package}): the launcher runs {@code target/aws-mcp.jar} and
 * {@code target/lib/}, which do not exist during the {@code test} phase. The environment is isolated: fake static
 * credentials, empty AWS config files, log and audit files in a temporary directory, no inherited {@code AWS_*}.
 */
@LocalServerTest({ServerKind.ELASTICMQ, ServerKind.DYNAMODB_LOCAL})
@EnabledIf(value = "serversAvailable", disabledReason = "-Dservers.skip=true and the test servers were never resolved")
class ServeLauncherIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    /** Never sent anywhere but loopback; asserted absent from the audit trail and the log. */
    private static final String SECRET = "launcher-it-secret-do-not-log";
    private static final String TABLE = "launcher-it-orders";
    private static final String QUEUE = "launcher-it-jobs";
    private static final String TOKEN = "launcher-it-token-4711";
    private static final String CALLER_ARN = "arn:aws:iam::123456789012:user/launcher-it";

    /** STS for the audit trail's caller-identity lookup, which must never reach the real endpoint. */
    private static WireMockServer sts;

    @TempDir
    Path tmp;

    /** -Dservers.skip=true without an earlier resolution skips this class instead of failing it. */
    static boolean serversAvailable() {
        return !Boolean.getBoolean("servers.skip")
                || Files.isRegularFile(LocalServers.serversDir().resolve(ServerKind.DYNAMODB_LOCAL.module() + ".classpath"));
    }

    /**
     * Seeds a table and a queue through the facade (the servers keep them for the run): the launcher runs read-only,
     * so it can only list them. DynamoDB Local keeps one database per access key, hence the shared key.
     */
    @BeforeAll
    static void seed(@UseServer(ServerKind.DYNAMODB_LOCAL) LocalServer dynamodb,
                     @UseServer(ServerKind.ELASTICMQ) LocalServer sqs, @TempDir Path work) {
        ensureLauncherWillNotRebuild();
        sts = StsStub.start(CALLER_ARN);
        AwsMcp aws = LocalServerFacade.create(work);
        try {
            CommandResult table = aws.execute("aws dynamodb create-table --table-name " + TABLE
                    + " --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH"
                    + " --billing-mode PAY_PER_REQUEST " + dynamodb.cliOptions());
            assertThat(table.ok()).as(String.valueOf(table.json())).isTrue();
            CommandResult queue = aws.execute("aws sqs create-queue --queue-name " + QUEUE + " " + sqs.cliOptions());
            assertThat(queue.ok()).as(String.valueOf(queue.json())).isTrue();
        } finally {
            aws.close();
        }
    }

    @AfterAll
    static void stopSts() {
        if (sts != null) {
            sts.stop();
        }
    }

    @Test
    void servesAnMcpClientOverStdioThroughTheLauncher(@UseServer(ServerKind.DYNAMODB_LOCAL) LocalServer dynamodb,
                                                     @UseServer(ServerKind.ELASTICMQ) LocalServer sqs) throws Exception {
        Map<String, String> env = env();
        ServerParameters params = ServerParameters.builder(ROOT.resolve("bin/aws-mcp").toString())
                .args("serve", "--read-only").env(env).build();
        McpSyncClient client = McpClient.sync(new IsolatedStdioTransport(params))
                .requestTimeout(Duration.ofSeconds(120)).initializationTimeout(Duration.ofSeconds(120)).build();
        try {
            assertThat(client.initialize().serverInfo().name()).isEqualTo("aws-mcp");
            converse(client, dynamodb, sqs, "launcher-it-denied-stdio");
        } finally {
            client.closeGracefully(); // SIGTERM; returns when the process has exited
        }
        assertAuditAndLog("launcher-it-denied-stdio");
    }

    @Test
    void servesAnMcpClientOverStreamableHttpAndGuardsTheEndpoint(
            @UseServer(ServerKind.DYNAMODB_LOCAL) LocalServer dynamodb, @UseServer(ServerKind.ELASTICMQ) LocalServer sqs)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("bin/aws-mcp").toString(), "serve", "--http", "--port", "0",
                "--read-only");
        isolate(pb.environment());
        pb.environment().putAll(env());
        pb.environment().put("AWS_MCP_AUTH_TOKEN", TOKEN);
        pb.environment().put("AWS_MCP_CDS", "off"); // the stdio run covers the archive; keep this start plain
        Process p = pb.start();
        try {
            int port = awaitPort(p);
            McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port)
                            .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + TOKEN)).build())
                    .requestTimeout(Duration.ofSeconds(120)).build();
            try {
                client.initialize();
                converse(client, dynamodb, sqs, "launcher-it-denied-http");
            } finally {
                client.closeGracefully();
            }
            String local = "127.0.0.1:" + port;
            assertThat(rawStatus(port, local, null, TOKEN)).as("control: allowed Host, token").isEqualTo(200);
            assertThat(rawStatus(port, local, "http://" + local, TOKEN)).as("control: allowed Origin").isEqualTo(200);
            assertThat(rawStatus(port, local, null, null)).as("missing token").isEqualTo(401);
            assertThat(rawStatus(port, local, null, "wrong-token")).as("wrong token").isEqualTo(401);
            assertThat(rawStatus(port, "attacker.example:" + port, null, TOKEN)).as("foreign Host").isEqualTo(421);
            assertThat(rawStatus(port, local, "http://attacker.example", TOKEN)).as("foreign Origin").isEqualTo(403);
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
        assertAuditAndLog("launcher-it-denied-http");
    }

    /** The conversation issue 5 asks for: tools, calls against real servers, a batch, a denial, help, a resource, a prompt. */
    private static void converse(McpSyncClient client, LocalServer dynamodb, LocalServer sqs, String deniedQueue)
            throws Exception {
        List<McpSchema.Tool> tools = client.listTools().tools();
        assertThat(tools).extracting(McpSchema.Tool::name).contains("call_aws", "aws_cli_help", "suggest_aws_commands");
        assertThat(tools).allSatisfy(t -> {
            assertThat(t.annotations()).as(t.name()).isNotNull();
            assertThat(t.outputSchema()).as(t.name()).isNotEmpty();
        });
        McpSchema.Tool callAws = tools.stream().filter(t -> t.name().equals("call_aws")).findFirst().orElseThrow();
        assertThat(callAws.annotations().readOnlyHint()).isTrue();
        assertThat(callAws.annotations().destructiveHint()).isFalse();
        assertThat(JSON.valueToTree(callAws.inputSchema()).path("properties").has("cli_command")).isTrue();

        JsonNode tables = single(client, "aws dynamodb list-tables " + dynamodb.cliOptions());
        assertThat(tables.path("output").path("TableNames").toString()).isEqualTo("[\"" + TABLE + "\"]");
        JsonNode queues = single(client, "aws sqs list-queues " + sqs.cliOptions());
        assertThat(queues.path("output").path("QueueUrls").toString()).contains("/" + QUEUE + "\"");

        JsonNode batch = JSON.valueToTree(client.callTool(new McpSchema.CallToolRequest("call_aws", Map.of("cli_command",
                List.of("aws dynamodb describe-table --table-name " + TABLE + " " + dynamodb.cliOptions(),
                        "aws sqs get-queue-url --queue-name " + QUEUE + " " + sqs.cliOptions())))).structuredContent())
                .path("results");
        assertThat(batch).hasSize(2);
        assertThat(batch.get(0).path("output").path("Table").path("TableName").asText()).as(batch.toString()).isEqualTo(TABLE);
        assertThat(batch.get(1).path("output").path("QueueUrl").asText()).as(batch.toString()).endsWith("/" + QUEUE);

        McpSchema.CallToolResult denied = client.callTool(new McpSchema.CallToolRequest("call_aws",
                Map.of("cli_command", "aws sqs create-queue --queue-name " + deniedQueue + " " + sqs.cliOptions())));
        assertThat(denied.isError()).isTrue();
        JsonNode deniedEntry = JSON.valueToTree(denied.structuredContent()).path("results").get(0);
        assertThat(deniedEntry.path("error").path("code").asText()).as(deniedEntry.toString()).isEqualTo("DeniedByPolicy");
        assertThat(deniedEntry.path("error").path("hint").asText()).isNotBlank();
        JsonNode after = single(client, "aws sqs list-queues " + sqs.cliOptions());
        assertThat(after.path("output").toString()).as("the denied queue was never created").doesNotContain(deniedQueue);
        awaitCallerArnInAudit(client, sqs);

        // the shipped server's suggester: the bundled index with structured details, not just text
        JsonNode suggestion = JSON.valueToTree(client.callTool(new McpSchema.CallToolRequest("suggest_aws_commands",
                Map.of("query", "delete a dynamodb table"))).structuredContent()).path("suggestions").get(0);
        assertThat(suggestion.path("command").asText()).isEqualTo("aws dynamodb delete-table");
        assertThat(suggestion.path("requiredParameters").toString()).contains("--table-name");
        assertThat(suggestion.path("access").path("callClass").asText()).isEqualTo("write");

        McpSchema.CallToolResult help = client.callTool(new McpSchema.CallToolRequest("aws_cli_help",
                Map.of("service", "dynamodb", "operation", "describe-table")));
        assertThat(JSON.valueToTree(help.structuredContent()).path("parameters").toString())
                .contains("--table-name");

        McpSchema.ReadResourceResult config = client.readResource(new McpSchema.ReadResourceRequest("aws://config"));
        JsonNode configJson = JSON.readTree(((McpSchema.TextResourceContents) config.contents().get(0)).text());
        assertThat(configJson.path("mode").asText()).isEqualTo("read-only");

        McpSchema.GetPromptResult prompt = client.getPrompt(new McpSchema.GetPromptRequest("aws_inventory", Map.of()));
        assertThat(prompt.messages()).isNotEmpty();
        assertThat(((McpSchema.TextContent) prompt.messages().get(0).content()).text()).contains("aws sts get-caller-identity");
    }

    private static JsonNode single(McpSyncClient client, String command) {
        McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("call_aws", Map.of("cli_command", command)));
        JsonNode entry = JSON.valueToTree(r.structuredContent()).path("results").get(0);
        assertThat(entry.path("status").asText()).as(command + " -> " + entry).isEqualTo("ok");
        return entry;
    }

    /**
     * The caller-identity lookup runs in the background from the first command on, against the local STS; once it
     * has answered, new audit records carry the ARN. Repeats a read-only command until one does (at most 30 s).
     */
    private static void awaitCallerArnInAudit(McpSyncClient client, LocalServer sqs) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String arn = "";
        while (!arn.equals(CALLER_ARN) && System.nanoTime() < deadline) {
            single(client, "aws sqs list-queues " + sqs.cliOptions());
            JsonNode records = JSON.readTree(((McpSchema.TextResourceContents) client.readResource(
                    new McpSchema.ReadResourceRequest("aws://audit/recent")).contents().get(0)).text()).path("records");
            arn = records.get(records.size() - 1).path("callerArn").asText();
            if (!arn.equals(CALLER_ARN)) {
                Thread.sleep(200);
            }
        }
        assertThat(arn).as("caller ARN in the latest audit record").isEqualTo(CALLER_ARN);
        assertThat(sts.findAll(StsStub.lookups())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).contains("Credential=" + LocalServerFacade.ACCESS_KEY + "/"));
    }

    /** Every command reached the audit file once the server stopped; neither it nor the log holds the secret key. */
    private void assertAuditAndLog(String deniedQueue) throws IOException {
        List<JsonNode> records = Files.readAllLines(tmp.resolve("audit.jsonl")).stream().map(ServeLauncherIT::parse).toList();
        assertThat(records).anySatisfy(r -> {
            assertThat(r.path("command").asText()).contains("dynamodb list-tables");
            assertThat(r.path("decision").asText()).isEqualTo("allow");
            assertThat(r.path("httpStatus").asInt()).isEqualTo(200);
        });
        assertThat(records).anySatisfy(r -> assertThat(r.path("command").asText()).contains("sqs list-queues"));
        assertThat(records).anySatisfy(r -> {
            assertThat(r.path("command").asText()).contains("create-queue --queue-name " + deniedQueue);
            assertThat(r.path("decision").asText()).isEqualTo("deny");
            assertThat(r.path("httpStatus").asInt()).isZero();
        });
        // the caller-identity lookup runs in the background, so the first lines may lack the ARN; later ones have it
        assertThat(records).anySatisfy(r -> assertThat(r.path("callerArn").asText()).isEqualTo(CALLER_ARN));
        assertThat(Files.readString(tmp.resolve("audit.jsonl"))).doesNotContain(SECRET);
        Path log = tmp.resolve("server.log");
        if (Files.exists(log)) {
            assertThat(Files.readString(log)).doesNotContain(SECRET);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString()); // the JDK running the build
        env.put("AWS_ACCESS_KEY_ID", LocalServerFacade.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET);
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_CONFIG_FILE", tmp.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", tmp.resolve("credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_MCP_LOG_FILE", tmp.resolve("server.log").toString());
        env.put("AWS_MCP_AUDIT_FILE", tmp.resolve("audit.jsonl").toString());
        env.put("AWS_MCP_WORKDIR", tmp.toString());
        env.put("AWS_ENDPOINT_URL_STS", sts.baseUrl());
        // ~/.aws-mcp (a user policy, SOPs) must not change what the test sees
        env.put("AWS_MCP_JAVA_OPTS", "-Duser.home=" + tmp);
        try {
            Files.writeString(tmp.resolve("config"), "");
            Files.writeString(tmp.resolve("credentials"), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return env;
    }

    /** Drops what the developer's or CI's shell exports for AWS and for this server. */
    private static void isolate(Map<String, String> environment) {
        environment.keySet().removeIf(k -> k.startsWith("AWS_"));
    }

    /**
     * The launcher rebuilds with Maven when {@code src/main}, {@code pom.xml} or the models' {@code SOURCES.json} are
     * newer than the jar. This phase runs right after {@code package}, yet the jar plugin leaves an unchanged jar
     * untouched (e.g. after an edit to pom.xml only): touch it so that Maven never runs inside Maven.
     */
    private static void ensureLauncherWillNotRebuild() {
        Path jar = ROOT.resolve("target/aws-mcp.jar");
        assertThat(jar).as("run through './mvnw verify': the integration-test phase follows package").isRegularFile();
        assertThat(ROOT.resolve("target/lib")).isDirectory();
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            boolean stale;
            try (Stream<Path> inputs = Stream.concat(Files.walk(ROOT.resolve("src/main")),
                    Stream.of(ROOT.resolve("pom.xml"), ROOT.resolve("service-models/SOURCES.json")))) {
                stale = inputs.filter(Files::exists).anyMatch(f -> {
                    try {
                        return Files.getLastModifiedTime(f).compareTo(built) > 0;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            if (stale) {
                Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int awaitPort(Process p) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        Pattern url = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/mcp");
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = err.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = url.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        err.transferTo(java.io.Writer.nullWriter()); // keeps the pipe from filling up
                    } catch (IOException ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the server never printed its URL; stderr was:\n" + seen);
    }

    /** One raw {@code initialize} POST with exactly the given Host, Origin and bearer token; the status code. */
    private static int rawStatus(int port, String host, String origin, String token) throws IOException {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            String head = "POST /mcp HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json, text/event-stream\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write((head + body).getBytes(StandardCharsets.UTF_8));
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
