package dev.awsmcp.mcp;

import dev.awsmcp.knowledge.AwsDocumentation;
import dev.awsmcp.knowledge.DocTopic;
import dev.awsmcp.knowledge.DocumentationPage;
import dev.awsmcp.knowledge.Recommendation;
import dev.awsmcp.knowledge.SearchResponse;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The {@code search_documentation}, {@code read_documentation} and {@code recommend} tools over {@link AwsDocumentation}. */
final class DocumentationTools {
    static final String SEARCH = "search_documentation";
    static final String READ = "read_documentation";
    static final String RECOMMEND = "recommend";

    private final Supplier<AwsDocumentation> docs;
    private final ToolSchemas schemas;

    /**
     * @param docs    the documentation tools, built on first call (the offline index is costly)
     * @param schemas the tool schemas
     */
    DocumentationTools(Supplier<AwsDocumentation> docs, ToolSchemas schemas) {
        this.docs = docs;
        this.schemas = schemas;
    }

    List<McpServerFeatures.SyncToolSpecification> specs() {
        return List.of(
                spec(ToolCalls.tool(schemas, SEARCH, "Search AWS documentation",
                        "Search the AWS documentation (user guides, API and CLI references, blogs, what's new). Returns ranked "
                                + "titles, URLs and excerpts; read a hit with read_documentation. Optional topics narrow the search: "
                                + DocTopic.names() + ". Falls back to the bundled API reference when offline.", true), this::search),
                spec(ToolCalls.tool(schemas, READ, "Read AWS documentation",
                        "Read a docs.aws.amazon.com page as Markdown, max_length characters at a time (default 5000). When the "
                                + "answer says it was truncated, call again with the start_index it names.", true), this::read),
                spec(ToolCalls.tool(schemas, RECOMMEND, "Related AWS documentation",
                        "Pages related to a docs.aws.amazon.com page: highly rated, commonly read next, new, and similar. "
                                + "Use it to find newer features or the next step after reading a page.", true), this::recommend));
    }

    private static McpServerFeatures.SyncToolSpecification spec(McpSchema.Tool tool,
            java.util.function.BiFunction<McpSyncServerExchange, McpSchema.CallToolRequest, McpSchema.CallToolResult> handler) {
        return McpServerFeatures.SyncToolSpecification.builder().tool(tool).callHandler(handler).build();
    }

    McpSchema.CallToolResult search(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        return ToolCalls.run(() -> {
            Map<String, Object> args = ToolCalls.args(request);
            String phrase = ToolCalls.requiredString(args, "search_phrase", "S3 bucket versioning");
            int limit = ToolCalls.integer(args, "limit", AwsDocumentation.DEFAULT_LIMIT);
            SearchResponse r = docs.get().search(phrase, limit, ToolCalls.strings(args, "topics"));
            return ToolCalls.ok(r, r.text());
        });
    }

    McpSchema.CallToolResult read(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        return ToolCalls.run(() -> {
            Map<String, Object> args = ToolCalls.args(request);
            String url = ToolCalls.requiredString(args, "url", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html");
            int max = ToolCalls.integer(args, "max_length", AwsDocumentation.DEFAULT_MAX_LENGTH);
            int start = ToolCalls.integer(args, "start_index", 0);
            DocumentationPage page = docs.get().read(url, max, start);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("url", page.url());
            out.put("finalUrl", page.finalUrl());
            if (page.title() != null) {
                out.put("title", page.title());
            }
            out.put("content", page.content());
            out.put("startIndex", page.startIndex());
            out.put("endIndex", page.endIndex());
            out.put("totalLength", page.totalLength());
            out.put("truncated", page.truncated());
            if (page.truncated()) {
                out.put("nextStartIndex", page.nextStartIndex());
            }
            return ToolCalls.ok(out, page.text());
        });
    }

    McpSchema.CallToolResult recommend(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        return ToolCalls.run(() -> {
            Map<String, Object> args = ToolCalls.args(request);
            String url = ToolCalls.requiredString(args, "url", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html");
            List<Recommendation> recs = docs.get().recommend(url);
            List<Map<String, Object>> list = new java.util.ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (Recommendation r : recs) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("group", r.group().wireName());
                m.put("url", r.url());
                m.put("title", r.title());
                if (r.context() != null) {
                    m.put("context", r.context());
                }
                list.add(m);
                text.append('[').append(r.group().wireName()).append("] ").append(r.title()).append("\n   ").append(r.url()).append('\n');
                if (r.context() != null && !r.context().isBlank()) {
                    text.append("   ").append(r.context().strip().replace('\n', ' ')).append('\n');
                }
            }
            if (recs.isEmpty()) {
                text.append("No recommendations for ").append(url).append(".\n");
            }
            return ToolCalls.ok(Map.of("recommendations", list), text.toString());
        });
    }
}
