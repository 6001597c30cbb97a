package dev.awsmcp.client.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;

/**
 * Serializes requests and parses responses for one AWS protocol, driven entirely by the service model.
 */
public interface ProtocolCodec {
    /** The protocol id as written in {@code metadata.protocols}, e.g. {@code rest-json}. */
    String protocol();

    /**
     * Builds the protocol parts of a request.
     *
     * @param service   the service model
     * @param operation the operation
     * @param input     the input keyed by member names (see {@code BoundCall} for value forms); may be empty
     * @return method, path, query, headers and body; no host, no signature
     */
    SerializedRequest serialize(ServiceModel service, Operation operation, ObjectNode input);

    /**
     * Parses a successful response (2xx, and no error in the body for the few S3 operations that send
     * 200-with-error).
     *
     * @param service   the service model
     * @param operation the operation
     * @param response  status, headers and body
     * @return the output keyed by member names: timestamps as ISO-8601 instant strings, blobs as BinaryNode;
     *         an empty object when the operation has no output
     * @throws ServiceErrorException when the response carries an error after all
     */
    ObjectNode deserialize(ServiceModel service, Operation operation, RawResponse response);

    /**
     * Parses a successful response, knowing the input that produced it. Codecs whose output depends on the
     * request override it: S3 decodes listing keys only when it chose {@code EncodingType=url} itself, as botocore
     * does ({@code encoding_type_auto_set}).
     *
     * @param service   the service model
     * @param operation the operation
     * @param response  status, headers and body
     * @param input     the input the request was serialized from (member names), or null when unknown
     * @return as {@link #deserialize(ServiceModel, Operation, RawResponse)}
     * @throws ServiceErrorException when the response carries an error after all
     */
    default ObjectNode deserialize(ServiceModel service, Operation operation, RawResponse response, ObjectNode input) {
        return deserialize(service, operation, response);
    }

    /**
     * Parses an error response.
     *
     * @param service   the service model
     * @param operation the operation
     * @param response  status, headers and body
     * @return the error (code, message, request id, modelled members where known)
     */
    ServiceError parseError(ServiceModel service, Operation operation, RawResponse response);

    /**
     * The AWS request id of a response: the {@code x-amzn-RequestId} or {@code x-amz-request-id} header; the
     * query and ec2 protocols also look in the body.
     *
     * @param response the response
     * @return the id, or null
     */
    default String requestId(RawResponse response) {
        String id = response.header("x-amzn-RequestId");
        return id != null ? id : response.header("x-amz-request-id");
    }
}
