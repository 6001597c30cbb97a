package dev.awsmcp.error;

import java.util.Objects;

/**
 * Base of every error this library reports to a caller. The message says what went wrong in one sentence; the
 * hint says how to fix the call. Neither ever carries a stack trace or a secret.
 */
public abstract class AwsMcpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String hint;

    /**
     * @param code    a stable, machine-readable code, e.g. {@code UnknownOperation}
     * @param message one sentence: what went wrong
     * @param hint    how to fix the call, or null
     * @param cause   the underlying cause, or null
     */
    protected AwsMcpException(String code, String message, String hint, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.hint = hint;
    }

    /** A stable, machine-readable code. */
    public String code() {
        return code;
    }

    /** How to fix the call, or null. */
    public String hint() {
        return hint;
    }

    /** The AWS CLI exit code class this error maps to (252 parse, 253 config, 254 service, 255 other). */
    public abstract int exitCode();
}
