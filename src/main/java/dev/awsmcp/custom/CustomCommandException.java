package dev.awsmcp.custom;

import dev.awsmcp.error.AwsMcpException;

/**
 * A customization failed on something the AWS CLI does not check for and fails on with a Python exception (exit
 * 255), such as an authorization token that is not {@code user:password}, or on input it rejects with exit 252.
 */
public final class CustomCommandException extends AwsMcpException {
    private final int exitCode;

    CustomCommandException(String code, String message, String hint) {
        this(code, message, hint, 255);
    }

    CustomCommandException(String code, String message, String hint, int exitCode) {
        super(code, message, hint, null);
        this.exitCode = exitCode;
    }

    @Override
    public int exitCode() {
        return exitCode;
    }
}
