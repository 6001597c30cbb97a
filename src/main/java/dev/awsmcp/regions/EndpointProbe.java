package dev.awsmcp.regions;

import java.util.Optional;

/**
 * Resolves a service endpoint from its rule set, for services the bundled {@code endpoints.json} does not list.
 * Implemented outside this base package (the endpoint resolver) and handed to
 * {@link RegionCatalog#withProbe(EndpointProbe)}.
 */
@FunctionalInterface
public interface EndpointProbe {
    /**
     * @param serviceName the botocore service name, e.g. {@code bedrock-runtime}
     * @param region      the region code
     * @return the endpoint URL the rule set yields, or empty when it yields an error
     */
    Optional<String> resolve(String serviceName, String region);
}
