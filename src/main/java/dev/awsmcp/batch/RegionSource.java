package dev.awsmcp.batch;

import java.util.List;

/** Lists the regions a {@code --region '*'} fan-out covers. */
@FunctionalInterface
public interface RegionSource {
    /**
     * @param profile the profile the command uses, or null for the default
     * @return enabled region names, sorted; never empty
     */
    List<String> enabledRegions(String profile);
}
