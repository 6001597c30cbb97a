package dev.awsmcp.audit;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks up the caller ARN once per credential set, on a background thread, and keeps the answer: a found ARN for
 * {@link #FOUND_TTL}, a failure (no network, bad credentials, STS error) for {@link #FAILED_TTL}.
 *
 * <p>Why the lookup never blocks for long: an audit line is written before the agent's command returns, and an STS
 * call with bad credentials or no network can take seconds (connect timeouts). {@link #arn(CredentialKey)} only reads
 * what is already known and, the first time it sees a credential set, starts the lookup in the background;
 * {@link #arn(CredentialKey, Duration)} waits a bounded time for a lookup in flight. The facade starts the lookup as
 * soon as a command is allowed ({@link #prefetch(String, Supplier)}), so it runs while the command's own requests do,
 * and the audit trail waits a moment for it: the first line of a session has the ARN too unless STS is slower than
 * the command by more than that moment. Lines written before the lookup finishes carry no ARN rather than a
 * placeholder, so a reader never mistakes a made-up value for an identity; the profile, region and request ids in
 * the same line still tie it to CloudTrail. Failures are kept too, so offline every command does not pay for a
 * new STS attempt; after {@link #FAILED_TTL} the next command tries again.
 *
 * <p>Keys hold the profile name and access key id only (no secret key, no session token). A key without an
 * access key id (the facade did not resolve credentials, e.g. a denied command) uses an ARN already found for
 * the same profile before starting a lookup of its own.
 */
public final class CallerIdentityCache implements AutoCloseable {
    /** How long a found ARN is kept (a credential set keeps its identity; assumed-role sessions get new keys). */
    public static final Duration FOUND_TTL = Duration.ofHours(12);
    /** How long a failed lookup is kept before the next command retries it. */
    public static final Duration FAILED_TTL = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(CallerIdentityCache.class);

    private final CallerIdentityLookup lookup;
    private final Executor executor;
    private final ExecutorService owned;
    private final AsyncCache<CredentialKey, Identity> identities;

    /**
     * A cache whose lookups run on its own daemon thread, one at a time.
     *
     * @param lookup the STS call (it should bound itself: short timeouts, no retries)
     */
    public CallerIdentityCache(CallerIdentityLookup lookup) {
        this(lookup, null, Ticker.systemTicker());
    }

    /**
     * A cache whose lookups run on the given executor ({@code Runnable::run} makes them synchronous, for tests).
     *
     * @param lookup   the STS call
     * @param executor runs the lookups
     */
    public CallerIdentityCache(CallerIdentityLookup lookup, Executor executor) {
        this(lookup, Objects.requireNonNull(executor, "executor"), Ticker.systemTicker());
    }

    CallerIdentityCache(CallerIdentityLookup lookup, Executor executor, Ticker ticker) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.owned = executor == null ? Executors.newSingleThreadExecutor(CallerIdentityCache::daemon) : null;
        this.executor = executor == null ? owned : executor;
        this.identities = Caffeine.newBuilder()
                .maximumSize(256)
                .ticker(ticker)
                .executor(Runnable::run)
                .expireAfter(new Expiry<CredentialKey, Identity>() {
                    @Override
                    public long expireAfterCreate(CredentialKey key, Identity value, long now) {
                        return (value.arn() == null ? FAILED_TTL : FOUND_TTL).toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(CredentialKey key, Identity value, long now, long current) {
                        return expireAfterCreate(key, value, now);
                    }

                    @Override
                    public long expireAfterRead(CredentialKey key, Identity value, long now, long current) {
                        return current;
                    }
                })
                .buildAsync();
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "aws-mcp-caller-identity");
        t.setDaemon(true);
        return t;
    }

    /**
     * The caller ARN of a credential set if it is already known; never waits. The first call for a credential set
     * starts its lookup in the background.
     *
     * @param key the credential set, or null
     * @return the ARN, or empty when not known (yet), or when the lookup failed
     */
    public Optional<String> arn(CredentialKey key) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.accessKeyId() == null) {
            Optional<String> known = knownForProfile(key.profile());
            if (known.isPresent()) {
                return known;
            }
        }
        CompletableFuture<Identity> f = lookup(key);
        return f.isDone() && !f.isCompletedExceptionally() ? Optional.ofNullable(f.join().arn()) : Optional.empty();
    }

    /**
     * The caller ARN of a credential set, waiting at most {@code maxWait} for a lookup in flight (or started by this
     * call). Returns at once when the answer is known, including a failure kept for {@link #FAILED_TTL}.
     *
     * @param key     the credential set, or null
     * @param maxWait how long to wait at most
     * @return the ARN, or empty when the lookup failed or did not finish in time
     */
    public Optional<String> arn(CredentialKey key, Duration maxWait) {
        Optional<String> known = arn(key);
        if (known.isPresent() || key == null || maxWait.isZero() || maxWait.isNegative()) {
            return known;
        }
        try {
            return Optional.ofNullable(lookup(key).get(maxWait.toNanos(), TimeUnit.NANOSECONDS).arn());
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * The account id of a credential set, waiting at most {@code maxWait} for its lookup (see
     * {@link #arn(CredentialKey, Duration)}).
     *
     * @param key     the credential set, or null
     * @param maxWait how long to wait at most
     * @return the account id, or empty when not known in time
     */
    public Optional<String> account(CredentialKey key, Duration maxWait) {
        return arn(key, maxWait).flatMap(CallerIdentityCache::accountOf);
    }

    /**
     * Starts the lookup for the credentials a command is about to sign with, without delaying the command: the
     * access key id is resolved on the lookup thread (a first resolution may be slow), then that credential set's
     * lookup starts unless it is known or running.
     *
     * @param profile     the command's own {@code --profile}, or null
     * @param accessKeyId resolves the access key id the command signs with; may return null (no credentials)
     */
    public void prefetch(String profile, Supplier<String> accessKeyId) {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Runnable task = () -> {
            try {
                String id = accessKeyId.get();
                if (id != null) {
                    lookup(new CredentialKey(profile, id));
                }
            } catch (RuntimeException e) {
                LOG.debug("caller identity prefetch skipped ({})", e.getClass().getSimpleName());
            }
        };
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closed) {
            // closed: nothing more will be audited
        }
    }

    /**
     * The 12-digit account id of a credential set (from its ARN) if already known; never waits.
     *
     * @param key the credential set, or null
     * @return the account id, or empty when not known (yet)
     */
    public Optional<String> account(CredentialKey key) {
        return arn(key).flatMap(CallerIdentityCache::accountOf);
    }

    /**
     * Starts the lookup of a credential set unless it is known or running (e.g. at start-up, so that the first
     * audit line already has the ARN).
     *
     * @param key the credential set
     * @return completes with the ARN, or empty when the lookup failed
     */
    public CompletableFuture<Optional<String>> prefetch(CredentialKey key) {
        return lookup(Objects.requireNonNull(key, "key")).thenApply(i -> Optional.ofNullable(i.arn()));
    }

    private CompletableFuture<Identity> lookup(CredentialKey key) {
        return identities.get(key, (k, ignored) -> CompletableFuture.supplyAsync(() -> run(k), executor));
    }

    private Optional<String> knownForProfile(String profile) {
        for (Map.Entry<CredentialKey, CompletableFuture<Identity>> e : identities.asMap().entrySet()) {
            CompletableFuture<Identity> f = e.getValue();
            if (Objects.equals(e.getKey().profile(), profile) && f.isDone() && !f.isCompletedExceptionally()
                    && f.join().arn() != null) {
                return Optional.of(f.join().arn());
            }
        }
        return Optional.empty();
    }

    private Identity run(CredentialKey key) {
        try {
            return new Identity(lookup.callerArn(key).orElse(null));
        } catch (Exception e) {
            // Kept for FAILED_TTL; the class name only, as the message may quote the request.
            LOG.warn("caller identity lookup failed ({}); audit lines carry no ARN for the next {} minutes",
                    e.getClass().getSimpleName(), FAILED_TTL.toMinutes());
            return new Identity(null);
        }
    }

    static Optional<String> accountOf(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length >= 5 && parts[4].matches("\\d{12}") ? Optional.of(parts[4]) : Optional.empty();
    }

    /** Stops the lookup thread this cache started (running lookups are abandoned). */
    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }

    /** A lookup's answer; a null ARN is a failure (or STS gave no ARN), kept for the shorter TTL. */
    private record Identity(String arn) {}
}
