/**
 * Offline region knowledge from the bundled botocore data ({@code partitions.json}, {@code endpoints.json}):
 * partitions, regions with their opt-in status, where each service has an endpoint, and the legacy endpoint
 * facts (hostname, credential scope) that signing falls back on when a rule set names no auth scheme.
 *
 * <p>Entry point: {@link dev.awsmcp.regions.RegionCatalog#bundled()}. Every answer says which source gave it.
 *
 * <p>Base package: imports only {@code dev.awsmcp.model}. Checks that need endpoint rule sets come in through
 * {@link dev.awsmcp.regions.EndpointProbe}, which a later stage implements.
 */
package dev.awsmcp.regions;
