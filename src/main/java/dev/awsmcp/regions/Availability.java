package dev.awsmcp.regions;

import java.util.Objects;

/**
 * Whether a service, or one of its APIs, is offered in a region, and who said so.
 *
 * @param service   the CLI service name, e.g. {@code ec2}, {@code s3api}
 * @param api       the operation's model name, or null for a service-level answer
 * @param region    the region asked about
 * @param status    the answer
 * @param global    true when the answer comes from the partition's single global endpoint (IAM, Route 53, ...)
 * @param endpoint  the endpoint host (or URL for a rule-set answer) the data gives, or null
 * @param source    which source answered, e.g. {@value RegionCatalog#BUNDLED_ENDPOINTS}
 * @param note      one sentence on limits of the answer, or null
 */
public record Availability(String service, String api, String region, AvailabilityStatus status, boolean global,
                           String endpoint, String source, String note) {
    public Availability {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
    }

    /** True when {@link #status()} is {@link AvailabilityStatus#AVAILABLE}. */
    public boolean available() {
        return status == AvailabilityStatus.AVAILABLE;
    }
}
