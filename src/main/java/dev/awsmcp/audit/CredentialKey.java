package dev.awsmcp.audit;

/**
 * Identifies one credential set for the caller-identity cache. Holds no secret: the access key id names the key,
 * it does not unlock it (it is never logged either).
 *
 * @param profile     the profile the command named ({@code --profile}), or null when it named none (the lookup then
 *                    makes the same default choice: the embedding program's profile, environment credentials, ...)
 * @param accessKeyId the access key id of the resolved credentials, or null when the caller only knows the profile
 */
public record CredentialKey(String profile, String accessKeyId) {
    public CredentialKey {
        profile = profile == null || profile.isBlank() ? null : profile;
        accessKeyId = accessKeyId == null || accessKeyId.isBlank() ? null : accessKeyId;
    }

    @Override
    public String toString() {
        // Keep the key id out of accidental logs.
        return "CredentialKey[profile=" + profile + "]";
    }
}
