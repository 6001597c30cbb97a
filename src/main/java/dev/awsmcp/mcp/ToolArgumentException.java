package dev.awsmcp.mcp;

import dev.awsmcp.error.AwsMcpException;

/** A tool argument of the wrong type or out of range. */
final class ToolArgumentException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one sentence naming the argument and what was wrong
     * @param hint    how to fix the call
     */
    ToolArgumentException(String message, String hint) {
        super("InvalidArgument", message, hint, null);
    }

    @Override
    public int exitCode() {
        return 252;
    }
}
