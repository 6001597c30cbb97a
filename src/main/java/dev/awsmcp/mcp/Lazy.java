package dev.awsmcp.mcp;

import java.util.function.Supplier;

/** A supplier that computes its value once, on first use (keeps start-up from building what a session may not need). */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    private Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    static <T> Lazy<T> of(Supplier<T> compute) {
        return compute instanceof Lazy<T> l ? l : new Lazy<>(compute);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    value = v = compute.get();
                }
            }
        }
        return v;
    }
}
