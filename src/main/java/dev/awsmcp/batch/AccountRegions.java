package dev.awsmcp.batch;

import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.regions.OptInStatus;
import dev.awsmcp.regions.RegionCatalog;
import dev.awsmcp.regions.RegionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account's enabled regions from {@code ec2 DescribeRegions} (which by default lists only regions enabled for
 * the account), asked once per profile through the facade, so the call is classified and audited like any other.
 * When that call fails, falls back to the partition's regions that need no opt-in.
 */
public final class AccountRegions implements RegionSource {
    private static final Logger LOG = LoggerFactory.getLogger(AccountRegions.class);

    private final AwsMcp aws;
    private final Supplier<RegionCatalog> regions;
    private final String defaultRegion;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    /**
     * @param aws           the facade that makes the DescribeRegions call
     * @param regions       supplies the region data (for the fallback) on first need
     * @param defaultRegion the server's default region (picks the partition of the fallback), or null
     */
    public AccountRegions(AwsMcp aws, Supplier<RegionCatalog> regions, String defaultRegion) {
        this.aws = aws;
        this.regions = regions;
        this.defaultRegion = defaultRegion;
    }

    @Override
    public List<String> enabledRegions(String profile) {
        return cache.computeIfAbsent(profile == null ? "" : profile, p -> load(profile));
    }

    private List<String> load(String profile) {
        String command = "aws ec2 describe-regions --query Regions[].RegionName --output json"
                + (profile == null ? "" : " --profile " + CommandText.quote(profile))
                + (defaultRegion == null ? "" : " --region " + defaultRegion);
        CommandResult r = aws.execute(command, new ExecutionContext(null, null, "region-fan-out", null, null, null));
        if (r.ok() && r.json() != null && r.json().isArray() && r.json().size() > 0) {
            List<String> regions = new ArrayList<>();
            r.json().forEach(n -> regions.add(n.asText()));
            regions.sort(null);
            return List.copyOf(regions);
        }
        LOG.warn("Could not list enabled regions ({}); fanning out over the partition's default regions",
                r.error() == null ? "no output" : r.error().code());
        return partitionDefaults(regions.get(), defaultRegion);
    }


    /**
     * The regions of the default region's partition that need no opt-in (from {@link RegionCatalog}).
     *
     * @param regions       the region data
     * @param defaultRegion the region that picks the partition, or null for aws
     * @return sorted region names
     */
    static List<String> partitionDefaults(RegionCatalog regions, String defaultRegion) {
        String partition = regions.partitionOf(defaultRegion).map(p -> p.id()).orElse("aws");
        List<String> out = new ArrayList<>();
        for (RegionInfo r : regions.regions(partition)) {
            if (r.optIn() != OptInStatus.OPT_IN_REQUIRED) {
                out.add(r.id());
            }
        }
        out.sort(null);
        return List.copyOf(out);
    }
}
