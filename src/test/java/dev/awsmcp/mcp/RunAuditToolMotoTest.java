package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.auditmode.AuditRunner;
import dev.awsmcp.auditmode.CheckLoader;
import dev.awsmcp.auditmode.FindingStatus;
import dev.awsmcp.testing.MotoServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * {@code run_audit} through a real MCP client over streamable HTTP against moto (needs moto:
 * {@code python3 -m moto.server}): the same findings as the audit runner, paged, with the reports on disk and the
 * last report as a resource.
 */
class RunAuditToolMotoTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static MotoServer moto;
    private static AwsMcp aws;

    @BeforeAll
    static void seed() throws Exception {
        moto = MotoServer.start();
        AwsMcp real = AwsMcp.builder().region("us-east-1").readOnly(false)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build();
        aws = new AwsMcp() {
            @Override
            public CommandResult execute(String command, ExecutionContext context) {
                return real.execute(command + " --endpoint-url " + moto.endpoint(), context);
            }

            @Override
            public void close() {
                real.close();
            }
        };
        assertThat(aws.execute("aws s3api create-bucket --bucket unversioned-bucket").ok()).isTrue();
    }

    @AfterAll
    static void stop() {
        if (aws != null) {
            aws.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void runAuditReturnsTheRunnersFindingsPagedWithReportsAndTheLastReportResource(@TempDir Path work)
            throws Exception {
        ServerConfig config = ServerConfig.parse(List.of("--http", "--port", "0", "--workdir", work.toString(),
                "--max-output", "4000"), Map.of());
        AwsMcpServer server = AwsMcpServer.builder(aws, config).env(Map.of("AWS_REGION", "us-east-1"))
                .regions(p -> List.of("us-east-1")).build();
        try (McpHttpTransport transport = McpHttpTransport.start(server)) {
            McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:"
                    + transport.port()).endpoint(McpHttpTransport.PATH).build()).requestTimeout(Duration.ofMinutes(2))
                    .build();
            client.initialize();
            assertThat(client.listTools().tools()).anySatisfy(t -> {
                assertThat(t.name()).isEqualTo("run_audit");
                assertThat(t.annotations().readOnlyHint()).isTrue();
            });
            McpSchema.CallToolResult first = client.callTool(new McpSchema.CallToolRequest("run_audit",
                    Map.of("pack", "security", "regions", "us-east-1")));
            assertThat(first.isError()).as(String.valueOf(first.content())).isNotEqualTo(Boolean.TRUE);
            JsonNode page = JSON.valueToTree(first.structuredContent());
            int listed = page.path("summary").path("listed").asInt();
            int fails = page.path("summary").path("FAIL").asInt();
            int collected = page.path("findings").size();
            StringBuilder all = new StringBuilder(page.path("findings").toString());
            String cursor = page.path("nextCursor").asText(null);
            assertThat(cursor).as("a 4,000-character budget pages the findings").isNotNull();
            while (cursor != null) {
                JsonNode next = JSON.valueToTree(client.callTool(new McpSchema.CallToolRequest("run_audit",
                        Map.of("pack", "security", "regions", "us-east-1", "cursor", cursor))).structuredContent());
                collected += next.path("findings").size();
                all.append(next.path("findings"));
                cursor = next.path("nextCursor").asText(null);
            }
            assertThat(collected).isEqualTo(listed);

            // the same findings as the runner on its own
            var direct = new AuditRunner(aws, AuditRunner.Limits.DEFAULTS, Clock.systemUTC()).run(
                    new CheckLoader().bundled("security"), List.of(new AuditRunner.Target(
                            page.path("findings").get(0).path("account").asText(), null, "us-east-1", null, null)),
                    ExecutionContext.defaults());
            assertThat(direct.byStatus().get(FindingStatus.FAIL)).isEqualTo(fails);
            assertThat(all.toString()).contains("\"checkId\":\"s3-bucket-versioning\"", "unversioned-bucket");

            Path reports = Path.of(page.path("reportPath").asText());
            assertThat(reports).startsWith(work);
            assertThat(Files.exists(reports.resolve("report.html"))).isTrue();
            assertThat(Files.exists(reports.resolve("report.sarif"))).isTrue();

            String last = ((McpSchema.TextResourceContents) client.readResource(new McpSchema.ReadResourceRequest(
                    "aws://audit/last-report")).contents().get(0)).text();
            assertThat(JSON.readTree(last).path("summary").path("byStatus").path("FAIL").asInt()).isEqualTo(fails);

            McpSchema.CallToolResult bad = client.callTool(new McpSchema.CallToolRequest("run_audit",
                    Map.of("pack", "securty")));
            assertThat(bad.isError()).isTrue();
            assertThat(((McpSchema.TextContent) bad.content().get(0)).text()).contains("UnknownPack", "security");
            client.closeGracefully();
        }
    }
}
