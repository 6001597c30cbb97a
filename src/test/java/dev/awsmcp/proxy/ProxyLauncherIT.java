package dev.awsmcp.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * Issue 16's check as a user meets it: {@code bin/aws-mcp proxy --read-only} as a subprocess, driven over stdio by
 * a real MCP client (the MCP Java SDK's), in front of a streamable-HTTP MCP server that verifies SigV4 on every
 * request. Credentials come from a credentials file that is rotated mid-session; the audit file must have one
 * line per forwarded (or refused) call.
 */
class ProxyLauncherIT {
    private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AwsCredentials KEY_A = AwsBasicCredentials.create("AKIDLAUNCHERAAAAAAAA", "launcher-secret-a");
    private static final AwsCredentials KEY_B = AwsBasicCredentials.create("AKIDLAUNCHERBBBBBBBB", "launcher-secret-b");

    @TempDir
    Path tmp;

    @Test
    void aRealClientUsesARemoteThroughTheLauncherReadOnly() throws Exception {
        Path jar = ROOT.resolve("target/aws-mcp.jar");
        assertThat(jar).as("run through './mvnw verify': the integration-test phase follows package").isRegularFile();
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now())); // never let the launcher run Maven inside Maven
        Path credentials = tmp.resolve("credentials");
        write(credentials, KEY_A, Instant.now().minusSeconds(60));
        Files.writeString(tmp.resolve("config"), "[profile rot]\nregion = us-east-1\n");
        Path audit = tmp.resolve("audit.jsonl");
        try (SignedMcpServer remote = new SignedMcpServer(0, Map.of(KEY_A.accessKeyId(), KEY_A))) {
            Map<String, String> env = new HashMap<>();
            env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
            env.put("AWS_CONFIG_FILE", tmp.resolve("config").toString());
            env.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
            env.put("AWS_EC2_METADATA_DISABLED", "true");
            env.put("AWS_MCP_AUDIT_FILE", audit.toString());
            env.put("AWS_MCP_JAVA_OPTS", "-Duser.home=" + tmp);
            ServerParameters params = ServerParameters.builder(ROOT.resolve("bin/aws-mcp").toString())
                    .args("proxy", remote.endpoint().toString(), "--service", SignedMcpServer.SERVICE,
                            "--profile", "rot", "--read-only")
                    .env(env).build();
            McpSyncClient client = McpClient.sync(new dev.awsmcp.testing.IsolatedStdioTransport(params))
                    .requestTimeout(Duration.ofSeconds(60)).initializationTimeout(Duration.ofSeconds(60)).build();
            try {
                assertThat(client.initialize().serverInfo().name()).isEqualTo("signed-remote");
                List<String> tools = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
                assertThat(tools).contains("call_aws", "search_documentation", "peek").doesNotContain("delete_everything");

                McpSchema.CallToolResult read = client.callTool(new McpSchema.CallToolRequest("call_aws",
                        Map.of("cli_command", "aws s3api list-buckets")));
                assertThat(text(read)).isEqualTo("ran: aws s3api list-buckets");
                McpSchema.CallToolResult write = client.callTool(new McpSchema.CallToolRequest("call_aws",
                        Map.of("cli_command", "aws s3api delete-bucket --bucket prod")));
                assertThat(write.isError()).isTrue();
                assertThat(text(write)).contains("read-only");

                remote.validKeys.clear();
                remote.validKeys.put(KEY_B.accessKeyId(), KEY_B);
                write(credentials, KEY_B, Instant.now().plusSeconds(5));
                Thread.sleep(1100); // the SDK looks at the files' modification time at most once a second
                McpSchema.CallToolResult rotated = client.callTool(new McpSchema.CallToolRequest("search_documentation",
                        Map.of("search_phrase", "lambda")));
                assertThat(text(rotated)).isEqualTo("docs for lambda");
            } finally {
                client.closeGracefully();
            }
            assertThat(remote.rejected.get()).isZero();
            assertThat(String.join("\n", remote.toolCalls)).contains("list-buckets").doesNotContain("delete-bucket");
        }
        List<String> lines = Files.readAllLines(audit);
        assertThat(lines).hasSize(3);
        JsonNode denied = JSON.readTree(lines.get(1));
        assertThat(denied.path("decision").asText()).isEqualTo("deny");
        assertThat(denied.path("command").asText()).contains("delete-bucket");
        assertThat(String.join("\n", lines)).doesNotContain("launcher-secret");
    }

    private static String text(McpSchema.CallToolResult r) {
        return ((McpSchema.TextContent) r.content().get(0)).text();
    }

    private static void write(Path file, AwsCredentials key, Instant modified) throws Exception {
        Files.writeString(file, "[rot]\naws_access_key_id = " + key.accessKeyId() + "\naws_secret_access_key = "
                + key.secretAccessKey() + "\n");
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
