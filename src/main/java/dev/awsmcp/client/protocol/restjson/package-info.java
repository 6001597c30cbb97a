/**
 * The {@code rest-json} protocol. Output event streams (a payload member) are read from the full body into an
 * array of events; input event streams are rejected.
 *
 * <p>May import {@code model}, {@code client.protocol} and {@code client.protocol.internal}.
 */
package dev.awsmcp.client.protocol.restjson;
