package dev.awsmcp.audit;

import java.util.Objects;

/**
 * Identifies one credential set for the caller-identity cache. Holds no secret: the access key id names the key,
 * it does not unlock it (it is never logged either).
 *
 * @param profile     the profile the credentials came from, or null
 * @param accessKeyId the access key id of the resolved credentials
 */
public record CredentialKey(String profile, String accessKeyId) {
    public CredentialKey {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
    }

    @Override
    public String toString() {
        // Keep the key id out of accidental logs.
        return "CredentialKey[profile=" + profile + "]";
    }
}
