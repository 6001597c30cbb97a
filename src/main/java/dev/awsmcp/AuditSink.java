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

    /**
     * Called when a command has been allowed and is about to send signed requests, so that the sink can start slow
     * work of its own (the audit trail looks up the caller ARN) while the command runs. Must not block; the default
     * does nothing. An exception it throws is swallowed.
     *
     * @param profile     the command's own {@code --profile}, or null when it named none
     * @param accessKeyId resolves the access key id the command will sign with (may be slow the first time: call it
     *                    off the command's thread); returns null when no credentials can be found
     */
    default void beforeRequests(String profile, java.util.function.Supplier<String> accessKeyId) {
    }

    /**
     * Called once a command is allowed, before anything is sent: a sink that must not let unaudited calls run
     * (its destination is failing) throws here, and the command fails with that error.
     *
     * @throws dev.awsmcp.error.AwsMcpException to refuse the command
     */
    default void checkWritable() {
    }
}
