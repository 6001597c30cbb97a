package dev.awsmcp.client;

import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.error.AwsMcpException;

/**
 * The service answered with an error. The message is exactly the AWS CLI's:
 * {@code An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not
 * exist}, with {@code (reached max retries: N)} after the operation name when retries ran out. Exit code 254.
 */
public final class ServiceCallException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    private final transient ServiceError error;
    private final String operation;
    private final int retries;

    /**
     * @param error              the parsed error
     * @param operation          the operation's model name
     * @param retries            retries made
     * @param maxAttemptsReached whether every allowed attempt failed
     * @param hint               how to fix the call, or null
     */
    public ServiceCallException(ServiceError error, String operation, int retries, boolean maxAttemptsReached, String hint) {
        super(codeOf(error), cliMessage(error, operation, retries, maxAttemptsReached), hint, null);
        this.error = error;
        this.operation = operation;
        this.retries = retries;
    }

    /**
     * The AWS CLI's text for a service error.
     *
     * @param error              the error
     * @param operation          the operation's model name
     * @param retries            retries made
     * @param maxAttemptsReached whether to add {@code (reached max retries: N)}
     * @return the message
     */
    public static String cliMessage(ServiceError error, String operation, int retries, boolean maxAttemptsReached) {
        String retryInfo = maxAttemptsReached ? " (reached max retries: " + retries + ")" : "";
        String message = error.message() == null ? "Unknown" : error.message();
        return "An error occurred (" + codeOf(error) + ") when calling the " + operation + " operation" + retryInfo
                + ": " + message;
    }

    private static String codeOf(ServiceError error) {
        return error.code() == null || error.code().isEmpty() ? "Unknown" : error.code();
    }

    /** The parsed error (code, message, request id, HTTP status). */
    public ServiceError error() {
        return error;
    }

    /** The operation's model name. */
    public String operation() {
        return operation;
    }

    /** Retries made before giving up. */
    public int retries() {
        return retries;
    }

    @Override
    public int exitCode() {
        return 254;
    }
}
