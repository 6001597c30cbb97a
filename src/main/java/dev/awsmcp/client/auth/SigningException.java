package dev.awsmcp.client.auth;

import dev.awsmcp.error.AwsMcpException;

/** The request cannot be signed with the scheme the endpoint asks for (e.g. SigV4a without the CRT). Exit 255. */
public final class SigningException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one sentence
     * @param hint    what to do instead, or null
     */
    public SigningException(String message, String hint) {
        super("UnsupportedSigningScheme", message, hint, null);
    }

    @Override
    public int exitCode() {
        return 255;
    }
}
