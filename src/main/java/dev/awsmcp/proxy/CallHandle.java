package dev.awsmcp.proxy;

/**
 * Lets the client's {@code notifications/cancelled} stop a forwarded request: marks it cancelled (its answer is
 * then dropped, as the MCP spec asks) and closes the stream it is being read from.
 */
public final class CallHandle {
    private volatile boolean cancelled;
    private volatile StreamWatch watch;

    /** Whether the call was cancelled. */
    public boolean cancelled() {
        return cancelled;
    }

    /** Cancels the call: its answer is dropped and its stream closed. */
    public void cancel() {
        cancelled = true;
        StreamWatch w = watch;
        if (w != null) {
            w.abort();
        }
    }

    void attach(StreamWatch w) {
        watch = w;
        if (cancelled) {
            w.abort();
        }
    }
}
