package dev.awsmcp.client.retry;

/**
 * The {@link Retrier} stopped: the last failure was not retryable, attempts ran out, or the retry quota is empty.
 */
public final class RetriesExhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient AttemptFailure last;
    private final int attempts;
    private final boolean maxAttemptsReached;

    RetriesExhausted(AttemptFailure last, int attempts, boolean maxAttemptsReached) {
        super(last.getMessage(), last, false, false);
        this.last = last;
        this.attempts = attempts;
        this.maxAttemptsReached = maxAttemptsReached;
    }

    /** The last failure. */
    public AttemptFailure last() {
        return last;
    }

    /** Attempts made, including the first. */
    public int attempts() {
        return attempts;
    }

    /** Retries made ({@code attempts - 1}), as the AWS CLI reports them. */
    public int retries() {
        return attempts - 1;
    }

    /** Stopped because every allowed attempt failed with a retryable error. */
    public boolean maxAttemptsReached() {
        return maxAttemptsReached;
    }
}
