package dev.awsmcp.knowledge;

import dev.awsmcp.regions.OptInStatus;
import java.util.Objects;

/**
 * A region as {@code list_regions} reports it.
 *
 * @param id            the region code, e.g. {@code eu-west-1}
 * @param name          its name, e.g. {@code Europe (Ireland)}
 * @param partition     the partition, e.g. {@code aws}
 * @param optIn         whether accounts must opt in, from the bundled data
 * @param accountStatus this account's status from {@code account:ListRegions} ({@code ENABLED},
 *                      {@code ENABLED_BY_DEFAULT}, {@code DISABLED}, {@code ENABLING}, {@code DISABLING}), or null
 *                      when not asked live or not known
 */
public record RegionEntry(String id, String name, String partition, OptInStatus optIn, String accountStatus) {
    /** Checks the fields. */
    public RegionEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(optIn, "optIn");
    }

    /** True when the account can use the region now, as far as the data tells. */
    public boolean usable() {
        if (accountStatus != null) {
            return accountStatus.equals("ENABLED") || accountStatus.equals("ENABLED_BY_DEFAULT");
        }
        return optIn == OptInStatus.NOT_REQUIRED;
    }
}
