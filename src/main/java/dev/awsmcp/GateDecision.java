package dev.awsmcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;

/**
 * The gate's answer.
 *
 * @param allowed whether the command may run
 * @param ruleId  the rule that decided (a policy rule id, {@code read-only}, {@code default}, ...)
 * @param reason  one sentence; for a denial it names the IAM action and access level
 * @param hint    how the caller can proceed (for denials), or null
 * @param details facts for the audit trail (IAM actions, access level, classification source); never secrets
 */
public record GateDecision(boolean allowed, String ruleId, String reason, String hint, JsonNode details) {
    public GateDecision {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        details = details == null ? JsonNodeFactory.instance.objectNode() : details;
    }

    /**
     * @param ruleId the deciding rule
     * @param reason why
     * @return an allowing decision
     */
    public static GateDecision allow(String ruleId, String reason) {
        return new GateDecision(true, ruleId, reason, null, null);
    }

    /**
     * @param ruleId the deciding rule
     * @param reason why, in one sentence
     * @param hint   how to proceed, or null
     * @return a denying decision
     */
    public static GateDecision deny(String ruleId, String reason, String hint) {
        return new GateDecision(false, ruleId, reason, hint, null);
    }
}
