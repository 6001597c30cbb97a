package dev.awsmcp.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code list_regions}.
 *
 * @param regions the regions, sorted by partition and code
 * @param source  which sources answered, e.g. {@code bundled partitions data + account:ListRegions}
 * @param note    a sentence on limits (why live data is missing), or null
 */
public record RegionListing(List<RegionEntry> regions, String source, String note) {
    /** Copies the list and checks the fields. */
    public RegionListing {
        regions = List.copyOf(regions);
        Objects.requireNonNull(source, "source");
    }
}
