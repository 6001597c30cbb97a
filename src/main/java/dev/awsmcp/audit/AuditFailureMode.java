package dev.awsmcp.audit;

import java.util.Locale;

/** What happens to calls when the primary audit destination (the file) cannot be written. */
public enum AuditFailureMode {
    /** Calls are refused, with a sentence saying why, until the file can be written again (the default). */
    FAIL_CLOSED,
    /** Calls run; once the file can be written again, one line says how many records were lost and when. */
    RECORD_LOSS;

    /** The name used by {@code --audit-failure} and {@code AWS_MCP_AUDIT_FAILURE}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param text {@code fail-closed} or {@code record-loss}
     * @return the mode
     * @throws IllegalArgumentException for anything else
     */
    public static AuditFailureMode parse(String text) {
        for (AuditFailureMode m : values()) {
            if (m.label().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("--audit-failure takes fail-closed or record-loss, not '" + text + "'");
    }
}
