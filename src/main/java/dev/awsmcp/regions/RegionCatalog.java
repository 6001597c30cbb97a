package dev.awsmcp.regions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.model.ServiceCatalog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Offline region knowledge from the bundled botocore {@code partitions.json} and {@code endpoints.json}.
 *
 * <pre>{@code
 * RegionCatalog regions = RegionCatalog.bundled();
 * regions.regions();                                        // every region with name, partition, opt-in status
 * regions.serviceAvailability("ec2", List.of("eu-west-1")); // AVAILABLE, source "bundled endpoints data"
 * regions.apiAvailability("dynamodb", "DescribeTable", List.of("cn-north-1"));
 * }</pre>
 *
 * <p><b>Opt-in status</b>: AWS enables commercial regions launched before 20 March 2019 by default and makes every
 * later one opt-in; the data has no launch dates, so the seventeen default regions are listed in code and any other
 * {@code aws} region counts as opt-in. China and GovCloud regions need no opt-in; isolated and sovereign partitions
 * are {@link OptInStatus#UNKNOWN}.
 *
 * <p><b>Data limits</b>: {@code endpoints.json} lists regions per service, not per API, so an API is reported
 * wherever its service has an endpoint. About a quarter of the bundled services (the newer ones) are absent from
 * {@code endpoints.json}; botocore resolves them from rule sets alone, which yield an endpoint for any region of a
 * partition, so their availability is {@link AvailabilityStatus#UNKNOWN} (an {@link EndpointProbe} adds what the
 * rule set says).
 */
public final class RegionCatalog {
    /** Source label for answers from {@code endpoints.json}. */
    public static final String BUNDLED_ENDPOINTS = "bundled endpoints data";
    /** Source label for answers from {@code partitions.json}. */
    public static final String BUNDLED_PARTITIONS = "bundled partitions data";
    /** Source label for answers from an endpoint rule set (through an {@link EndpointProbe}). */
    public static final String ENDPOINT_RULE_SET = "endpoint rule set";

    private static volatile RegionCatalog bundled;

    private final ServiceCatalog services;
    private final EndpointsData endpoints;
    private final Map<String, PartitionInfo> partitions;
    private final Map<String, RegionInfo> regions;
    private final EndpointProbe probe;

    private RegionCatalog(ServiceCatalog services, EndpointsData endpoints, Map<String, PartitionInfo> partitions,
                          Map<String, RegionInfo> regions, EndpointProbe probe) {
        this.services = services;
        this.endpoints = endpoints;
        this.partitions = partitions;
        this.regions = regions;
        this.probe = probe;
    }

    /**
     * The catalog over the data bundled in the jar, shared by the JVM.
     *
     * @return the shared catalog
     * @throws IllegalStateException when the bundled data files are missing
     */
    public static RegionCatalog bundled() {
        RegionCatalog c = bundled;
        if (c == null) {
            synchronized (RegionCatalog.class) {
                c = bundled;
                if (c == null) {
                    bundled = c = of(ServiceCatalog.bundled());
                }
            }
        }
        return c;
    }

    /**
     * A catalog over another service catalog's data files.
     *
     * @param services where {@code partitions.json.gz} and {@code endpoints.json.gz} are read from
     * @return a new catalog
     * @throws IllegalStateException when either file is missing
     */
    public static RegionCatalog of(ServiceCatalog services) {
        Objects.requireNonNull(services, "services");
        JsonNode partitionsJson = services.readJson("partitions.json.gz")
                .orElseThrow(() -> new IllegalStateException("bundled partitions.json.gz is missing"));
        EndpointsData endpoints = EndpointsData.parse(services.readJson("endpoints.json.gz")
                .orElseThrow(() -> new IllegalStateException("bundled endpoints.json.gz is missing")));
        Map<String, PartitionInfo> partitions = new LinkedHashMap<>();
        Map<String, RegionInfo> regions = new LinkedHashMap<>();
        for (JsonNode p : partitionsJson.path("partitions")) {
            String id = p.path("id").asText();
            JsonNode out = p.path("outputs");
            TreeSet<String> ids = new TreeSet<>();
            Optional<EndpointsData.Partition> legacy = endpoints.partition(id);
            p.path("regions").fields().forEachRemaining(e -> {
                if (isPseudoRegion(e.getKey())) {
                    return;
                }
                ids.add(e.getKey());
                String name = e.getValue().path("description").asText(
                        legacy.map(l -> l.regions().get(e.getKey())).orElse(e.getKey()));
                regions.put(e.getKey(), new RegionInfo(e.getKey(), name, id, OptInRegions.of(id, e.getKey())));
            });
            partitions.put(id, new PartitionInfo(id, legacy.map(EndpointsData.Partition::name).orElse(id),
                    out.path("dnsSuffix").asText(), out.path("dualStackDnsSuffix").asText(null),
                    p.path("regionRegex").asText(), out.path("supportsFIPS").asBoolean(false),
                    out.path("supportsDualStack").asBoolean(false), out.path("implicitGlobalRegion").asText(null),
                    List.copyOf(ids)));
        }
        return new RegionCatalog(services, endpoints, Map.copyOf(partitions), sorted(regions), null);
    }

    /**
     * The same data, with a rule-set probe for services that {@code endpoints.json} does not list.
     *
     * @param probe resolves a service endpoint from its rule set
     * @return a new catalog sharing this one's data
     */
    public RegionCatalog withProbe(EndpointProbe probe) {
        return new RegionCatalog(services, endpoints, partitions, regions, Objects.requireNonNull(probe, "probe"));
    }

    /** All partitions, in the bundled file's order ({@code aws} first). */
    public List<PartitionInfo> partitions() {
        return List.copyOf(partitions.values());
    }

    /** A partition by id ({@code aws}, {@code aws-cn}, {@code aws-us-gov}, {@code aws-iso}, ...). */
    public Optional<PartitionInfo> partition(String id) {
        return Optional.ofNullable(partitions.get(id));
    }

    /** Every region of every partition, sorted by partition then code; pseudo-regions like {@code aws-global} left out. */
    public List<RegionInfo> regions() {
        return List.copyOf(regions.values());
    }

    /**
     * The regions of one partition.
     *
     * @param partition a partition id
     * @return its regions, empty for an unknown partition
     */
    public List<RegionInfo> regions(String partition) {
        return regions.values().stream().filter(r -> r.partition().equals(partition)).toList();
    }

    /** A listed region by code. */
    public Optional<RegionInfo> region(String id) {
        return Optional.ofNullable(regions.get(id));
    }

    /**
     * The partition a region code belongs to: the one that lists it, else the first whose pattern matches (so
     * regions newer than the data still map to a partition).
     *
     * @param region a region code
     * @return the partition, or empty when no pattern matches
     */
    public Optional<PartitionInfo> partitionOf(String region) {
        if (region == null) {
            return Optional.empty();
        }
        RegionInfo known = regions.get(region);
        if (known != null) {
            return partition(known.partition());
        }
        return endpoints.partitionOf(region).flatMap(p -> partition(p.id()));
    }

    /**
     * botocore's legacy endpoint for a service in a region: host and credential scope.
     *
     * @param endpointPrefix the model's endpoint prefix, e.g. {@code iam}, {@code s3-control}
     * @param region         a region code
     * @return the endpoint, or empty when no partition matches the region
     */
    public Optional<LegacyEndpoint> legacyEndpoint(String endpointPrefix, String region) {
        if (endpointPrefix == null || region == null) {
            return Optional.empty();
        }
        return endpoints.resolve(endpointPrefix, region);
    }

    /**
     * Service-level availability in each region.
     *
     * @param service a CLI name ({@code s3api}) or botocore name ({@code s3})
     * @param regions region codes
     * @return one answer per region, in the order given
     * @throws IllegalArgumentException for an unknown service
     */
    public List<Availability> serviceAvailability(String service, Collection<String> regions) {
        return availability(service, null, regions);
    }

    /**
     * API-level availability in each region: an API is available where its service has an endpoint (the bundled
     * data has no per-API regional lists).
     *
     * @param service a CLI or botocore service name
     * @param api     the operation's model name ({@code DescribeTable}) or CLI name ({@code describe-table})
     * @param regions region codes
     * @return one answer per region, in the order given
     * @throws IllegalArgumentException for an unknown service or operation
     */
    public List<Availability> apiAvailability(String service, String api, Collection<String> regions) {
        Objects.requireNonNull(api, "api");
        return availability(service, api, regions);
    }

    /**
     * The regions where {@code endpoints.json} lists the service (all regions of the partition for a global one).
     *
     * @param service a CLI or botocore service name
     * @return region codes, sorted; empty when the data does not list the service
     * @throws IllegalArgumentException for an unknown service
     */
    public List<String> regionsWithService(String service) {
        ServiceRef ref = ServiceRef.find(services, service);
        List<String> out = new ArrayList<>();
        for (RegionInfo r : regions.values()) {
            if (new AvailabilityCheck(endpoints, null).check(ref, null, r.id(), partitionOf(r.id())).available()) {
                out.add(r.id());
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private List<Availability> availability(String service, String api, Collection<String> regionIds) {
        ServiceRef ref = ServiceRef.find(services, service);
        String operation = api == null ? null : ref.operation(api);
        AvailabilityCheck check = new AvailabilityCheck(endpoints, probe);
        List<Availability> out = new ArrayList<>();
        for (String region : regionIds) {
            out.add(check.check(ref, operation, region, partitionOf(region)));
        }
        return out;
    }

    private static boolean isPseudoRegion(String id) {
        return id.endsWith("-global");
    }

    private static Map<String, RegionInfo> sorted(Map<String, RegionInfo> regions) {
        Map<String, RegionInfo> out = new LinkedHashMap<>();
        regions.values().stream()
                .sorted(Comparator.comparing(RegionInfo::partition).thenComparing(RegionInfo::id))
                .forEach(r -> out.put(r.id(), r));
        return java.util.Collections.unmodifiableMap(out);
    }
}
