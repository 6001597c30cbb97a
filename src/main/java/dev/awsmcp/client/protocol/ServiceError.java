package dev.awsmcp.client.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error a service returned.
 *
 * @param httpStatus the HTTP status
 * @param code       the error code (e.g. {@code NoSuchBucket}, {@code ThrottlingException})
 * @param message    the service's message, or null
 * @param requestId  the AWS request id, or null
 * @param type       {@code client} or {@code server} where the response says, else null
 * @param members    modelled members of the error shape, empty when unknown
 * @param hostId     S3's extended request id ({@code x-amz-id-2}, {@code <HostId>}), or null
 */
public record ServiceError(int httpStatus, String code, String message, String requestId, String type,
                           ObjectNode members, String hostId) {

    /** An error without an extended request id. */
    public ServiceError(int httpStatus, String code, String message, String requestId, String type, ObjectNode members) {
        this(httpStatus, code, message, requestId, type, members, null);
    }
}
