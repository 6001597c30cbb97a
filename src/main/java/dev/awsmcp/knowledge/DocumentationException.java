package dev.awsmcp.knowledge;

import dev.awsmcp.error.AwsMcpException;

/**
 * A documentation tool call that failed: a bad argument, a page outside {@code docs.aws.amazon.com}, or a
 * documentation service that could not be reached or answered badly. The message says what went wrong in one
 * sentence; the hint says what the agent can do next.
 */
public final class DocumentationException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /** Code for a bad argument (limit, max_length, start_index, topic, empty phrase). */
    public static final String INVALID_ARGUMENT = "InvalidArgument";
    /** Code for a URL that is not an {@code https://docs.aws.amazon.com/} page. */
    public static final String INVALID_URL = "InvalidDocumentationUrl";
    /** Code for a redirect that leaves {@code docs.aws.amazon.com}, or too many redirects. */
    public static final String REDIRECT_REJECTED = "RedirectRejected";
    /** Code for a page the documentation site does not have (HTTP 404/410). */
    public static final String NOT_FOUND = "DocumentationNotFound";
    /** Code for a service that could not be reached, timed out or failed (5xx, 429). */
    public static final String UNAVAILABLE = "DocumentationUnavailable";
    /** Code for a service that answered with a client error or a body we cannot read. */
    public static final String BAD_RESPONSE = "DocumentationBadResponse";

    private final int exitCode;

    private DocumentationException(String code, String message, String hint, Throwable cause, int exitCode) {
        super(code, message, hint, cause);
        this.exitCode = exitCode;
    }

    static DocumentationException invalidArgument(String message, String hint) {
        return new DocumentationException(INVALID_ARGUMENT, message, hint, null, 252);
    }

    static DocumentationException invalidUrl(String message, String hint) {
        return new DocumentationException(INVALID_URL, message, hint, null, 252);
    }

    static DocumentationException redirectRejected(String message, String hint) {
        return new DocumentationException(REDIRECT_REJECTED, message, hint, null, 255);
    }

    static DocumentationException notFound(String message, String hint) {
        return new DocumentationException(NOT_FOUND, message, hint, null, 255);
    }

    static DocumentationException unavailable(String message, String hint, Throwable cause) {
        return new DocumentationException(UNAVAILABLE, message, hint, cause, 255);
    }

    static DocumentationException badResponse(String message, String hint, Throwable cause) {
        return new DocumentationException(BAD_RESPONSE, message, hint, cause, 255);
    }

    /** True when the service could not be reached or failed on its side, so an offline answer may help. */
    public boolean serviceUnavailable() {
        return UNAVAILABLE.equals(code());
    }

    @Override
    public int exitCode() {
        return exitCode;
    }
}
