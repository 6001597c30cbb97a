package dev.awsmcp.policy;

/** What a call does, as far as the read-only mode cares. */
public enum CallClass {
    /** Lists or reads (List/Read access level, or a tag read such as ListTagsForResource). */
    READ("read"),
    /** Returns credentials, tokens, keys or secret values; off in read-only mode unless explicitly allowed. */
    SENSITIVE_READ("sensitive-read"),
    /** Changes something (Write, Permissions management, Tagging), in AWS or on the local machine. */
    WRITE("write"),
    /** Nothing placed it; treated as a write and never allowed in read-only mode. */
    UNKNOWN("unknown");

    private final String label;

    CallClass(String label) {
        this.label = label;
    }

    /** The label printed and matched by policy rules ({@code sensitive-read}, ...). */
    public String label() {
        return label;
    }

    /** The riskier of two classes (UNKNOWN &gt; WRITE &gt; SENSITIVE_READ &gt; READ). */
    public static CallClass max(CallClass a, CallClass b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
