package dev.awsmcp.audit;

/**
 * One CloudWatch Logs event.
 *
 * @param timestampMillis epoch milliseconds
 * @param message         the audit JSON line
 */
public record CloudWatchLogEvent(long timestampMillis, String message) {}
