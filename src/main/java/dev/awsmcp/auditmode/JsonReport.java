package dev.awsmcp.auditmode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code report.json}: the whole audit as one document whose shape is versioned ({@link #SCHEMA_VERSION}) and
 * described in docs/audit.md. Tools read this; the HTML, SARIF and CSV reports are made from the same result.
 */
public final class JsonReport {
    /** The version of the document's shape; a change that removes or renames a field raises the major number. */
    public static final String SCHEMA_VERSION = "1.0";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    /**
     * @param r       the audit result
     * @param scope   what was asked for (packs, checks, regions, accounts, minimum severity)
     * @param version the aws-mcp version
     * @return the document
     */
    public static ObjectNode document(AuditResult r, ObjectNode scope, String version) {
        ObjectNode o = JSON.createObjectNode();
        o.put("schemaVersion", SCHEMA_VERSION);
        o.putObject("tool").put("name", "aws-mcp").put("version", version);
        o.put("startedAt", r.started().toString());
        o.put("finishedAt", r.finished().toString());
        o.put("durationMs", Duration.between(r.started(), r.finished()).toMillis());
        o.set("scope", scope);
        ObjectNode summary = o.putObject("summary");
        summary.put("findings", r.findings().size());
        counts(summary.putObject("byStatus"), r.byStatus());
        groups(summary.putObject("bySeverity"), r, f -> f.check().severity().label());
        groups(summary.putObject("byPack"), r, f -> f.check().pack());
        groups(summary.putObject("byService"), r, f -> f.check().service());
        groups(summary.putObject("byRegion"), r, Finding::region);
        groups(summary.putObject("byAccount"), r, Finding::account);
        ArrayNode checks = o.putArray("checks");
        for (Check c : r.checks()) {
            ObjectNode n = checks.addObject();
            n.put("id", c.id()).put("title", c.title()).put("severity", c.severity().label()).put("service", c.service())
                    .put("pack", c.pack()).put("cis", c.cis());
        }
        ArrayNode findings = o.putArray("findings");
        for (Finding f : r.findings()) {
            findings.add(finding(f));
        }
        ArrayNode notes = o.putArray("notes");
        r.notes().forEach(notes::add);
        return o;
    }

    /** One finding as the report and the {@code run_audit} tool show it. */
    public static ObjectNode finding(Finding f) {
        ObjectNode n = JSON.createObjectNode();
        Check c = f.check();
        n.put("checkId", c.id()).put("title", c.title()).put("severity", c.severity().label())
                .put("status", f.status().name()).put("pack", c.pack()).put("service", c.service())
                .put("account", f.account());
        if (f.accountName() != null) {
            n.put("accountName", f.accountName());
        }
        n.put("region", f.region()).put("resourceId", f.resourceId()).put("resourceArn", f.resourceArn());
        ObjectNode ev = n.putObject("evidence");
        ev.put("command", f.evidence().command()).put("field", f.evidence().field());
        ev.set("value", f.evidence().value());
        ev.put("message", f.evidence().message());
        n.put("remediation", c.remediation()).put("fix", c.fix());
        ObjectNode refs = n.putObject("references");
        refs.put("cis", c.cis());
        ArrayNode docs = refs.putArray("docs");
        c.references().forEach(docs::add);
        return n;
    }

    private static void counts(ObjectNode into, Map<FindingStatus, Integer> m) {
        for (FindingStatus s : FindingStatus.values()) {
            into.put(s.name(), m.getOrDefault(s, 0));
        }
    }

    private static void groups(ObjectNode into, AuditResult r, Function<Finding, String> key) {
        r.by(key).forEach((k, m) -> counts(into.putObject(k == null ? "none" : k), m));
    }
}
