package dev.awsmcp.proxy;

import dev.awsmcp.error.AwsMcpException;

/**
 * A proxy error with a sentence and a hint: bad start-up options (exit 252), or a remote that could not be
 * reached, refused the request or answered something that is not MCP (reported to the client as a tool error).
 */
public final class ProxyException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param code    a stable code ({@code InsecureEndpoint}, {@code RemoteUnavailable}, ...)
     * @param message one sentence: what went wrong
     * @param hint    what to check or run, or null
     * @param cause   the cause, or null
     */
    public ProxyException(String code, String message, String hint, Throwable cause) {
        this(code, message, hint, cause, 255);
    }

    private ProxyException(String code, String message, String hint, Throwable cause, int exitCode) {
        super(code, message, hint, cause);
        this.exitCode = exitCode;
    }

    /**
     * A start-up error in the options.
     *
     * @param code    the code
     * @param message the sentence
     * @param hint    the fix, or null
     * @return the exception (exit code 252)
     */
    public static ProxyException usage(String code, String message, String hint) {
        return new ProxyException(code, message, hint, null, 252);
    }

    @Override
    public int exitCode() {
        return exitCode;
    }

    /** The message and its hint as one paragraph, for a tool error. */
    public String describe() {
        return hint() == null ? getMessage() : getMessage() + " " + hint();
    }
}
