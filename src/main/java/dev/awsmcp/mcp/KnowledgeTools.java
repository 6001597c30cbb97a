package dev.awsmcp.mcp;

import dev.awsmcp.knowledge.AvailabilityReport;
import dev.awsmcp.knowledge.AwsDocumentation;
import dev.awsmcp.knowledge.DocumentationPage;
import dev.awsmcp.knowledge.Recommendation;
import dev.awsmcp.knowledge.RegionEntry;
import dev.awsmcp.knowledge.RegionListing;
import dev.awsmcp.knowledge.RegionTools;
import dev.awsmcp.knowledge.SearchResponse;
import dev.awsmcp.knowledge.SearchResult;
import dev.awsmcp.regions.Availability;
import io.modelcontextprotocol.server.McpServerFeatures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The knowledge tools: AWS documentation ({@code search_documentation}, {@code read_documentation},
 * {@code recommend}) and regions ({@code list_regions}, {@code get_regional_availability}), over the
 * {@code knowledge} package. Their engines are built on first use.
 */
final class KnowledgeTools {
    static final List<String> DOC_TOOLS = List.of("search_documentation", "read_documentation", "recommend");
    static final List<String> REGION_TOOLS = List.of("list_regions", "get_regional_availability");

    private final Supplier<AwsDocumentation> docs;
    private final Supplier<RegionTools> regions;
    private final ToolSchemas schemas;

    KnowledgeTools(Supplier<AwsDocumentation> docs, Supplier<RegionTools> regions, ToolSchemas schemas) {
        this.docs = docs;
        this.regions = regions;
        this.schemas = schemas;
    }

    List<McpServerFeatures.SyncToolSpecification> documentationTools() {
        return List.of(
                SimpleTool.of(schemas, "search_documentation", "Search AWS documentation",
                        "Search the AWS documentation (docs.aws.amazon.com) for a phrase; returns ranked pages with excerpts. "
                                + "Offline, searches the API reference bundled with the server. Read a hit with read_documentation.",
                        true, args -> {
                            SearchResponse r = docs.get().search(args.text("search_phrase"),
                                    args.integer("limit", AwsDocumentation.DEFAULT_LIMIT), args.strings("topics"));
                            StringBuilder text = new StringBuilder();
                            for (SearchResult hit : r.results()) {
                                text.append(hit.rank()).append(". ").append(hit.title()).append("\n   ").append(hit.url())
                                        .append(hit.excerpt() == null ? "" : "\n   " + hit.excerpt()).append('\n');
                            }
                            if (r.note() != null) {
                                text.append(r.note()).append('\n');
                            }
                            return new SimpleTool.Answer(r, text.length() == 0 ? "No results.\n" : text.toString());
                        }),
                SimpleTool.of(schemas, "read_documentation", "Read an AWS documentation page",
                        "Read a docs.aws.amazon.com page as Markdown, in windows: long pages end with the start_index to "
                                + "continue from.",
                        true, args -> {
                            DocumentationPage page = docs.get().read(args.text("url"),
                                    args.integer("max_length", AwsDocumentation.DEFAULT_MAX_LENGTH), args.integer("start_index", 0));
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("url", page.finalUrl());
                            if (page.title() != null) {
                                m.put("title", page.title());
                            }
                            m.put("content", page.content());
                            m.put("startIndex", page.startIndex());
                            m.put("endIndex", page.endIndex());
                            m.put("totalLength", page.totalLength());
                            if (page.truncated()) {
                                m.put("nextStartIndex", page.nextStartIndex());
                            }
                            return new SimpleTool.Answer(m, page.text());
                        }),
                SimpleTool.of(schemas, "recommend", "Related AWS documentation",
                        "Pages related to a docs.aws.amazon.com page: highly rated, commonly read next, new, similar.",
                        true, args -> {
                            List<Recommendation> recs = docs.get().recommend(args.text("url"));
                            StringBuilder text = new StringBuilder();
                            recs.forEach(r -> text.append('[').append(r.group().name().toLowerCase(java.util.Locale.ROOT)).append("] ")
                                    .append(r.title()).append("\n   ").append(r.url()).append('\n'));
                            return new SimpleTool.Answer(Map.of("recommendations", recs),
                                    recs.isEmpty() ? "No recommendations.\n" : text.toString());
                        }));
    }

    List<McpServerFeatures.SyncToolSpecification> regionTools() {
        return List.of(
                SimpleTool.of(schemas, "list_regions", "List AWS regions",
                        "Every AWS region with its name, partition and opt-in status; refine_live=true adds this account's "
                                + "status of each region (account list-regions, through the policy and audit).",
                        true, args -> {
                            RegionListing l = regions.get().listRegions(args.bool("refine_live", false));
                            StringBuilder text = new StringBuilder();
                            for (RegionEntry r : l.regions()) {
                                text.append(r.id()).append("  ").append(r.name()).append("  (").append(r.partition())
                                        .append(", ").append(r.optIn()).append(r.accountStatus() == null ? "" : ", " + r.accountStatus())
                                        .append(")\n");
                            }
                            if (l.note() != null) {
                                text.append(l.note()).append('\n');
                            }
                            return new SimpleTool.Answer(l, text.toString());
                        }),
                SimpleTool.of(schemas, "get_regional_availability", "Regional availability",
                        "Whether services, API operations or CloudFormation resource types are available in regions. "
                                + "resource_type service|api|cfn; filters e.g. [\"ec2\"], [\"dynamodb:DescribeTable\"], "
                                + "[\"AWS::EC2::Instance\"]; regions default to every aws-partition region.",
                        true, args -> {
                            AvailabilityReport r = regions.get().regionalAvailability(args.text("resource_type"),
                                    args.strings("regions"), args.strings("filters"), args.bool("use_live", true));
                            StringBuilder text = new StringBuilder();
                            List<String> lines = new ArrayList<>();
                            for (Availability a : r.results()) {
                                lines.add(a.region() + "  " + (a.api() != null ? a.service() + ":" + a.api() : a.service())
                                        + "  " + a.status());
                            }
                            lines.forEach(l -> text.append(l).append('\n'));
                            if (r.note() != null) {
                                text.append(r.note()).append('\n');
                            }
                            return new SimpleTool.Answer(r, text.toString());
                        }));
    }
}
