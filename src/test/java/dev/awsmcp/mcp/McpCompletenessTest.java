package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code completion/complete}, {@code resources/subscribe} with update notifications for {@code aws://audit/recent},
 * and the resource templates, through the real SDK client over streamable HTTP.
 */
class McpCompletenessTest {
    private McpHttpTransport transport;
    private McpSyncClient client;
    private final List<McpSchema.ResourceContents> updates = new CopyOnWriteArrayList<>();
    private final List<Runnable> auditListeners = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        ServerStatus status = new ServerStatus() {
            @Override
            public Map<String, Object> policySummary() {
                return Map.of();
            }

            @Override
            public List<Map<String, Object>> recentAudit(int limit) {
                return List.of(Map.of("command", "aws s3 ls"));
            }

            @Override
            public void onAudit(Runnable listener) {
                auditListeners.add(listener);
            }
        };
        ServerConfig config = ServerConfig.parse(List.of("--http", "--port", "0"), Map.of());
        AwsMcpServer server = AwsMcpServer.builder(new FakeAwsMcp(false), config).env(Map.of("AWS_REGION", "eu-west-1"))
                .status(status).regions(p -> List.of("eu-west-1")).build();
        transport = McpHttpTransport.start(server);
        client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + transport.port())
                        .endpoint(McpHttpTransport.PATH).build())
                .requestTimeout(Duration.ofSeconds(30)).resourcesUpdateConsumer(updates::addAll).build();
        client.initialize();
    }

    @AfterEach
    void stop() {
        client.closeGracefully();
        transport.close();
    }

    @Test
    void promptArgumentsComplete() {
        McpSchema.CompleteResult regions = complete(new McpSchema.PromptReference("aws_inventory"), "region", "eu-w", Map.of());
        assertThat(regions.completion().values()).contains("eu-west-1", "eu-west-2").allMatch(v -> v.startsWith("eu-w"));
        McpSchema.CompleteResult services = complete(new McpSchema.PromptReference("aws_inventory"), "services", "ec2,lamb", Map.of());
        assertThat(services.completion().values()).contains("ec2,lambda").allMatch(v -> v.startsWith("ec2,lambda"));
        McpSchema.CompleteResult all = complete(new McpSchema.PromptReference("aws_inventory"), "services", "", Map.of());
        assertThat(all.completion().values()).hasSize(Completions.MAX);
        assertThat(all.completion().total()).isGreaterThan(400);
        assertThat(all.completion().hasMore()).isTrue();
        assertThat(complete(new McpSchema.PromptReference("aws_audit"), "pack", "s", Map.of()).completion().values())
                .containsExactly("security");
        assertThat(complete(new McpSchema.PromptReference("aws_inventory"), "profile", "", Map.of()).completion()).isNotNull();
    }

    @Test
    void otherReferencesCompleteByArgumentNameOrToNothing() {
        // a SOP prompt's region argument (SOP prompts have no completion of their own), a prompt that does not exist
        assertThat(complete(new McpSchema.PromptReference("some-sop"), "region", "us-east", Map.of()).completion().values())
                .contains("us-east-1", "us-east-2");
        McpSchema.CompleteResult none = complete(new McpSchema.PromptReference("test_prompt_with_arguments"), "arg1", "par", Map.of());
        assertThat(none.completion().values()).isEmpty();
        assertThat(none.completion().total()).isZero();
    }

    @Test
    void resourceTemplatesAreListedCompletedAndRead() {
        assertThat(client.listResourceTemplates().resourceTemplates()).extracting(McpSchema.ResourceTemplate::uriTemplate)
                .contains("aws://services/{service}", "aws://services/{service}/{operation}", "aws://sops/{name}");
        McpSchema.CompleteResult ops = complete(new McpSchema.ResourceReference("aws://services/{service}/{operation}"),
                "operation", "describe-inst", Map.of("service", "ec2"));
        assertThat(ops.completion().values()).contains("describe-instances", "describe-instance-status");
        assertThat(complete(new McpSchema.ResourceReference("aws://sops/{name}"), "name", "", Map.of()).completion().values())
                .isNotEmpty();
        String sqs = text(client.readResource(new McpSchema.ReadResourceRequest("aws://services/sqs")));
        assertThat(sqs).contains("\"aws sqs list-queues\"").contains("ListQueues");
        String op = text(client.readResource(new McpSchema.ReadResourceRequest("aws://services/sqs/send-message")));
        assertThat(op).contains("--queue-url").contains("\"required\" : true");
    }

    @Test
    void subscribersHearOfEveryNewAuditRecord() throws Exception {
        client.subscribeResource(new McpSchema.SubscribeRequest("aws://audit/recent"));
        auditListeners.forEach(Runnable::run);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (updates.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(updates).isNotEmpty();
        assertThat(((McpSchema.TextResourceContents) updates.get(0)).text()).contains("aws s3 ls");
    }

    private McpSchema.CompleteResult complete(McpSchema.CompleteReference ref, String argument, String value,
                                              Map<String, String> context) {
        return client.completeCompletion(new McpSchema.CompleteRequest(ref, new McpSchema.CompleteRequest.CompleteArgument(
                argument, value), new McpSchema.CompleteRequest.CompleteContext(context)));
    }

    private static String text(McpSchema.ReadResourceResult r) {
        return ((McpSchema.TextResourceContents) r.contents().get(0)).text();
    }
}
