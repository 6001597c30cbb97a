package dev.awsmcp.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A successful call.
 *
 * @param output     the codec's output tree (member names; timestamps ISO-8601; blobs binary)
 * @param httpStatus the HTTP status
 * @param requestId  the AWS request id, or null
 * @param headers    the response headers
 * @param attempts   attempts made, including the first
 */
public record CallResponse(ObjectNode output, int httpStatus, String requestId, Map<String, List<String>> headers,
                           int attempts) {}
