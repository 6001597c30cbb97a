package dev.awsmcp.auditmode;

import java.util.Locale;

/** How much a failed check matters, most severe first. */
public enum Severity {
    /** Exploitable now or exposes the whole account (root keys, admin policies, public data). */
    CRITICAL,
    /** A serious gap a CIS benchmark control names. */
    HIGH,
    /** A gap that weakens defence in depth. */
    MEDIUM,
    /** Hygiene. */
    LOW,
    /** Facts, not findings (the inventory pack). */
    INFO;

    /**
     * @param text a level, any case
     * @return the severity
     * @throws IllegalArgumentException naming the levels when the text is none of them
     */
    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("'" + text + "' is not a severity; use critical, high, medium, low or info");
        }
    }

    /** Whether this is at least as severe as another. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** The lower-case name used in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
