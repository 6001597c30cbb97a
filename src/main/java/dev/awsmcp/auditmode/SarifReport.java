package dev.awsmcp.auditmode;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code report.sarif}: SARIF 2.1.0 for code-scanning dashboards. One rule per check; one result per FAIL (kind
 * {@code fail}, level by severity) and per ERROR (kind {@code review}); the resource is a logical location named by
 * its ARN (or id), with account and region in the result's properties.
 */
public final class SarifReport {
    /** The schema the document follows. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {}

    /**
     * @param r       the audit
     * @param version the aws-mcp version
     * @return the SARIF log
     */
    public static ObjectNode document(AuditResult r, String version) {
        ObjectNode log = JsonReport.JSON.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "aws-mcp audit").put("version", version)
                .put("informationUri", "https://github.com/awsmcp/aws-mcp-java");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Check c : r.checks()) {
            index.put(c.id(), index.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", c.id()).put("name", camel(c.id()));
            rule.putObject("shortDescription").put("text", c.title());
            rule.putObject("fullDescription").put("text", c.title() + (c.cis() == null ? "" : " (CIS AWS Foundations "
                    + "v3.0 " + c.cis() + ")"));
            if (!c.references().isEmpty()) {
                rule.put("helpUri", c.references().get(0));
            }
            rule.putObject("help").put("text", c.remediation() == null ? c.title() : c.remediation()
                    + (c.fix() == null ? "" : " Fix: " + c.fix()));
            rule.putObject("defaultConfiguration").put("level", level(c.severity()));
            ObjectNode props = rule.putObject("properties");
            props.put("security-severity", securitySeverity(c.severity()));
            java.util.Set<String> tags = new java.util.LinkedHashSet<>(List.of("security", c.pack(), c.service()));
            if (c.cis() != null) {
                tags.add("CIS-" + c.cis());
            }
            tags.forEach(props.putArray("tags")::add);
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : r.findings()) {
            if (f.status() != FindingStatus.FAIL && f.status() != FindingStatus.ERROR) {
                continue;
            }
            ObjectNode res = results.addObject();
            res.put("ruleId", f.check().id()).put("ruleIndex", index.getOrDefault(f.check().id(), 0));
            boolean fail = f.status() == FindingStatus.FAIL;
            res.put("kind", fail ? "fail" : "review");
            res.put("level", fail ? level(f.check().severity()) : "none");
            String where = f.resourceArn() != null ? f.resourceArn() : f.resourceId();
            res.putObject("message").put("text", (fail ? "" : "Could not check: ") + f.check().title() + " - "
                    + where + " (" + f.account() + ", " + f.region() + ")" + (f.evidence().message() == null ? ""
                    : ": " + f.evidence().message()));
            ObjectNode logical = res.putArray("locations").addObject().putArray("logicalLocations").addObject();
            logical.put("name", f.resourceId()).put("fullyQualifiedName", where).put("kind", "resource");
            ObjectNode props = res.putObject("properties");
            props.put("account", f.account()).put("region", f.region()).put("status", f.status().name());
            if (f.evidence().command() != null) {
                props.put("command", f.evidence().command());
            }
            res.putObject("partialFingerprints").put("resource/v1", f.check().id() + "|" + f.account() + "|"
                    + f.region() + "|" + where);
        }
        return log;
    }

    private static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            default -> "note";
        };
    }

    private static String securitySeverity(Severity s) {
        return switch (s) {
            case CRITICAL -> "9.5";
            case HIGH -> "7.5";
            case MEDIUM -> "5.0";
            case LOW -> "2.5";
            default -> "0.0";
        };
    }

    private static String camel(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
