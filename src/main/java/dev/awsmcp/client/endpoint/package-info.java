/**
 * Endpoint resolution: evaluates a service's {@code endpoint-rule-set-1.json} with Smithy's rules engine, fed with
 * builtIns, static/client/operation context parameters and {@code contextParam} members, and returns the URL,
 * headers and auth-scheme properties to sign with.
 *
 * <p>May import {@code model}, {@code regions}, {@code error}.
 */
package dev.awsmcp.client.endpoint;
