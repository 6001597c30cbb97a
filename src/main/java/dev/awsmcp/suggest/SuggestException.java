package dev.awsmcp.suggest;

import dev.awsmcp.error.AwsMcpException;

/** A suggestion request that cannot be answered (empty task, bad limit). */
public final class SuggestException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code    stable code
     * @param message one sentence
     * @param hint    how to fix the request
     */
    public SuggestException(String code, String message, String hint) {
        super(code, message, hint, null);
    }

    @Override
    public int exitCode() {
        return 252;
    }
}
