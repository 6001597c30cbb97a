package dev.awsmcp.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes an answer stream that stays silent longer than the read timeout, or outlives its deadline, so a stalled
 * remote cannot hold a call forever (the JDK client bounds only the wait for the headers).
 */
final class StreamWatch {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "aws-mcp-proxy-watch");
        t.setDaemon(true);
        return t;
    });

    private final InputStream stream;
    private final long idleNanos;
    private final long end;
    private final ScheduledFuture<?> task;
    private volatile long lastActivity = System.nanoTime();
    private volatile boolean expired;
    private volatile boolean pastDeadline;

    StreamWatch(InputStream stream, Duration idle, long end) {
        this.stream = stream;
        this.idleNanos = idle.toNanos();
        this.end = end;
        long period = Math.max(50, Math.min(1000, idle.toMillis() / 4));
        this.task = TIMER.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    void touch() {
        lastActivity = System.nanoTime();
    }

    boolean expired() {
        return expired;
    }

    boolean pastDeadline() {
        return pastDeadline;
    }

    /** Closes the stream now (cancellation). */
    void abort() {
        close();
    }

    void stop() {
        task.cancel(false);
    }

    private void check() {
        long now = System.nanoTime();
        if (now - end > 0) {
            pastDeadline = true;
            expired = true;
            close();
        } else if (now - lastActivity > idleNanos) {
            expired = true;
            close();
        }
    }

    private void close() {
        task.cancel(false);
        try {
            stream.close();
        } catch (IOException ignored) {
            // closing is all we want
        }
    }
}
