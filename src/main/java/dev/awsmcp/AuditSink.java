package dev.awsmcp;

/**
 * The audit hook: receives one event per command, synchronously, before {@link AwsMcp#execute} returns. The audit
 * trail implements it (redacting sensitive values, writing JSON lines); the default drops events.
 *
 * <p>Implementations must be thread-safe; an exception they throw is swallowed so that auditing can never change
 * a command's result (they should report their own failures).
 */
@FunctionalInterface
public interface AuditSink {
    /** Drops every event. */
    AuditSink NONE = event -> { };

    /**
     * Records one command.
     *
     * @param event what happened
     */
    void record(AuditEvent event);
}
