package dev.awsmcp.mcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.awsmcp.knowledge.AwsDocumentation;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The documentation, region and Agent SOP tools and the SOP prompts, through an in-process HTTP server and the SDK client. */
class KnowledgeToolsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEARCH_BODY = """
            {"queryId": "q-1", "suggestions": [
              {"textExcerptSuggestion": {
                "link": "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
                "title": "Retaining multiple versions of objects with S3 Versioning",
                "suggestionBody": "Versioning keeps multiple variants of an object in the same bucket.",
                "context": [{"key": "aws-docs-search-product", "value": "Amazon S3"}]}}]}""";

    @RegisterExtension
    static WireMockExtension docsService = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private McpHttpTransport transport;
    private McpSyncClient client;

    @BeforeEach
    void start() throws Exception {
        AwsDocumentation docs = AwsDocumentation.builder()
                .searchUrl(URI.create(docsService.baseUrl() + "/search"))
                .recommendationsUrl(URI.create(docsService.baseUrl() + "/recommendations"))
                .offlineFallback(false)
                .requestTimeout(Duration.ofSeconds(5))
                .build();
        ServerConfig config = ServerConfig.parse(List.of("--http", "--port", "0", "--read-only"), Map.of());
        AwsMcpServer server = AwsMcpServer.builder(new FakeAwsMcp(true), config).env(Map.of("AWS_REGION", "eu-west-1"))
                .documentation(docs).build();
        transport = McpHttpTransport.start(server);
        client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + transport.port())
                        .endpoint(McpHttpTransport.PATH).build())
                .requestTimeout(Duration.ofSeconds(30))
                .build();
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

    private McpSchema.CallToolResult call(String tool, Map<String, Object> args) {
        return client.callTool(new McpSchema.CallToolRequest(tool, args));
    }

    private static JsonNode structured(McpSchema.CallToolResult r) {
        return JSON.valueToTree(r.structuredContent());
    }

    private static String text(McpSchema.CallToolResult r) {
        return ((McpSchema.TextContent) r.content().get(0)).text();
    }

    @Test
    void listsTheNewToolsWithSchemasAndReadOnlyAnnotations() {
        List<McpSchema.Tool> tools = client.listTools().tools();
        assertThat(tools).extracting(McpSchema.Tool::name).contains("call_aws", "search_documentation", "read_documentation",
                "recommend", "list_regions", "get_regional_availability", "retrieve_agent_sop", "retrieve_skill");
        McpSchema.Tool search = tools.stream().filter(t -> t.name().equals("search_documentation")).findFirst().orElseThrow();
        JsonNode input = JSON.valueToTree(search.inputSchema());
        assertThat(input.path("required").toString()).isEqualTo("[\"search_phrase\"]");
        assertThat(input.path("properties").has("topics")).isTrue();
        assertThat(input.path("properties").has("limit")).isTrue();
        assertThat(search.outputSchema()).containsKey("properties");
        assertThat(search.annotations().readOnlyHint()).isTrue();
        assertThat(search.annotations().openWorldHint()).isTrue();
        McpSchema.Tool availability = tools.stream().filter(t -> t.name().equals("get_regional_availability")).findFirst()
                .orElseThrow();
        JsonNode props = JSON.valueToTree(availability.inputSchema()).path("properties");
        assertThat(List.of("resource_type", "region", "regions", "filters", "live")).allMatch(props::has);
        assertThat(availability.annotations().readOnlyHint()).isTrue();
    }

    @Test
    void searchesTheDocumentationServiceAndReturnsItsResults() {
        docsService.stubFor(post(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(SEARCH_BODY)));

        McpSchema.CallToolResult r = call("search_documentation", Map.of("search_phrase", "S3 versioning", "limit", 3));

        assertThat(r.isError()).isFalse();
        JsonNode s = structured(r);
        assertThat(s.path("source").asText()).isEqualTo("LIVE");
        assertThat(s.path("results").get(0).path("url").asText())
                .isEqualTo("https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html");
        assertThat(text(r)).contains("Retaining multiple versions");
        docsService.verify(postRequestedFor(urlPathEqualTo("/search")));
    }

    @Test
    void answersAFailingSearchServiceWithAToolErrorAndHint() {
        docsService.stubFor(post(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(503)));

        McpSchema.CallToolResult r = call("search_documentation", Map.of("search_phrase", "S3 versioning"));

        assertThat(r.isError()).isTrue();
        assertThat(structured(r).path("error").path("code").asText()).isNotBlank();
        assertThat(text(r)).startsWith("Error [").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void rejectsAForeignUrlForReadDocumentationWithAHint() {
        McpSchema.CallToolResult r = call("read_documentation", Map.of("url", "https://example.com/page.html"));

        assertThat(r.isError()).isTrue();
        assertThat(structured(r).path("error").path("code").asText()).isEqualTo("InvalidDocumentationUrl");
        assertThat(text(r)).contains("Hint:");
    }

    @Test
    void reportsAMissingSearchPhraseAsAToolError() {
        McpSchema.CallToolResult r = call("search_documentation", Map.of("limit", 3));

        assertThat(r.isError()).isTrue();
        assertThat(structured(r).path("error").path("code").asText()).isEqualTo("InvalidArgument");
        assertThat(text(r)).contains("search_phrase is required");
    }

    @Test
    void listsRegionsOffline() {
        McpSchema.CallToolResult r = call("list_regions", Map.of());

        assertThat(r.isError()).isFalse();
        JsonNode regions = structured(r).path("regions");
        assertThat(regions.findValuesAsText("id")).contains("eu-west-1", "us-east-1");
        assertThat(text(r)).contains("eu-west-1");
    }

    @Test
    void answersRegionalAvailabilityOfAServiceOffline() {
        McpSchema.CallToolResult r = call("get_regional_availability",
                Map.of("resource_type", "service", "region", "eu-west-1", "filters", List.of("lambda")));

        assertThat(r.isError()).isFalse();
        JsonNode first = structured(r).path("results").get(0);
        assertThat(first.path("region").asText()).isEqualTo("eu-west-1");
        assertThat(first.path("status").asText()).isEqualTo("AVAILABLE");
    }

    @Test
    void rejectsAnUnknownResourceTypeWithAHint() {
        McpSchema.CallToolResult r = call("get_regional_availability", Map.of("resource_type", "planet"));

        assertThat(r.isError()).isTrue();
        assertThat(text(r)).contains("planet").contains("Hint: Use service, api or cfn.");
    }

    @Test
    void listsSopsWithoutANameAndReturnsOneWithAName() {
        JsonNode list = structured(call("retrieve_agent_sop", Map.of()));
        assertThat(list.path("sops").findValuesAsText("name")).contains("secure-s3-buckets", "lambda-timeout-debugging");

        McpSchema.CallToolResult one = call("retrieve_agent_sop", Map.of("sop_name", "secure-s3-buckets"));
        assertThat(one.isError()).isFalse();
        assertThat(text(one)).contains("# Create and Harden S3 Buckets").contains("## Parameters");
        assertThat(structured(one).path("name").asText()).isEqualTo("secure-s3-buckets");

        McpSchema.CallToolResult alias = call("retrieve_skill", Map.of("skill_name", "secure-s3-buckets"));
        assertThat(text(alias)).isEqualTo(text(one));
    }

    @Test
    void answersAnUnknownSopNameWithAToolError() {
        McpSchema.CallToolResult r = call("retrieve_agent_sop", Map.of("sop_name", "secure-s3-bucket"));

        assertThat(r.isError()).isTrue();
        assertThat(structured(r).path("error").path("code").asText()).isEqualTo("UnknownSop");
        assertThat(text(r)).contains("secure-s3-buckets");
    }

    /** The prompts once the SOP prompts, registered in the background after start, are there. */
    private List<McpSchema.Prompt> promptsWithSops() throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        List<McpSchema.Prompt> prompts = client.listPrompts().prompts();
        while (prompts.stream().noneMatch(p -> p.name().equals("secure-s3-buckets")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            prompts = client.listPrompts().prompts();
        }
        return prompts;
    }

    @Test
    void offersEverySopAsAPromptThatRendersItsArguments() throws Exception {
        List<McpSchema.Prompt> prompts = promptsWithSops();
        assertThat(prompts).extracting(McpSchema.Prompt::name).contains("aws_inventory", "secure-s3-buckets");
        McpSchema.Prompt sop = prompts.stream().filter(p -> p.name().equals("secure-s3-buckets")).findFirst().orElseThrow();
        assertThat(sop.arguments()).extracting(McpSchema.PromptArgument::name).contains("bucket_name", "noncurrent_days");

        McpSchema.GetPromptResult p = client.getPrompt(new McpSchema.GetPromptRequest("secure-s3-buckets", Map.of(
                "region", "eu-west-1", "account_id", "123456789012", "bucket_name", "acme-orders",
                "kms_key_arn", "arn:aws:kms:eu-west-1:123456789012:key/k-1", "log_bucket_name", "acme-logs")));
        String text = ((McpSchema.TextContent) p.messages().get(0).content()).text();
        assertThat(text).contains("bucket_name = acme-orders").contains("noncurrent_days = 90").doesNotContain("${bucket_name}");
    }

    @Test
    void refusesAnSopPromptWithoutItsRequiredArguments() throws Exception {
        promptsWithSops();
        assertThatThrownBy(() -> client.getPrompt(new McpSchema.GetPromptRequest("secure-s3-buckets", Map.of())))
                .hasMessageContaining("bucket_name");
    }
}
