package dev.awsmcp.mcp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Cancellation flags of in-flight tool calls, keyed by session and JSON-RPC request id. The SDK (2.1.0) does not
 * handle {@code notifications/cancelled}, so {@link JsonRpcInterceptor} registers each {@code tools/call} here as
 * it arrives and raises the flag when a cancellation for it comes in; the tool handler polls the flag through
 * {@link dev.awsmcp.ExecutionContext#cancelled()}.
 */
final class CancellationRegistry {
    /** Where the interceptor puts the call key inside the request's {@code _meta}. */
    static final String META_KEY = "dev.awsmcp/call";

    // bounded and expiring: a call whose handler never runs (unknown tool) must not leak its flag
    private final Cache<String, AtomicBoolean> flags = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(6))
            .build();

    static String key(String session, Object requestId) {
        return session + "#" + requestId;
    }

    /** Registers a call as it arrives. */
    void register(String key) {
        flags.get(key, k -> new AtomicBoolean());
    }

    /** Raises the flag of a registered call; unknown keys (finished calls) are ignored. */
    void cancel(String key) {
        AtomicBoolean flag = flags.getIfPresent(key);
        if (flag != null) {
            flag.set(true);
        }
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
        AtomicBoolean flag = flags.get(key, k -> new AtomicBoolean());
        return flag::get;
    }

    /** Forgets a finished call. */
    void finish(String key) {
        if (key != null) {
            flags.invalidate(key);
        }
    }
}
