package dev.awsmcp.audit;

import java.util.List;

/**
 * Sends audit lines to CloudWatch Logs ({@code PutLogEvents}). Implemented by the facade with our own client
 * (signing, endpoints and retries as for any other call), so the audit stage needs no AWS SDK service client.
 */
@FunctionalInterface
public interface CloudWatchLogsShipper {
    /**
     * Puts events, oldest first, creating the log stream first when it does not exist yet.
     *
     * @param group  the log group
     * @param stream the log stream
     * @param events at most 500 events, in time order
     * @throws Exception when the events could not be delivered (they are kept and retried with the next batch)
     */
    void putLogEvents(String group, String stream, List<CloudWatchLogEvent> events) throws Exception;
}
