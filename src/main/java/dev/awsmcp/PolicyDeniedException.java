package dev.awsmcp;

import dev.awsmcp.error.AwsMcpException;

/** The {@link CallGate} refused the command; nothing was sent. Exit code 255. */
final class PolicyDeniedException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    PolicyDeniedException(GateDecision decision) {
        super("DeniedByPolicy", decision.reason(), decision.hint(), null);
    }

    @Override
    public int exitCode() {
        return 255;
    }
}
