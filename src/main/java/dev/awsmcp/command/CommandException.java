package dev.awsmcp.command;

import dev.awsmcp.error.AwsMcpException;

/**
 * A command string that cannot be bound: unknown service/operation/parameter, bad value, missing required
 * parameter, shell syntax. Nothing was sent. Exit code 252, like the AWS CLI's usage errors.
 */
public class CommandException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code    stable code, e.g. {@code UnknownParameter}
     * @param message one sentence: what is wrong
     * @param hint    how to fix it (closest names, expected syntax), or null
     */
    public CommandException(String code, String message, String hint) {
        super(code, message, hint, null);
    }

    @Override
    public int exitCode() {
        return 252;
    }
}
