package dev.awsmcp.regions;

import java.util.List;
import java.util.Objects;

/**
 * One AWS partition (a group of regions with its own DNS suffix, accounts and credentials).
 *
 * @param id                   e.g. {@code aws}, {@code aws-cn}, {@code aws-us-gov}, {@code aws-iso}
 * @param name                 the display name from {@code endpoints.json}, e.g. {@code AWS China}
 * @param dnsSuffix            e.g. {@code amazonaws.com.cn}
 * @param dualStackDnsSuffix   e.g. {@code api.aws}
 * @param regionRegex          the pattern region codes of this partition match
 * @param supportsFips         whether FIPS endpoints exist
 * @param supportsDualStack    whether dual-stack endpoints exist
 * @param implicitGlobalRegion the region global endpoints sign for, e.g. {@code us-east-1}
 * @param regions              the region codes listed for the partition, sorted, without pseudo-regions such as
 *                             {@code aws-global}
 */
public record PartitionInfo(String id, String name, String dnsSuffix, String dualStackDnsSuffix, String regionRegex,
                            boolean supportsFips, boolean supportsDualStack, String implicitGlobalRegion,
                            List<String> regions) {
    public PartitionInfo {
        Objects.requireNonNull(id, "id");
        regions = List.copyOf(regions);
    }
}
