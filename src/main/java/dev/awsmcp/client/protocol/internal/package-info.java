/**
 * Building blocks the protocol codecs share, so no rule is written twice: HTTP bindings of the REST protocols
 * ({@link dev.awsmcp.client.protocol.internal.RestRequestSerializer}, {@link dev.awsmcp.client.protocol.internal.RestResponseParser},
 * {@link dev.awsmcp.client.protocol.internal.HeaderValues}), JSON/XML/CBOR shape walkers, query flattening,
 * timestamps, percent-encoding, error-code clean-up and error parsing, idempotency tokens and host prefixes,
 * request compression and checksums, and output event streams. Not part of the public API.
 *
 * <p>May import {@code model}, {@code error} and {@code client.protocol}.
 */
package dev.awsmcp.client.protocol.internal;
