package dev.awsmcp.audit;

import java.io.IOException;

/** Where audit lines go. Implementations are thread-safe. */
public interface AuditDestination extends AutoCloseable {
    /**
     * Writes one record.
     *
     * @param record the redacted record
     * @param line   its JSON line (no newline)
     * @throws IOException when the line cannot be written
     */
    void write(AuditRecord record, String line) throws IOException;

    /** Flushes and releases resources. */
    @Override
    default void close() throws IOException {
    }
}
