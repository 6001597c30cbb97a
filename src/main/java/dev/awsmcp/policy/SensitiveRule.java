package dev.awsmcp.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One {@code sensitive} line of the override table: IAM actions whose calls return secrets, optionally only when
 * (or unless) an input member has a given value, e.g. {@code ssm:GetParameter if WithDecryption=true}.
 *
 * @param action  the action glob
 * @param member  the input member the condition reads, or null for none
 * @param value   the value it compares with (as text)
 * @param negated {@code unless} instead of {@code if}
 */
record SensitiveRule(Glob action, String member, String value, boolean negated) {
    /**
     * Whether this rule makes a call sensitive.
     *
     * @param qualifiedAction {@code prefix:Action}
     * @param params          the call's input, or null when unknown (an {@code if} condition is then false, an
     *                        {@code unless} condition true: unknown input is treated as the risky case for
     *                        {@code unless} only because {@code if} rules name opt-in flags)
     */
    boolean matches(String qualifiedAction, ObjectNode params) {
        if (!action.matches(qualifiedAction)) {
            return false;
        }
        if (member == null) {
            return true;
        }
        JsonNode v = params == null ? null : params.get(member);
        boolean equal = v != null && !v.isNull() && v.asText().equalsIgnoreCase(value);
        return negated != equal;
    }
}
