package dev.awsmcp.regions;

/** The answer to "is this service (or API) offered in this region?". */
public enum AvailabilityStatus {
    /** The data lists an endpoint for the region (regional, or the partition's global endpoint). */
    AVAILABLE,
    /** The data knows the service and does not list the region. */
    NOT_AVAILABLE,
    /** The data cannot tell: unknown region, or a service the bundled endpoint data does not list. */
    UNKNOWN
}
