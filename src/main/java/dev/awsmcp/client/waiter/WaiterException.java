package dev.awsmcp.client.waiter;

import dev.awsmcp.error.AwsMcpException;

/**
 * A waiter stopped without reaching success: a failure acceptor matched, an unexpected error came back, attempts
 * or the wait limit ran out. The message is botocore's {@code Waiter <name> failed: <reason>}. Exit code 255, as
 * the AWS CLI's {@code wait} commands.
 */
public final class WaiterException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /**
     * @param waiter the waiter's model name
     * @param reason botocore's reason text
     * @param hint   what to do, or null
     */
    public WaiterException(String waiter, String reason, String hint) {
        super("WaiterFailed", "Waiter " + waiter + " failed: " + reason, hint, null);
    }

    @Override
    public int exitCode() {
        return 255;
    }
}
