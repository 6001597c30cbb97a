package dev.awsmcp.audit;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ships audit lines to CloudWatch Logs in batches: lines are queued on {@link #write} and sent every
 * {@code interval} (and on {@link #flush()}/{@link #close()}) through a {@link CloudWatchLogsShipper}. Shipping is a
 * copy of the local trail, not a replacement: failures are logged and the lines kept (up to {@code maxQueued},
 * oldest dropped first), never failing the call.
 */
public final class CloudWatchLogsSink implements AuditDestination {
    private static final Logger LOG = LoggerFactory.getLogger(CloudWatchLogsSink.class);
    private static final int BATCH = 500;

    private final CloudWatchLogsShipper shipper;
    private final CloudWatchTarget target;
    private final int maxQueued;
    private final Deque<CloudWatchLogEvent> queue = new ArrayDeque<>();
    private final ScheduledExecutorService timer;

    /**
     * A sink that flushes on a background thread every {@code interval}; a zero interval means only
     * {@link #flush()} and {@link #close()} ship (tests, short-lived processes).
     *
     * @param shipper   the PutLogEvents call
     * @param target    group and stream
     * @param interval  how often to ship
     * @param maxQueued how many unsent lines to keep at most
     */
    public CloudWatchLogsSink(CloudWatchLogsShipper shipper, CloudWatchTarget target, Duration interval, int maxQueued) {
        this.shipper = Objects.requireNonNull(shipper, "shipper");
        this.target = Objects.requireNonNull(target, "target");
        this.maxQueued = Math.max(1, maxQueued);
        if (interval.isZero()) {
            this.timer = null;
        } else {
            this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "aws-mcp-audit-cloudwatch");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::flush, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void write(AuditRecord record, String line) {
        long ts;
        try {
            ts = Instant.parse(record.time()).toEpochMilli();
        } catch (RuntimeException e) {
            ts = System.currentTimeMillis();
        }
        synchronized (queue) {
            queue.addLast(new CloudWatchLogEvent(ts, line));
            while (queue.size() > maxQueued) {
                queue.removeFirst();
            }
        }
    }

    /** Ships everything queued now. */
    public synchronized void flush() {
        while (true) {
            List<CloudWatchLogEvent> batch = new ArrayList<>();
            synchronized (queue) {
                for (CloudWatchLogEvent e : queue) {
                    if (batch.size() == BATCH) {
                        break;
                    }
                    batch.add(e);
                }
            }
            if (batch.isEmpty()) {
                return;
            }
            batch.sort(java.util.Comparator.comparingLong(CloudWatchLogEvent::timestampMillis));
            try {
                shipper.putLogEvents(target.group(), target.stream(), batch);
            } catch (Exception e) {
                LOG.warn("shipping {} audit lines to CloudWatch Logs group {} failed: {}", batch.size(), target.group(),
                        e.getClass().getSimpleName());
                return;
            }
            java.util.Set<CloudWatchLogEvent> sent = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            sent.addAll(batch);
            synchronized (queue) {
                queue.removeIf(sent::contains);
            }
        }
    }

    /** Lines waiting to be shipped. */
    public int queued() {
        synchronized (queue) {
            return queue.size();
        }
    }

    @Override
    public void close() throws IOException {
        if (timer != null) {
            timer.shutdownNow();
        }
        flush();
    }
}
