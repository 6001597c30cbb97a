package dev.awsmcp.auditmode;

import java.time.Duration;
import java.util.Map;

/** The few lines an audit prints on a terminal: counts by status and severity, the worst failures, the notes. */
public final class TerminalSummary {
    private TerminalSummary() {}

    /**
     * @param r         the result
     * @param threshold the severity at or above which a FAIL counts for the exit code
     * @param maxListed how many failures to name
     * @return the text, ending with a newline
     */
    public static String render(AuditResult r, Severity threshold, int maxListed) {
        StringBuilder b = new StringBuilder();
        Map<FindingStatus, Integer> s = r.byStatus();
        b.append(String.format("Audit: %d checks on %d targets in %.1f s: %d FAIL, %d PASS, %d ERROR, %d INFO%n",
                r.checks().size(), r.targets().size(), Duration.between(r.started(), r.finished()).toMillis() / 1000.0,
                s.get(FindingStatus.FAIL), s.get(FindingStatus.PASS), s.get(FindingStatus.ERROR),
                s.get(FindingStatus.INFO)));
        StringBuilder sev = new StringBuilder();
        r.by(f -> f.check().severity().label()).forEach((k, m) -> {
            int fail = m.getOrDefault(FindingStatus.FAIL, 0);
            if (fail > 0) {
                sev.append(sev.length() == 0 ? "" : ", ").append(fail).append(' ').append(k);
            }
        });
        if (sev.length() > 0) {
            b.append("Failures by severity: ").append(sev).append('\n');
        }
        int listed = 0;
        for (Finding f : r.findings()) {
            if (f.status() != FindingStatus.FAIL || !f.check().severity().atLeast(threshold)) {
                continue;
            }
            if (listed++ == maxListed) {
                b.append("  ... and more in the report\n");
                break;
            }
            b.append(String.format("  %-8s %-36s %s %s %s%n", f.check().severity().label().toUpperCase(),
                    f.check().id(), f.account(), f.region(), f.resourceId()));
        }
        if (s.get(FindingStatus.INFO) > 0) {
            // the inventory pack: resources by type, account and region, as one table
            b.append(String.format("Inventory:%n  %-32s %-14s %-16s %s%n", "resources", "account", "region", "count"));
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            for (Finding f : r.findings()) {
                if (f.status() == FindingStatus.INFO) {
                    counts.merge(f.check().title() + "\u0000" + f.account() + "\u0000" + f.region(), 1, Integer::sum);
                }
            }
            counts.forEach((k, n) -> {
                String[] p = k.split("\u0000");
                b.append(String.format("  %-32s %-14s %-16s %d%n", p[0], p[1], p[2], n));
            });
        }
        long errors = s.get(FindingStatus.ERROR);
        if (errors > 0) {
            b.append(errors).append(" check result(s) are ERROR (a call failed or was denied): see the report.\n");
        }
        r.notes().forEach(n -> b.append("Note: ").append(n).append('\n'));
        return b.toString();
    }
}
