package dev.awsmcp.suggest;

import java.util.Objects;

/**
 * How risky a suggested command is, so an agent knows before calling it.
 *
 * @param level    the IAM access level ({@code List}, {@code Read}, {@code Write}, {@code Permissions management},
 *                 {@code Tagging}, {@code Unknown})
 * @param callClass what read-only mode makes of it: {@code read}, {@code sensitive-read}, {@code write} or
 *                 {@code unknown} (treated as a write)
 * @param basis    where the answer comes from: {@code classifier:data} (the Service Authorization Reference),
 *                 {@code classifier:override} (a reviewed mapping), {@code classifier:heuristic} (the operation
 *                 name's verb; a guess) or {@code classifier:unknown}
 */
public record Access(String level, String callClass, String basis) {
    public Access {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(callClass, "callClass");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * The risk in a few words for text answers: what read-only mode makes of the command, then its IAM access level,
     * e.g. {@code "write, IAM access level Write"} or {@code "read, IAM access level List"}.
     */
    public String label() {
        return callClass + ", IAM access level " + level;
    }

    /** Whether read-only mode lets the command run. */
    public boolean readOnly() {
        return callClass.equals("read");
    }
}
