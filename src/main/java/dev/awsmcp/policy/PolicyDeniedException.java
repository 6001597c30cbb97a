package dev.awsmcp.policy;

import dev.awsmcp.error.AwsMcpException;
import java.util.Objects;

/** The policy denied a command; nothing was sent. Exit code 255. Code {@code AccessDenied}. */
public class PolicyDeniedException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    private final transient Decision decision;

    /**
     * @param decision the deny decision (its reason is the message)
     */
    public PolicyDeniedException(Decision decision) {
        super("AccessDenied", Objects.requireNonNull(decision, "decision").reason(), hintFor(decision), null);
        this.decision = decision;
    }

    /** The decision that denied the command. */
    public Decision decision() {
        return decision;
    }

    private static String hintFor(Decision d) {
        String rule = d.ruleId();
        if (rule.equals("mode:read-only")) {
            return "Use a List/Describe/Get call instead, or ask the operator to run without --read-only.";
        }
        if (rule.startsWith("screen:")) {
            return "Send exactly one aws command with plain ASCII option names; no shell operators or substitutions.";
        }
        if (rule.startsWith("option:")) {
            return "Drop the option, or ask the operator to allow it in the policy file.";
        }
        if (rule.startsWith("consent:")) {
            return "The call needs a human's approval; ask the user to run it or to approve it.";
        }
        if (rule.equals("file-guard")) {
            return "Use a path inside the working directory.";
        }
        return "Ask the operator to change the policy if this call is needed.";
    }

    @Override
    public int exitCode() {
        return 255;
    }
}
