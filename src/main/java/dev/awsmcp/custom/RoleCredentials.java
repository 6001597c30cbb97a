package dev.awsmcp.custom;

/**
 * Temporary credentials from STS {@code AssumeRole}. {@link #toString()} hides the secrets.
 *
 * @param accessKeyId     the access key id
 * @param secretAccessKey the secret key
 * @param sessionToken    the session token
 */
public record RoleCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {
    @Override
    public String toString() {
        return "RoleCredentials[" + accessKeyId + "]";
    }
}
