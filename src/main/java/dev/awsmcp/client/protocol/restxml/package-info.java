/**
 * The {@code rest-xml} protocol, with the S3 behaviour botocore adds in handlers: GetBucketLocation's bare body,
 * errors in 200 responses, the lenient {@code Expires} header (plus {@code ExpiresString}). Output event streams
 * (S3 SelectObjectContent) are read from the full body; input event streams are rejected.
 *
 * <p>May import {@code model}, {@code client.protocol} and {@code client.protocol.internal}.
 */
package dev.awsmcp.client.protocol.restxml;
