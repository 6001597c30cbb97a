package dev.awsmcp.mcp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Cancellation flags of in-flight tool calls, keyed by session and JSON-RPC request id. The SDK (2.1.0) does not
 * handle {@code notifications/cancelled}, so {@link JsonRpcInterceptor} registers each {@code tools/call} here as
 * it arrives and raises the flag when a cancellation for it comes in; the tool handler polls the flag through
 * {@link dev.awsmcp.ExecutionContext#cancelled()} and removes it when done.
 */
final class CancellationRegistry {
    /** Where the interceptor puts the call key inside the request's {@code _meta}. */
    static final String META_KEY = "dev.awsmcp/call";
    /** A flag whose handler never ran (unknown tool, dropped session) is forgotten after this long. */
    private static final long STALE_NANOS = TimeUnit.HOURS.toNanos(6);

    private record Entry(AtomicBoolean flag, long created) {}

    private final Map<String, Entry> flags = new ConcurrentHashMap<>();
    /** Calls cancelled while in flight whose response is still to be dropped (stdio), with when they were. */
    private final Map<String, Long> unanswered = new ConcurrentHashMap<>();
    private final AtomicLong registrations = new AtomicLong();

    static String key(String session, Object requestId) {
        return session + "#" + requestId;
    }

    /** Registers a call as it arrives. */
    void register(String key) {
        flags.computeIfAbsent(key, k -> new Entry(new AtomicBoolean(), System.nanoTime()));
        if (registrations.incrementAndGet() % 1024 == 0) {
            long now = System.nanoTime();
            flags.values().removeIf(e -> now - e.created > STALE_NANOS);
            unanswered.values().removeIf(t -> now - t > STALE_NANOS);
        }
    }

    /**
     * Raises the flag of a registered call and marks its response to be dropped (the MCP spec: the receiver of a
     * cancellation SHOULD NOT answer the request); unknown keys (finished calls, already answered) are ignored.
     */
    void cancel(String key) {
        Entry e = flags.get(key);
        if (e != null) {
            e.flag.set(true);
            unanswered.put(key, System.nanoTime());
        }
    }

    /**
     * Whether the response to a call must be dropped because the client cancelled the call while it ran; true
     * once per cancelled call.
     *
     * @param key the call key ({@link #key})
     * @return true to drop the response
     */
    boolean dropResponse(String key) {
        return !unanswered.isEmpty() && unanswered.remove(key) != null;
    }

    /** Whether any cancelled call still waits for its response to be dropped (cheap; checked per written line). */
    boolean hasUnanswered() {
        return !unanswered.isEmpty();
    }

    /**
     * The flag of a call, for the handler to poll.
     *
     * @param key the key from the request's {@code _meta}, or null when the call was not intercepted
     * @return a supplier that turns true once the client cancels
     */
    BooleanSupplier flag(String key) {
        if (key == null) {
            return () -> false;
        }
        AtomicBoolean flag = flags.computeIfAbsent(key, k -> new Entry(new AtomicBoolean(), System.nanoTime())).flag;
        return flag::get;
    }

    /** Forgets a finished call. */
    void finish(String key) {
        if (key != null) {
            flags.remove(key);
        }
    }

    /** Calls registered and not yet finished. */
    int inFlight() {
        return flags.size();
    }
}
