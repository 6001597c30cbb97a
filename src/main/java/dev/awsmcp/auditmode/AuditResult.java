package dev.awsmcp.auditmode;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What an audit found.
 *
 * @param started  when it started
 * @param finished when it finished
 * @param checks   the checks that ran
 * @param targets  the accounts and regions they ran on
 * @param findings one per check, resource, account and region, most severe first
 * @param notes    what was skipped and why (disabled regions, interruptions)
 */
public record AuditResult(Instant started, Instant finished, List<Check> checks, List<AuditRunner.Target> targets,
                          List<Finding> findings, List<String> notes) {
    public AuditResult {
        checks = List.copyOf(checks);
        targets = List.copyOf(targets);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /** Counts by status. */
    public Map<FindingStatus, Integer> byStatus() {
        Map<FindingStatus, Integer> m = new EnumMap<>(FindingStatus.class);
        for (FindingStatus s : FindingStatus.values()) {
            m.put(s, 0);
        }
        findings.forEach(f -> m.merge(f.status(), 1, Integer::sum));
        return m;
    }

    /**
     * Counts by a key and status, the key sorted.
     *
     * @param key what to group by (severity label, pack, service, region, account)
     * @return key to status to count
     */
    public Map<String, Map<FindingStatus, Integer>> by(Function<Finding, String> key) {
        Map<String, Map<FindingStatus, Integer>> m = new TreeMap<>();
        for (Finding f : findings) {
            m.computeIfAbsent(key.apply(f), k -> new EnumMap<>(FindingStatus.class)).merge(f.status(), 1, Integer::sum);
        }
        return m;
    }

    /**
     * Whether a FAIL at or above a severity was found (the audit command then exits 1).
     *
     * @param threshold the lowest severity that counts
     * @return true when such a failure exists
     */
    public boolean failsAtOrAbove(Severity threshold) {
        return findings.stream().anyMatch(f -> f.status() == FindingStatus.FAIL && f.check().severity().atLeast(threshold));
    }
}
