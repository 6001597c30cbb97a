package dev.awsmcp.output;

import dev.awsmcp.error.AwsMcpException;

/** A bad {@code --query} expression or {@code --output} format. */
public final class OutputException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code    stable code, e.g. {@code InvalidQuery}
     * @param message one sentence
     * @param hint    how to fix it, or null
     */
    public OutputException(String code, String message, String hint) {
        super(code, message, hint, null);
    }

    @Override
    public int exitCode() {
        return 252;
    }
}
