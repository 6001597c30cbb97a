package dev.awsmcp.engine;

import dev.awsmcp.command.RoleOptions;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.CallGate;
import dev.awsmcp.GateRequest;
import dev.awsmcp.GateDecision;
import dev.awsmcp.audit.CallerIdentityCache;
import dev.awsmcp.audit.CredentialKey;
import dev.awsmcp.policy.CommandPlan;
import dev.awsmcp.policy.ConsentAnswer;
import dev.awsmcp.policy.Decision;
import dev.awsmcp.policy.DecisionContext;
import dev.awsmcp.policy.DecisionJson;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.Verdict;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@link CallGate} backed by the security policy ({@link PolicyEngine}): classifies the call, applies the
 * modes and rules, and settles a consent verdict by asking through {@link ExecutionContext#consent()} (no way to
 * ask → deny). The decision's JSON view ({@link DecisionJson}) travels in {@link GateDecision#details()} for the
 * audit trail.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.of(PolicyFlags.parse(args, System.getenv(), PolicyFile.defaultPath()).settings());
 * AwsMcp aws = AwsMcp.builder().policy(engine).build();   // this gate, and the engine's file guard
 * }</pre>
 */
public final class PolicyGate implements CallGate {
    /**
     * How long a command waits for its account id when the policy has account-scoped rules: longer than the caller
     * identity lookup's own connect and read timeouts, so the wait ends with the lookup's answer.
     */
    public static final java.time.Duration ACCOUNT_WAIT = java.time.Duration.ofSeconds(6);

    private final PolicyEngine engine;
    private final Function<GateRequest, DecisionContext> context;

    private PolicyGate(PolicyEngine engine, Function<GateRequest, DecisionContext> context) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * A gate that takes the effective region and profile the facade resolved for the command (command, builder,
     * environment, profile, default); the account stays unknown.
     *
     * @param engine the policy
     * @return the gate
     */
    public static PolicyGate of(PolicyEngine engine) {
        return new PolicyGate(engine, r -> context(r, null));
    }

    /** The context of a request: with {@code --role-arn} the role and its account, else the given account. */
    private static DecisionContext context(GateRequest r, String callerAccount) {
        RoleOptions role = r.command().options().role();
        return role == null ? new DecisionContext(r.region(), r.profile(), callerAccount)
                : new DecisionContext(r.region(), r.profile(), role.accountId(), role.roleArn());
    }

    /**
     * A gate with a custom context (effective region/profile after defaults, account from the caller identity).
     *
     * @param engine  the policy
     * @param context builds the context for a request
     * @return the gate
     */
    public static PolicyGate of(PolicyEngine engine, Function<GateRequest, DecisionContext> context) {
        return new PolicyGate(engine, context);
    }

    /**
     * A gate for {@link #of(PolicyEngine)} whose account id, for rules scoped to {@code accounts}, comes from the
     * caller identity cache when the policy has such rules. The first command of a credential set waits for its
     * STS lookup (at most {@link #ACCOUNT_WAIT}; the lookup bounds itself with short timeouts); a failed lookup is
     * kept for a few minutes, so later commands do not wait again. While the account is unknown, account-scoped
     * deny rules apply and account-scoped allow rules do not (the denial says so).
     *
     * @param engine     the policy
     * @param identities the audit trail's caller identity cache, or null (account stays unknown)
     * @return the gate
     */
    public static PolicyGate of(PolicyEngine engine, CallerIdentityCache identities) {
        if (identities == null || !engine.needsAccount()) {
            return of(engine);
        }
        return of(engine, r -> r.command().options().role() != null ? context(r, null) : context(r, identities.account(
                new CredentialKey(r.command().options().profile(), null), ACCOUNT_WAIT).orElse(null)));
    }

    @Override
    public GateDecision check(GateRequest request) {
        CommandPlan plan = engine.plan(request.command());
        Decision d = engine.decide(plan, context.apply(request));
        if (d.verdict() == Verdict.CONSENT) {
            ExecutionContext.Consent answer = request.context().consent().ask(PolicyEngine.consentPrompt(plan, d));
            d = engine.resolveConsent(d, answer == null ? ConsentAnswer.UNSUPPORTED : ConsentAnswer.valueOf(answer.name()));
        }
        if (d.allowed()) {
            return new GateDecision(true, d.ruleId(), d.reason(), null, DecisionJson.toJson(d));
        }
        String hint = new dev.awsmcp.policy.PolicyDeniedException(d).hint();
        return new GateDecision(false, d.ruleId(), d.reason(), hint, DecisionJson.toJson(d));
    }
}
