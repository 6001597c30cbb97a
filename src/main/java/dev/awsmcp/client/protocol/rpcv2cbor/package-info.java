/**
 * The {@code smithy-rpc-v2-cbor} protocol (Jackson CBOR). Output event streams are read from the full body;
 * input event streams are rejected.
 *
 * <p>May import {@code model}, {@code client.protocol} and {@code client.protocol.internal}.
 */
package dev.awsmcp.client.protocol.rpcv2cbor;
