package dev.awsmcp.mcp;

import java.util.List;
import java.util.Map;

/**
 * What the resources show of the pipeline behind the facade: the policy in effect and the latest audit records.
 * Wired from the facade once the policy and audit stages expose them; {@link #NONE} until then.
 */
public interface ServerStatus {
    /** Reports that nothing is available yet. */
    ServerStatus NONE = new ServerStatus() {
        @Override
        public Map<String, Object> policySummary() {
            return Map.of("available", false, "note", "The policy summary is not wired in this build.");
        }

        @Override
        public List<Map<String, Object>> recentAudit(int limit) {
            return List.of();
        }
    };

    /** @return a JSON-ready summary of the policy (rules, mode, sources) */
    Map<String, Object> policySummary();

    /**
     * @param limit at most this many
     * @return the latest audit records, newest last, as JSON-ready maps
     */
    List<Map<String, Object>> recentAudit(int limit);

    /**
     * Registers who to tell when a new audit record arrives ({@code resources/subscribe} on
     * {@code aws://audit/recent}); the default status never has any.
     *
     * @param listener called after each record, on the thread that wrote it; must return quickly
     */
    default void onAudit(Runnable listener) {
    }
}
