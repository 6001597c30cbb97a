package dev.awsmcp.client.testing;

import dev.awsmcp.client.retry.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records delays and returns at once, so retry and waiter tests never wait. */
public final class RecordingSleeper implements Sleeper {
    public final List<Duration> delays = new CopyOnWriteArrayList<>();
    private final MutableClock clock;

    public RecordingSleeper() {
        this(null);
    }

    /** @param clock advanced by each delay, or null */
    public RecordingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration delay) {
        if (!delay.isZero()) {
            delays.add(delay);
            if (clock != null) {
                clock.advance(delay);
            }
        }
    }
}
