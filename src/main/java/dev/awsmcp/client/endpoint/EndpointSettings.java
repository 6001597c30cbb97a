package dev.awsmcp.client.endpoint;

/**
 * Client-level inputs to endpoint resolution (the rule sets' builtIns).
 *
 * @param region             {@code AWS::Region}
 * @param endpointUrl        {@code SDK::Endpoint} from {@code --endpoint-url}, or null
 * @param useFips            {@code AWS::UseFIPS}
 * @param useDualStack       {@code AWS::UseDualStack}
 * @param s3ForcePathStyle   {@code AWS::S3::ForcePathStyle}
 * @param s3UseArnRegion     {@code AWS::S3::UseArnRegion}
 * @param useGlobalEndpoint  {@code AWS::STS::UseGlobalEndpoint} / {@code AWS::S3::UseGlobalEndpoint}
 * @param accountId          {@code AWS::Auth::AccountId}, or null
 */
public record EndpointSettings(String region, String endpointUrl, boolean useFips, boolean useDualStack,
                               boolean s3ForcePathStyle, boolean s3UseArnRegion, boolean useGlobalEndpoint,
                               String accountId) {
    /** Defaults for a region: no overrides, no FIPS, no dual-stack. */
    public static EndpointSettings forRegion(String region) {
        return new EndpointSettings(region, null, false, false, false, true, false, null);
    }
}
