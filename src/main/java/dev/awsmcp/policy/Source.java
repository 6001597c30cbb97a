package dev.awsmcp.policy;

import java.util.Locale;

/** Where a classification came from, ordered from most to least trustworthy. */
public enum Source {
    /** The operation name is an IAM action of the service's prefix in the Service Authorization Reference. */
    DATA,
    /** A reviewed override table entry ({@code iam-overrides.txt}) or a reviewed high-level command mapping. */
    OVERRIDE,
    /** A guess from the operation name (Describe/List/Get... → read); a labelled last resort. */
    HEURISTIC,
    /** Nothing could place the call; it is treated as a write and never allowed in read-only mode. */
    UNKNOWN;

    /** Lower-case name as printed and logged ({@code data}, {@code override}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The less trustworthy of two sources. */
    public static Source weakest(Source a, Source b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
