package dev.awsmcp.auditmode;

import dev.awsmcp.error.AwsMcpException;

/** A check, pack or audit option is malformed: the message names the file and line, or the option. Exit code 2. */
public final class CheckException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code    stable code, e.g. {@code InvalidCheck}
     * @param message what is wrong, with {@code file:line} for a check
     * @param hint    how to fix it
     */
    public CheckException(String code, String message, String hint) {
        super(code, message, hint, null);
    }

    @Override
    public int exitCode() {
        return 2;
    }
}
