package dev.awsmcp.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Looks up the caller ARN once per credential set and keeps it; failures are not kept, so a later call retries. */
public final class CallerIdentityCache {
    private static final Logger LOG = LoggerFactory.getLogger(CallerIdentityCache.class);

    private final CallerIdentityLookup lookup;
    private final Cache<CredentialKey, String> arns = Caffeine.newBuilder().maximumSize(256).build();

    /**
     * @param lookup the STS call
     */
    public CallerIdentityCache(CallerIdentityLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /**
     * The caller ARN of a credential set.
     *
     * @param key the credential set, or null
     * @return the ARN, or empty when unknown or the lookup failed
     */
    public Optional<String> arn(CredentialKey key) {
        if (key == null) {
            return Optional.empty();
        }
        String cached = arns.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            Optional<String> arn = lookup.callerArn(key);
            arn.ifPresent(a -> arns.put(key, a));
            return arn;
        } catch (Exception e) {
            LOG.warn("caller identity lookup failed: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * The 12-digit account id of a credential set (from its ARN), for policy account matchers.
     *
     * @param key the credential set, or null
     * @return the account id, or empty
     */
    public Optional<String> account(CredentialKey key) {
        return arn(key).flatMap(CallerIdentityCache::accountOf);
    }

    static Optional<String> accountOf(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length >= 5 && parts[4].matches("\\d{12}") ? Optional.of(parts[4]) : Optional.empty();
    }
}
