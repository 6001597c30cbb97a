package dev.awsmcp.client.retry;

import java.time.Duration;

/**
 * How hard to retry one call.
 *
 * @param maxAttempts     attempts including the first (the AWS CLI's standard mode default is 3); 1 disables retries
 * @param maxRetryAfter   the longest {@code Retry-After} a server may ask for; longer requests are capped
 */
public record RetrySettings(int maxAttempts, Duration maxRetryAfter) {
    /** The AWS CLI's standard retry mode: 3 attempts; {@code Retry-After} honoured up to 20 s. */
    public static final RetrySettings STANDARD = new RetrySettings(3, Duration.ofSeconds(20));

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (maxRetryAfter == null || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("maxRetryAfter must be zero or positive");
        }
    }
}
