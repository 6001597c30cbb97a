package dev.awsmcp.model;

import java.util.Locale;

/**
 * An IAM access level from the Service Authorization Reference, ordered from least to most risky, plus
 * {@link #UNKNOWN} for calls nothing could place.
 */
public enum AccessLevel {
    /** Lists resources. */
    LIST("List"),
    /** Reads resources or data. */
    READ("Read"),
    /** Changes tags only (the data lists tag writes as {@code "Tagging, Write"}). */
    TAGGING("Tagging"),
    /** Creates, changes or deletes resources. */
    WRITE("Write"),
    /** Changes who may do what (the data lists these as {@code "Permissions management, Write"}). */
    PERMISSIONS_MANAGEMENT("Permissions management"),
    /** Nothing placed the call; treated as a write. */
    UNKNOWN("Unknown");

    private final String label;

    AccessLevel(String label) {
        this.label = label;
    }

    /** The label as the Service Authorization Reference writes it, e.g. {@code Permissions management}. */
    public String label() {
        return label;
    }

    /** Whether this level only lists or reads. */
    public boolean isRead() {
        return this == LIST || this == READ;
    }

    /**
     * Parses a level from the data or a policy file. Combined data values ({@code "Tagging, Write"},
     * {@code "Permissions management, Write"}) resolve to the more specific one. Case, spaces, hyphens and
     * underscores do not matter ({@code permissions-management}, {@code Permissions}).
     *
     * @param text the level text
     * @return the level
     * @throws IllegalArgumentException when the text names no level
     */
    public static AccessLevel parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("permissions")) {
            return PERMISSIONS_MANAGEMENT;
        }
        if (t.contains("tagging")) {
            return TAGGING;
        }
        switch (t.replaceAll("[\\s_-]", "")) {
            case "list":
                return LIST;
            case "read":
                return READ;
            case "write":
                return WRITE;
            case "unknown":
                return UNKNOWN;
            default:
                throw new IllegalArgumentException("'" + text + "' is not an access level; use List, Read, Write, "
                        + "Permissions management or Tagging");
        }
    }

    /** The riskier of two levels. */
    public static AccessLevel max(AccessLevel a, AccessLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
