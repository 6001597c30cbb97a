package dev.awsmcp.policy;

import dev.awsmcp.model.AccessLevel;
import java.util.List;
import java.util.Objects;

/**
 * The policy's answer for one command.
 *
 * @param verdict     allow, deny or consent
 * @param ruleId      what decided: {@code rule:<id>} (policy file), {@code mode:read-only},
 *                    {@code mode:require-consent}, {@code option:endpoint-url}, {@code screen:shell-operator},
 *                    {@code file-guard}, {@code consent:accepted}, {@code default}, ...
 * @param reason      one sentence naming the IAM action and access level that decided
 * @param iamActions  every IAM action the command needs, in call order, without duplicates
 * @param accessLevel the riskiest access level over those actions
 * @param source      the least trustworthy source over the calls
 * @param callClass   the riskiest class over the calls
 * @param calls       the per-call classifications
 */
public record Decision(Verdict verdict, String ruleId, String reason, List<String> iamActions,
                       AccessLevel accessLevel, Source source, CallClass callClass, List<Classification> calls) {
    public Decision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        iamActions = List.copyOf(iamActions);
        Objects.requireNonNull(accessLevel, "accessLevel");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(callClass, "callClass");
        calls = List.copyOf(calls);
    }

    /** True when the command may run now. */
    public boolean allowed() {
        return verdict == Verdict.ALLOW;
    }

    /** The same facts with another verdict, rule and reason. */
    Decision with(Verdict v, String rule, String why) {
        return new Decision(v, rule, why, iamActions, accessLevel, source, callClass, calls);
    }
}
