package dev.awsmcp.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.model.ServiceCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account's enabled regions from {@code ec2 DescribeRegions} (which by default lists only regions enabled for
 * the account), asked once per profile through the facade, so the call is classified and audited like any other.
 * When that call fails, falls back to the partition's regions that are enabled by default.
 */
public final class AccountRegions implements RegionSource {
    private static final Logger LOG = LoggerFactory.getLogger(AccountRegions.class);
    /** Regions of the aws partition enabled in every account (launched before opt-in regions, March 2019). */
    private static final Set<String> DEFAULT_ENABLED = Set.of("us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "ca-central-1", "eu-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-north-1", "ap-northeast-1",
            "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2", "ap-south-1", "sa-east-1");

    private final AwsMcp aws;
    private final Supplier<ServiceCatalog> catalog;
    private final String defaultRegion;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    /**
     * @param aws           the facade that makes the DescribeRegions call
     * @param catalog       where the partition data lives
     * @param defaultRegion the server's default region (picks the partition of the fallback), or null
     */
    public AccountRegions(AwsMcp aws, ServiceCatalog catalog, String defaultRegion) {
        this(aws, () -> catalog, defaultRegion);
    }

    /**
     * @param aws           the facade that makes the DescribeRegions call
     * @param catalog       supplies the partition data on first need
     * @param defaultRegion the server's default region (picks the partition of the fallback), or null
     */
    public AccountRegions(AwsMcp aws, Supplier<ServiceCatalog> catalog, String defaultRegion) {
        this.aws = aws;
        this.catalog = catalog;
        this.defaultRegion = defaultRegion;
    }

    @Override
    public List<String> enabledRegions(String profile) {
        return cache.computeIfAbsent(profile == null ? "" : profile, p -> load(profile));
    }

    private List<String> load(String profile) {
        String command = "aws ec2 describe-regions --query Regions[].RegionName --output json"
                + (profile == null ? "" : " --profile " + shellQuote(profile))
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
        return partitionDefaults(catalog.get(), defaultRegion);
    }

    /**
     * Whether every account has a region without opting in.
     *
     * @param partition the partition id ({@code aws}, {@code aws-cn}, ...)
     * @param region    the region name
     * @return true outside the aws partition, and for the aws regions launched before opt-in regions
     */
    public static boolean enabledByDefault(String partition, String region) {
        return !partition.equals("aws") || DEFAULT_ENABLED.contains(region);
    }

    private static String shellQuote(String word) {
        return word.matches("[A-Za-z0-9._@/+=-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /**
     * The regions of the default region's partition that every account has (all regions outside the aws
     * partition).
     *
     * @param catalog       the model catalog (for partitions.json)
     * @param defaultRegion the region that picks the partition, or null for aws
     * @return sorted region names
     */
    static List<String> partitionDefaults(ServiceCatalog catalog, String defaultRegion) {
        JsonNode partitions = catalog.readJson("partitions.json.gz").orElseThrow().path("partitions");
        JsonNode chosen = partitions.get(0);
        for (JsonNode p : partitions) {
            if (defaultRegion != null && (p.path("regions").has(defaultRegion)
                    || Pattern.matches(p.path("regionRegex").asText("^$"), defaultRegion))) {
                chosen = p;
                break;
            }
        }
        Pattern regex = Pattern.compile(chosen.path("regionRegex").asText(".*"));
        String partition = chosen.path("id").asText();
        List<String> out = new ArrayList<>();
        chosen.path("regions").fieldNames().forEachRemaining(r -> {
            if (regex.matcher(r).matches() && enabledByDefault(partition, r)) {
                out.add(r);
            }
        });
        out.sort(null);
        return List.copyOf(out);
    }
}
