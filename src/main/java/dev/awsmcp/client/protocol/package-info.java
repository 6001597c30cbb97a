/**
 * Protocol codecs: one package per AWS protocol ({@code json}, {@code restjson}, {@code restxml}, {@code query},
 * {@code ec2}, {@code rpcv2cbor}), each turning an operation's input (a JSON tree keyed by member names) into the
 * parts of an HTTP request, and an HTTP response back into a JSON tree or a service error. Codecs know nothing
 * of endpoints, signing, HTTP clients or retries.
 *
 * <p>May import {@code model} and {@code error}.
 */
package dev.awsmcp.client.protocol;
