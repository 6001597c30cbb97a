package dev.awsmcp.regions;

import java.util.Objects;

/**
 * One AWS region.
 *
 * @param id        the region code, e.g. {@code eu-west-1}
 * @param name      the description from the bundled data, e.g. {@code Europe (Ireland)}
 * @param partition the partition id, e.g. {@code aws}, {@code aws-cn}
 * @param optIn     whether the region must be enabled first; see {@link RegionCatalog} for how it is derived
 */
public record RegionInfo(String id, String name, String partition, OptInStatus optIn) {
    public RegionInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(optIn, "optIn");
    }
}
