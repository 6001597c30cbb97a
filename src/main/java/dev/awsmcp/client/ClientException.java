package dev.awsmcp.client;

import dev.awsmcp.error.AwsMcpException;

/**
 * A call that failed on this side: an unreadable response, an unsupported protocol or event stream, a pagination
 * loop, a cancelled call. Exit code 255 unless given (the AWS CLI's class for everything else).
 */
public final class ClientException extends AwsMcpException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    /**
     * @param code    stable code, e.g. {@code ResponseParseError}
     * @param message one sentence
     * @param hint    what to do, or null
     */
    public ClientException(String code, String message, String hint) {
        this(code, message, hint, 255, null);
    }

    /**
     * @param code     stable code
     * @param message  one sentence
     * @param hint     what to do, or null
     * @param exitCode the exit code
     * @param cause    the cause, or null
     */
    public ClientException(String code, String message, String hint, int exitCode, Throwable cause) {
        super(code, message, hint, cause);
        this.exitCode = exitCode;
    }

    @Override
    public int exitCode() {
        return exitCode;
    }
}
