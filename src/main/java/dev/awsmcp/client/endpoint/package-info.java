/**
 * Endpoint resolution: {@link dev.awsmcp.client.endpoint.RuleSetEndpointResolver} evaluates a service's
 * {@code endpoint-rule-set-1.json} with Smithy's rules engine, fed with builtIns
 * ({@link dev.awsmcp.client.endpoint.EndpointSettings}), static/client/operation context parameters and
 * {@code contextParam} members, and returns the URL, headers and auth-scheme properties to sign with
 * ({@link dev.awsmcp.client.endpoint.ResolvedEndpoint}). {@link dev.awsmcp.client.endpoint.EndpointPaths} says how
 * the endpoint combines with the request URI (S3's {@code /{Bucket}}, host prefixes).
 *
 * <p>May import {@code model}, {@code regions}, {@code error}.
 */
package dev.awsmcp.client.endpoint;
