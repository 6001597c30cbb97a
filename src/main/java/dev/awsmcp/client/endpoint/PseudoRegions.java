package dev.awsmcp.client.endpoint;

/**
 * botocore's {@code ClientCreator._normalize_fips_region}: a FIPS pseudo-region ({@code fips-us-gov-west-1},
 * {@code us-east-1-fips}) becomes the real region with FIPS turned on.
 */
final class PseudoRegions {
    private PseudoRegions() {}

    static EndpointSettings normalize(EndpointSettings settings) {
        String region = settings.region();
        if (region == null) {
            return settings;
        }
        String normalized = region.replace("fips-", "").replace("-fips", "");
        if (normalized.equals(region)) {
            return settings;
        }
        return settings.toBuilder().region(normalized).useFips(true).build();
    }
}
