package dev.awsmcp.client.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * Runs an attempt until it succeeds or the SDK's standard retry strategy
 * ({@code software.amazon.awssdk.retries.StandardRetryStrategy}: exponential backoff with jitter, a longer base
 * for throttling, a retry quota per scope) says stop. Delays go through the injected {@link Sleeper}; a
 * {@code Retry-After} from the server raises the delay (capped by {@link RetrySettings#maxRetryAfter()}).
 *
 * <p>One instance is shared by all calls of a client, like an SDK client's strategy, so the retry quota protects
 * a struggling service from retry storms across calls. Thread-safe.
 */
public final class Retrier implements AutoCloseable {
    private final RetryStrategy strategy;
    private final Sleeper sleeper;
    private final RetrySettings settings;

    /**
     * @param settings attempts and caps
     * @param sleeper  how to wait
     */
    public Retrier(RetrySettings settings, Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.strategy = DefaultRetryStrategy.standardStrategyBuilder()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(t -> t instanceof AttemptFailure && ((AttemptFailure) t).retryable())
                .treatAsThrottling(t -> t instanceof AttemptFailure && ((AttemptFailure) t).throttling())
                .build();
    }

    /** One attempt of the work. */
    @FunctionalInterface
    public interface Attempt<T> {
        /**
         * @param attempt 1 for the first attempt
         * @return the result
         * @throws AttemptFailure when the attempt failed in a way the retrier should judge
         */
        T run(int attempt);
    }

    /**
     * Runs the attempt with retries.
     *
     * @param scope     the retry-quota scope (e.g. the service name)
     * @param attempt   the work
     * @param cancelled polled before each retry; true stops with the last failure
     * @param <T>       the result type
     * @return the first successful result
     * @throws RetriesExhausted when no attempt succeeded
     * @throws InterruptedException when interrupted while waiting
     */
    public <T> T run(String scope, Attempt<T> attempt, BooleanSupplier cancelled) throws InterruptedException {
        AcquireInitialTokenResponse initial = strategy.acquireInitialToken(AcquireInitialTokenRequest.create(scope));
        RetryToken token = initial.token();
        sleeper.sleep(initial.delay());
        int n = 1;
        while (true) {
            try {
                T result = attempt.run(n);
                strategy.recordSuccess(RecordSuccessRequest.create(token));
                return result;
            } catch (AttemptFailure failure) {
                if (!failure.retryable() || cancelled.getAsBoolean()) {
                    throw new RetriesExhausted(failure, n, false);
                }
                Duration delay;
                try {
                    RefreshRetryTokenResponse refreshed = strategy.refreshRetryToken(RefreshRetryTokenRequest.builder()
                            .token(token)
                            .failure(failure)
                            .suggestedDelay(cap(failure.suggestedDelay()))
                            .build());
                    token = refreshed.token();
                    delay = refreshed.delay();
                } catch (TokenAcquisitionFailedException e) {
                    throw new RetriesExhausted(failure, n, n >= settings.maxAttempts());
                }
                sleeper.sleep(delay);
                n++;
            }
        }
    }

    private Duration cap(Duration suggested) {
        if (suggested == null || suggested.isNegative()) {
            return Duration.ZERO;
        }
        return suggested.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : suggested;
    }

    /** The maximum number of attempts per call. */
    public int maxAttempts() {
        return settings.maxAttempts();
    }

    @Override
    public void close() {
        strategy.close();
    }
}
