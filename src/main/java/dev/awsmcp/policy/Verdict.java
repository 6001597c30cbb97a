package dev.awsmcp.policy;

import java.util.Locale;

/** What the policy says about a command. */
public enum Verdict {
    /** Run it. */
    ALLOW,
    /** Do not run it; nothing is sent. */
    DENY,
    /** Ask a human first (MCP elicitation); without an answer it is denied. */
    CONSENT;

    /** Lower-case name as printed and logged. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code allow}, {@code deny} or {@code consent} (any case).
     *
     * @param text the name
     * @return the verdict
     * @throws IllegalArgumentException for other text
     */
    public static Verdict parse(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "allow":
                return ALLOW;
            case "deny":
                return DENY;
            case "consent":
                return CONSENT;
            default:
                throw new IllegalArgumentException("'" + text + "' is not allow, deny or consent");
        }
    }
}
