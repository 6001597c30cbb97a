package dev.awsmcp.mcp;

import dev.awsmcp.knowledge.AvailabilityReport;
import dev.awsmcp.knowledge.RegionEntry;
import dev.awsmcp.knowledge.RegionListing;
import dev.awsmcp.knowledge.RegionTools;
import dev.awsmcp.regions.Availability;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The {@code list_regions} and {@code get_regional_availability} tools over {@link RegionTools}. */
final class RegionAvailabilityTools {
    static final String LIST = "list_regions";
    static final String AVAILABILITY = "get_regional_availability";

    private final Supplier<RegionTools> regions;
    private final ToolSchemas schemas;

    /**
     * @param regions the region tools (live lookups run through the facade: policy and audit apply)
     * @param schemas the tool schemas
     */
    RegionAvailabilityTools(Supplier<RegionTools> regions, ToolSchemas schemas) {
        this.regions = regions;
        this.schemas = schemas;
    }

    List<McpServerFeatures.SyncToolSpecification> specs() {
        return List.of(
                McpServerFeatures.SyncToolSpecification.builder().tool(ToolCalls.tool(schemas, LIST, "List AWS regions",
                        "Every AWS region (code, name, partition, opt-in) from bundled data. live=true adds this account's "
                                + "status per region via account list-regions (a read call under the server's policy and audit).",
                        true)).callHandler(this::list).build(),
                McpServerFeatures.SyncToolSpecification.builder().tool(ToolCalls.tool(schemas, AVAILABILITY,
                        "Regional availability",
                        "Is a service, API or CloudFormation resource type offered in a region? resource_type: service "
                                + "(filters: ec2, s3), api (filters: dynamodb:DescribeTable or 'dynamodb describe-table') or cfn "
                                + "(filters: AWS::EC2::Instance). Give region or regions (default: every aws-partition region). "
                                + "Offline from bundled data unless live=true.", true)).callHandler(this::availability).build());
    }

    McpSchema.CallToolResult list(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        return ToolCalls.run(() -> {
            RegionListing listing = regions.get().listRegions(ToolCalls.bool(ToolCalls.args(request), "live"));
            StringBuilder text = new StringBuilder();
            for (RegionEntry r : listing.regions()) {
                text.append(r.id()).append("  ").append(r.name()).append("  [").append(r.partition()).append(", ")
                        .append(r.optIn()).append(r.accountStatus() == null ? "" : ", " + r.accountStatus()).append("]\n");
            }
            text.append("Source: ").append(listing.source()).append('\n');
            if (listing.note() != null) {
                text.append(listing.note()).append('\n');
            }
            return ToolCalls.ok(listing, text.toString());
        });
    }

    McpSchema.CallToolResult availability(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        return ToolCalls.run(() -> {
            Map<String, Object> args = ToolCalls.args(request);
            String type = ToolCalls.requiredString(args, "resource_type", "service");
            List<String> wanted = new ArrayList<>(ToolCalls.strings(args, "regions"));
            String one = ToolCalls.string(args, "region");
            if (one != null && !wanted.contains(one)) {
                wanted.add(0, one);
            }
            AvailabilityReport report = regions.get().regionalAvailability(type, wanted,
                    ToolCalls.strings(args, "filters"), ToolCalls.bool(args, "live"));
            StringBuilder text = new StringBuilder();
            for (Availability a : report.results()) {
                text.append(a.service()).append(a.api() == null ? "" : ":" + a.api()).append("  ").append(a.region())
                        .append("  ").append(a.status()).append(a.global() ? " (global endpoint)" : "");
                if (a.note() != null) {
                    text.append("  - ").append(a.note());
                }
                text.append('\n');
            }
            if (report.results().isEmpty()) {
                text.append("No answers.\n");
            }
            text.append("Sources: ").append(String.join("; ", report.sources())).append('\n');
            if (report.note() != null) {
                text.append(report.note()).append('\n');
            }
            return ToolCalls.ok(report, text.toString());
        });
    }
}
