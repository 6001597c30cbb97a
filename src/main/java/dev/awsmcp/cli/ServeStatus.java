package dev.awsmcp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.audit.AuditRecord;
import dev.awsmcp.audit.AuditDestination;
import dev.awsmcp.mcp.ServerStatus;
import dev.awsmcp.policy.PolicyRule;
import dev.awsmcp.policy.PolicySettings;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code aws://config} and {@code aws://audit/recent} show: a summary of the policy in effect, and the latest
 * audit lines, kept in memory by being one more sink of the audit trail (so they are the same redacted lines the
 * file gets).
 */
final class ServeStatus implements ServerStatus, AuditDestination {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KEEP = 200;

    private final PolicySettings policy;
    private final Deque<String> recent = new ArrayDeque<>();
    private final java.util.List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    ServeStatus(PolicySettings policy) {
        this.policy = policy;
    }

    @Override
    public Map<String, Object> policySummary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", policy.origin());
        m.put("readOnly", policy.readOnly());
        m.put("requireConsent", policy.requireConsent());
        m.put("allowSensitiveReads", policy.allowSensitiveReads());
        m.put("default", policy.defaultVerdict().name().toLowerCase(java.util.Locale.ROOT));
        m.put("fileAccess", policy.fileAccess().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        m.put("workdir", String.valueOf(policy.effectiveWorkdir()));
        m.put("endpointUrlsAllowed", policy.endpointUrls());
        List<Map<String, Object>> rules = new ArrayList<>();
        for (PolicyRule r : policy.rules()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", r.id());
            rule.put("effect", r.effect().name().toLowerCase(java.util.Locale.ROOT));
            putIfAny(rule, "commands", r.commands());
            putIfAny(rule, "actions", r.actions());
            putIfAny(rule, "access", r.access());
            putIfAny(rule, "regions", r.regions());
            putIfAny(rule, "profiles", r.profiles());
            putIfAny(rule, "accounts", r.accounts());
            rules.add(rule);
        }
        m.put("rules", rules);
        return m;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> recentAudit(int limit) {
        List<String> lines;
        synchronized (recent) {
            lines = new ArrayList<>(recent);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : lines.subList(Math.max(0, lines.size() - limit), lines.size())) {
            try {
                out.add(JSON.readValue(line, Map.class));
            } catch (IOException e) {
                out.add(Map.of("unreadable", true));
            }
        }
        return out;
    }

    @Override
    public void onAudit(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void write(AuditRecord record, String line) {
        synchronized (recent) {
            recent.addLast(line);
            while (recent.size() > KEEP) {
                recent.removeFirst();
            }
        }
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                // a subscriber's failure must never fail the audit write
            }
        }
    }


    private static void putIfAny(Map<String, Object> m, String key, List<String> values) {
        if (values != null && !values.isEmpty()) {
            m.put(key, values);
        }
    }
}
