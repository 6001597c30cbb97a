package dev.awsmcp.client.protocol;

import dev.awsmcp.error.AwsMcpException;

/**
 * A request could not be serialized or a response could not be read: an input value the protocol cannot carry,
 * a protocol or feature this library does not support, or a malformed response body.
 */
public final class ProtocolException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /** The input cannot be put on the wire (bad host label, wrong value type...). */
    public static final String INVALID_PARAMETER = "InvalidParameter";
    /** The service's protocol, or a feature of it (input event streams), is not supported. */
    public static final String UNSUPPORTED = "UnsupportedProtocolFeature";
    /** The response body does not match the protocol. */
    public static final String MALFORMED_RESPONSE = "MalformedResponse";

    private final int exitCode;

    private ProtocolException(String code, String message, String hint, Throwable cause, int exitCode) {
        super(code, message, hint, cause);
        this.exitCode = exitCode;
    }

    /** A parameter value the protocol cannot serialize (exit code 252, like the CLI's parameter validation). */
    public static ProtocolException invalidParameter(String message, String hint) {
        return new ProtocolException(INVALID_PARAMETER, message, hint, null, 252);
    }

    /** A protocol or protocol feature this library does not implement. */
    public static ProtocolException unsupported(String message, String hint) {
        return new ProtocolException(UNSUPPORTED, message, hint, null, 255);
    }

    /** A response that cannot be parsed. */
    public static ProtocolException malformedResponse(String message, Throwable cause) {
        return new ProtocolException(MALFORMED_RESPONSE, message,
                "The service or a proxy sent an unexpected body; retrying may succeed.", cause, 255);
    }

    @Override
    public int exitCode() {
        return exitCode;
    }
}
