package dev.awsmcp.client.http;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How long to read an event-stream response that does not end by itself (CloudWatch Logs Live Tail streams for up to
 * three hours): whole messages are read until the time is up or the caller cancels, then the connection is dropped
 * and the messages read so far are the body.
 *
 * @param duration  how long to read
 * @param cancelled polled between messages; true stops the reading
 */
public record StreamLimit(Duration duration, BooleanSupplier cancelled) {
    public StreamLimit {
        Objects.requireNonNull(duration, "duration");
        cancelled = cancelled == null ? () -> false : cancelled;
    }
}
