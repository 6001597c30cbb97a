package dev.awsmcp.regions;

import java.util.Objects;

/**
 * What botocore's legacy resolver reads from {@code endpoints.json} for one service and region: the host and the
 * credential scope to sign with. The endpoint resolver uses it when a rule set names no auth scheme.
 *
 * @param partition     the partition id
 * @param endpointName  the {@code endpoints.json} key used: the region, or the partition endpoint
 *                      (e.g. {@code aws-global}) for global services
 * @param hostname      the host, templates expanded
 * @param signingRegion the credential scope region, or null when the region itself is used
 * @param signingName   the credential scope service, or null when the model's signing name is used
 * @param global        true when the partition endpoint of a non-regionalized service answered
 */
public record LegacyEndpoint(String partition, String endpointName, String hostname, String signingRegion,
                             String signingName, boolean global) {
    public LegacyEndpoint {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(endpointName, "endpointName");
        Objects.requireNonNull(hostname, "hostname");
    }
}
