package dev.awsmcp.client.retry;

import java.time.Duration;

/**
 * Waits between attempts. Retries and waiters sleep only through this, so tests inject a sleeper that records
 * the delays and returns at once.
 */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps on the calling thread. */
    Sleeper SYSTEM = delay -> {
        if (!delay.isNegative() && !delay.isZero()) {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        }
    };

    /**
     * Waits for the given time.
     *
     * @param delay how long; zero or negative returns at once
     * @throws InterruptedException when the thread is interrupted (the call is then abandoned)
     */
    void sleep(Duration delay) throws InterruptedException;
}
