/**
 * Protocol codecs: one package per AWS protocol ({@code json}, {@code restjson}, {@code restxml}, {@code query},
 * {@code ec2}, {@code rpcv2cbor}), each turning an operation's input (a JSON tree keyed by member names) into the
 * parts of an HTTP request, and an HTTP response back into a JSON tree or a service error. Codecs know nothing
 * of endpoints, signing, HTTP clients or retries. {@link dev.awsmcp.client.protocol.ProtocolRegistry} picks the codec
 * from {@code metadata.protocols}; shared rules live in {@code client.protocol.internal}.
 *
 * <p>Behaviour is ported from botocore's {@code serialize.py}, {@code parsers.py} and the handlers the CLI relies
 * on (S3 GetBucketLocation, errors in 200 responses, {@code Expires}; Glacier and API Gateway headers), and checked
 * against AWS's Smithy protocol tests. Values: timestamps in and out as ISO-8601 instant text, blobs as binary
 * nodes, documents as any JSON, {@code jsonvalue} headers as parsed JSON. Missing idempotency tokens are filled.
 * Request bodies get botocore's gzip compression where the model asks for it, then checksums: the algorithm the
 * caller chose, else Content-MD5 when a checksum is required, else CRC32 where the operation supports flexible
 * checksums.
 *
 * <p>Event streams: output streams are supported when the transport hands over the complete body (events become
 * an array of {@code {"EventName": {...}}} objects; an exception event raises
 * {@link dev.awsmcp.client.protocol.ServiceErrorException}). Input event streams (bidirectional operations such as
 * Lex StartConversation or Bedrock InvokeModelWithBidirectionalStream) are rejected by {@code serialize} with a
 * {@link dev.awsmcp.client.protocol.ProtocolException} of code {@code UnsupportedProtocolFeature}.
 *
 * <p>May import {@code model} and {@code error}.
 */
package dev.awsmcp.client.protocol;
