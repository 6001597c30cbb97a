package dev.awsmcp.policy;

import dev.awsmcp.error.AwsMcpException;

/** A policy file or policy flag is invalid. Code {@code InvalidPolicy}, exit code 253 (configuration). */
public class PolicyException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one sentence: what is wrong, naming the file and field
     * @param hint    how to fix it, or null
     */
    public PolicyException(String message, String hint) {
        super("InvalidPolicy", message, hint, null);
    }

    @Override
    public int exitCode() {
        return 253;
    }
}
