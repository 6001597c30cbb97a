package dev.awsmcp.client.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * One failed attempt, as the {@link Retrier} sees it: whether to try again, whether it was throttling, and any
 * delay the server asked for. {@link #detail()} carries the caller's own description of the failure (a service
 * error or an I/O problem) back out when the retrier gives up.
 */
public final class AttemptFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean retryable;
    private final boolean throttling;
    private final transient Duration suggestedDelay;
    private final transient Object detail;

    /**
     * @param retryable      another attempt may succeed
     * @param throttling     the server is throttling (longer backoff)
     * @param suggestedDelay the server's {@code Retry-After}, or null
     * @param detail         what failed, for the caller
     * @param cause          the underlying exception, or null
     */
    public AttemptFailure(boolean retryable, boolean throttling, Duration suggestedDelay, Object detail, Throwable cause) {
        super(String.valueOf(detail), cause, false, false);
        this.retryable = retryable;
        this.throttling = throttling;
        this.suggestedDelay = suggestedDelay;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** Another attempt may succeed. */
    public boolean retryable() {
        return retryable;
    }

    /** The failure was throttling. */
    public boolean throttling() {
        return throttling;
    }

    /** The delay the server asked for, or null. */
    public Duration suggestedDelay() {
        return suggestedDelay;
    }

    /** The caller's description of the failure. */
    public Object detail() {
        return detail;
    }
}
