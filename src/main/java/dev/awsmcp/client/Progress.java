package dev.awsmcp.client;

/** Receives progress of pagination and waiters (pages fetched, waiter attempts). */
@FunctionalInterface
public interface Progress {
    /** Ignores progress. */
    Progress NONE = (done, total, message) -> { };

    /**
     * @param done    units done so far
     * @param total   total units, or -1 when unknown
     * @param message what is happening
     */
    void progress(long done, long total, String message);
}
