package dev.awsmcp.s3;

import dev.awsmcp.error.AwsMcpException;

/**
 * An {@code aws s3} command failed in a way the AWS CLI reports with its own text: a missing local source
 * ({@code The user-provided path ... does not exist.}), an S3 error rewritten by the CLI ({@code Key "k" does not
 * exist}), ...
 */
public final class S3CommandException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param code     stable code
     * @param message  the CLI's message
     * @param hint     how to fix it, or null
     * @param exitCode the exit code (254 for service errors, 255 other)
     */
    public S3CommandException(String code, String message, String hint, int exitCode) {
        super(code, message, hint, null);
        this.exitCode = exitCode;
    }

    @Override
    public int exitCode() {
        return exitCode;
    }
}
