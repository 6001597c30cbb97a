package dev.awsmcp.engine;

import dev.awsmcp.GateDecision;
import dev.awsmcp.error.AwsMcpException;

/** The {@link dev.awsmcp.CallGate} refused the command; nothing was sent. Exit code 255. */
final class GateDeniedException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    GateDeniedException(GateDecision decision) {
        super("DeniedByPolicy", decision.reason(), decision.hint(), null);
    }

    @Override
    public int exitCode() {
        return 255;
    }
}
