package dev.awsmcp.audit;

import java.util.Optional;

/**
 * Calls STS {@code GetCallerIdentity} with one credential set. Implemented by the facade with our own client;
 * {@link CallerIdentityCache} makes sure it runs once per credential set.
 */
@FunctionalInterface
public interface CallerIdentityLookup {
    /**
     * @param key the credential set
     * @return the caller's ARN, or empty when it cannot be found
     * @throws Exception when the call fails (the audit line then has no ARN; the failure is not cached)
     */
    Optional<String> callerArn(CredentialKey key) throws Exception;
}
