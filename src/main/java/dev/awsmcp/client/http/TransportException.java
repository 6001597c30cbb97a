package dev.awsmcp.client.http;

import dev.awsmcp.error.AwsMcpException;

/**
 * The request never got an HTTP response: connection refused, DNS failure, timeout, TLS failure. Messages follow
 * botocore's ({@code Could not connect to the endpoint URL: "..."}). Exit code 255, like the AWS CLI.
 */
public final class TransportException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code    {@code EndpointConnectionError}, {@code ConnectTimeoutError}, {@code ReadTimeoutError}, {@code SSLError}
     * @param message one sentence naming the endpoint
     * @param hint    what to check, or null
     * @param cause   the I/O exception
     */
    public TransportException(String code, String message, String hint, Throwable cause) {
        super(code, message, hint, cause);
    }

    @Override
    public int exitCode() {
        return 255;
    }
}
