package dev.awsmcp.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.auditmode.AuditPlanner;
import dev.awsmcp.auditmode.AuditReports;
import dev.awsmcp.auditmode.AuditRequest;
import dev.awsmcp.auditmode.AuditResult;
import dev.awsmcp.auditmode.AuditRunner;
import dev.awsmcp.auditmode.Check;
import dev.awsmcp.auditmode.CheckException;
import dev.awsmcp.auditmode.Finding;
import dev.awsmcp.auditmode.FindingStatus;
import dev.awsmcp.auditmode.JsonReport;
import dev.awsmcp.auditmode.Severity;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@code run_audit} tool: runs audit packs read-only through {@link dev.awsmcp.auditmode} and returns the
 * summary and the findings a page at a time within the output budget, with the reports written under the working
 * directory. The last report is also the resource {@code aws://audit/last-report}.
 */
final class AuditTool {
    static final String NAME = "run_audit";
    static final String LAST_REPORT = "aws://audit/last-report";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final AwsMcp aws;
    private final ServerConfig config;
    private final ToolSchemas schemas;
    private final Function<String, String> defaultRegion;
    private final Supplier<List<String>> credentialedProfiles;
    private final AtomicReference<ObjectNode> last = new AtomicReference<>();
    private final AtomicReference<AuditResult> lastResult = new AtomicReference<>();
    private final AtomicReference<String> lastKey = new AtomicReference<>();

    AuditTool(AwsMcp aws, ServerConfig config, ToolSchemas schemas, Function<String, String> defaultRegion,
              Supplier<List<String>> credentialedProfiles) {
        this.aws = aws;
        this.config = config;
        this.schemas = schemas;
        this.defaultRegion = defaultRegion;
        this.credentialedProfiles = credentialedProfiles;
    }

    McpServerFeatures.SyncToolSpecification spec() {
        McpSchema.Tool tool = ToolCalls.tool(schemas, NAME, "Run a read-only AWS audit",
                "Audit the account (or every account of the Organization) read-only: security (CIS AWS Foundations "
                        + "v3.0 and more), inventory or cost checks. Returns counts and the FAIL/ERROR findings with "
                        + "evidence and remediation, paged (pass nextCursor), and writes report.json/html/sarif/csv "
                        + "to the working directory. Nothing is changed: fixes are shown, never run.", true);
        return McpServerFeatures.SyncToolSpecification.builder().tool(tool).callHandler(this::call).build();
    }

    /** {@code aws://audit/last-report}: the last report.json of this session. */
    McpServerFeatures.SyncResourceSpecification resource() {
        McpSchema.Resource r = McpSchema.Resource.builder().uri(LAST_REPORT).name("audit-last-report")
                .title("Last audit report").mimeType("application/json")
                .description("The report.json of the last run_audit of this session (schema 1.0), or a note that "
                        + "none ran yet.").build();
        return new McpServerFeatures.SyncResourceSpecification(r, (exchange, request) -> {
            ObjectNode report = last.get();
            String text;
            try {
                text = report == null ? "{\"note\": \"No audit has run in this session; call run_audit.\"}"
                        : JSON.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(report);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(LAST_REPORT,
                    "application/json", text)));
        });
    }

    McpSchema.CallToolResult call(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        Map<String, Object> args = ToolCalls.args(request);
        AuditRequest audit;
        Severity min;
        try {
            min = args.get("minSeverity") instanceof String s ? Severity.parse(s) : Severity.LOW;
            audit = new AuditRequest(list(args.get("pack")), strings(args.get("checks")), null,
                    text(args.get("regions")), null, null, text(args.get("accounts")), null,
                    text(args.get("roleName")), min);
        } catch (IllegalArgumentException e) {
            return error("InvalidArgument", e.getMessage(), "Use critical, high, medium, low or info.");
        }
        String status = args.get("status") instanceof String s ? s : "FAIL,ERROR";
        String key = audit.scope().toString();
        String cursor = text(args.get("cursor"));
        AuditResult result;
        String reportPath = null;
        if (cursor != null && key.equals(lastKey.get()) && lastResult.get() != null) {
            result = lastResult.get();
        } else {
            ExecutionContext context = McpCallContext.create(exchange, request, () -> false);
            AuditPlanner planner = new AuditPlanner();
            try {
                List<Check> checks = planner.checks(audit);
                List<AuditRunner.Target> targets = planner.targets(aws, audit, credentialedProfiles, defaultRegion,
                        context);
                result = new AuditRunner(aws, AuditRunner.Limits.DEFAULTS, Clock.systemUTC()).run(checks, targets,
                        context);
            } catch (CheckException e) {
                return error(e.code(), e.getMessage(), e.hint());
            }
            ObjectNode report = JsonReport.document(result, audit.scope(), AwsMcpServer.VERSION);
            last.set(report);
            lastResult.set(result);
            lastKey.set(key);
            if (!"no-access".equals(config.fileAccess())) {
                try {
                    Path dir = config.workDir().resolve("aws-mcp-audit-" + DateTimeFormatter.ofPattern(
                            "yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC).format(result.started()));
                    Files.createDirectories(dir);
                    AuditReports.write(result, audit.scope(), dir, List.of("json", "html", "sarif", "csv"));
                    reportPath = dir.toString();
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    reportPath = null; // the findings are still returned; the note says why no file
                }
            }
        }
        return page(result, audit, min, status, cursor, reportPath);
    }

    private McpSchema.CallToolResult page(AuditResult r, AuditRequest audit, Severity min, String status,
                                          String cursor, String reportPath) {
        List<Finding> shown = new ArrayList<>();
        for (Finding f : r.findings()) {
            boolean statusOk = status.equals("all") || List.of(status.split(",")).contains(f.status().name());
            if (statusOk && (f.status() != FindingStatus.FAIL || f.check().severity().atLeast(min))) {
                shown.add(f);
            }
        }
        int start = 0;
        try {
            start = cursor == null ? 0 : Math.max(0, Integer.parseInt(cursor));
        } catch (NumberFormatException e) {
            return error("InvalidCursor", "The cursor '" + cursor + "' is not one this tool returned.",
                    "Pass nextCursor from the previous answer unchanged, or leave it out to start over.");
        }
        ObjectNode out = JSON.createObjectNode();
        ObjectNode summary = out.putObject("summary");
        Map<FindingStatus, Integer> counts = r.byStatus();
        counts.forEach((k, v) -> summary.put(k.name(), v));
        summary.put("checks", r.checks().size()).put("targets", r.targets().size())
                .put("durationMs", java.time.Duration.between(r.started(), r.finished()).toMillis())
                .put("listed", shown.size());
        ArrayNode findings = out.putArray("findings");
        int budget = Math.max(2000, config.maxOutput() - 1500);
        int used = 0;
        int i = start;
        for (; i < shown.size(); i++) {
            ObjectNode f = JsonReport.finding(shown.get(i));
            int size = f.toString().length();
            if (used + size > budget && i > start) {
                break;
            }
            findings.add(f);
            used += size;
        }
        if (i < shown.size()) {
            out.put("nextCursor", Integer.toString(i));
        }
        if (reportPath != null) {
            out.put("reportPath", reportPath);
        }
        ArrayNode notes = out.putArray("notes");
        r.notes().forEach(notes::add);
        StringBuilder text = new StringBuilder();
        text.append(String.format("Audit (read-only): %d checks on %d targets: %d FAIL, %d ERROR, %d PASS, %d INFO.%n",
                r.checks().size(), r.targets().size(), counts.get(FindingStatus.FAIL), counts.get(FindingStatus.ERROR),
                counts.get(FindingStatus.PASS), counts.get(FindingStatus.INFO)));
        text.append("Findings ").append(start + 1).append('-').append(i).append(" of ").append(shown.size())
                .append(i < shown.size() ? " (pass cursor \"" + i + "\" for more)" : "").append(":\n");
        for (int k = start; k < i; k++) {
            Finding f = shown.get(k);
            text.append("- ").append(f.status()).append(' ').append(f.check().severity().label()).append(' ')
                    .append(f.check().id()).append(' ').append(f.account()).append(' ').append(f.region()).append(' ')
                    .append(f.resourceId()).append(f.evidence().message() == null ? "" : ": " + f.evidence().message())
                    .append('\n');
        }
        if (reportPath != null) {
            text.append("Reports: ").append(reportPath).append('\n');
        }
        return McpSchema.CallToolResult.builder().structuredContent(JSON.convertValue(out, Map.class))
                .addTextContent(text.toString()).build();
    }

    private static McpSchema.CallToolResult error(String code, String message, String hint) {
        return McpSchema.CallToolResult.builder().isError(true)
                .addTextContent("Error [" + code + "]: " + message + (hint == null ? "" : "\nHint: " + hint)).build();
    }

    private static String text(Object o) {
        return o instanceof String s && !s.isBlank() ? s : null;
    }

    private static List<String> list(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof String s) {
            for (String p : s.split(",")) {
                if (!p.isBlank()) {
                    out.add(p.trim());
                }
            }
        }
        return out;
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        } else if (o instanceof String s) {
            out.addAll(list(s));
        }
        return out;
    }
}
