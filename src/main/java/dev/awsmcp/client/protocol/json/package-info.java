/**
 * The {@code json} protocol (awsJson 1.0 and 1.1). Output event streams are read from the full body (an optional
 * {@code initial-response} then events); input event streams are rejected.
 *
 * <p>May import {@code model}, {@code client.protocol} and {@code client.protocol.internal}.
 */
package dev.awsmcp.client.protocol.json;
