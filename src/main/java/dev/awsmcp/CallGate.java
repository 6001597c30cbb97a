package dev.awsmcp;

/**
 * The policy hook: every command that would call AWS passes this gate after parsing and before anything is
 * signed or sent. The security policy (read-only mode, policy file, consent, endpoint rules) implements it; the
 * default allows everything.
 *
 * <p>Implementations must be thread-safe and must not throw: a denial is a {@link GateDecision}. A gate that asks
 * a human uses {@link ExecutionContext#consent()} of the request.
 */
@FunctionalInterface
public interface CallGate {
    /** Allows every call. */
    CallGate ALLOW_ALL = request -> GateDecision.allow("default", "no policy configured");

    /**
     * Decides whether a command may run.
     *
     * @param request the parsed command, its API call(s), and the caller's context
     * @return allow or deny, with the rule that decided
     */
    GateDecision check(GateRequest request);
}
