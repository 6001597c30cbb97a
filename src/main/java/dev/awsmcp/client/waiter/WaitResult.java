package dev.awsmcp.client.waiter;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A waiter that reached its success state.
 *
 * @param attempts     attempts made
 * @param lastResponse the last response as the acceptors saw it (output or {@code Error}, plus
 *                     {@code ResponseMetadata.HTTPStatusCode})
 * @param requestId    the request id of the last attempt, or null
 * @param httpStatus   the HTTP status of the last attempt
 */
public record WaitResult(int attempts, ObjectNode lastResponse, String requestId, int httpStatus) {}
