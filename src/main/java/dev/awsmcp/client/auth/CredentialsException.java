package dev.awsmcp.client.auth;

import dev.awsmcp.error.AwsMcpException;

/**
 * Credentials are missing, expired, or the profile that should supply them is broken. The message names the
 * command that fixes it ({@code aws sso login --profile X}, {@code aws login}, {@code aws configure}). Exit code
 * 253, the AWS CLI's class for configuration and credential problems.
 */
public final class CredentialsException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code    {@code NoCredentials}, {@code CredentialsExpired}, {@code ProfileNotFound}, {@code CredentialsError}
     * @param message one sentence
     * @param hint    the command that refreshes the credentials, or null
     */
    public CredentialsException(String code, String message, String hint) {
        super(code, message, hint, null);
    }

    @Override
    public int exitCode() {
        return 253;
    }
}
