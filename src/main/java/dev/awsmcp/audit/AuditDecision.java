package dev.awsmcp.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.policy.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * The policy facts an audit line carries.
 *
 * @param verdict     {@code allow}, {@code deny} or {@code consent}
 * @param rule        the rule that decided
 * @param reason      the decision's sentence
 * @param iamActions  IAM actions
 * @param accessLevel riskiest access level label, or null
 * @param source      classification source label, or null
 */
public record AuditDecision(String verdict, String rule, String reason, List<String> iamActions, String accessLevel,
                            String source) {
    public AuditDecision {
        iamActions = iamActions == null ? List.of() : List.copyOf(iamActions);
    }

    /**
     * From a policy decision.
     *
     * @param d the decision
     * @return the audit facts
     */
    public static AuditDecision of(Decision d) {
        return new AuditDecision(d.verdict().label(), d.ruleId(), d.reason(), d.iamActions(), d.accessLevel().label(),
                d.source().label());
    }

    /**
     * From a decision's JSON view ({@link dev.awsmcp.policy.DecisionJson}), e.g. carried as gate details.
     *
     * @param allowed whether the call was allowed
     * @param rule    the deciding rule
     * @param reason  the sentence
     * @param details the JSON view, or null
     * @return the audit facts
     */
    public static AuditDecision of(boolean allowed, String rule, String reason, JsonNode details) {
        List<String> actions = new ArrayList<>();
        String level = null;
        String source = null;
        if (details != null) {
            details.path("iamActions").forEach(a -> actions.add(a.asText()));
            level = details.hasNonNull("accessLevel") ? details.get("accessLevel").asText() : null;
            source = details.hasNonNull("source") ? details.get("source").asText() : null;
        }
        return new AuditDecision(allowed ? "allow" : "deny", rule, reason, actions, level, source);
    }
}
