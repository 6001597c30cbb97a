package dev.awsmcp.knowledge;

import dev.awsmcp.regions.Availability;
import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code get_regional_availability}: one {@link Availability} per resource and region, each naming
 * the source that answered it.
 *
 * @param resourceType {@code service}, {@code api} or {@code cfn}
 * @param results      the answers
 * @param sources      the sources used, e.g. {@code SSM public parameters (live)}
 * @param note         a sentence on limits (live data unavailable, approximations), or null
 */
public record AvailabilityReport(String resourceType, List<Availability> results, List<String> sources, String note) {
    /** Copies the lists and checks the fields. */
    public AvailabilityReport {
        Objects.requireNonNull(resourceType, "resourceType");
        results = List.copyOf(results);
        sources = List.copyOf(sources);
    }
}
