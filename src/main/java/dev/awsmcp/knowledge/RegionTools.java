package dev.awsmcp.knowledge;

import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceSummary;
import dev.awsmcp.regions.Availability;
import dev.awsmcp.regions.AvailabilityStatus;
import dev.awsmcp.regions.RegionCatalog;
import dev.awsmcp.regions.RegionInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code list_regions} and {@code get_regional_availability}: answers from the bundled partitions and endpoint data
 * ({@link RegionCatalog}), refined live when a command runner is given and credentials allow: the account's region
 * statuses from {@code account:ListRegions}, service availability from the SSM public parameters, CloudFormation
 * resource types from the CloudFormation registry. Every answer names its source; when live data cannot be read,
 * the bundled answer is returned with a note saying why.
 */
public final class RegionTools {
    /** Most CloudFormation registry calls one request may make (types times regions). */
    public static final int MAX_CFN_CALLS = 60;

    private static final Pattern CFN_TYPE = Pattern.compile("AWS::([A-Za-z0-9]+)::[A-Za-z0-9]+(?:::[A-Za-z0-9]+)?");

    private final RegionCatalog catalog;
    private final ServiceCatalog services;
    private final LiveRegionData live;

    /**
     * @param catalog   the offline region data
     * @param services  the service models (for names and operations)
     * @param runner    runs live commands through the facade, or null for offline answers only
     * @param apiRegion where live Account and SSM calls go, e.g. {@code us-east-1}
     */
    public RegionTools(RegionCatalog catalog, ServiceCatalog services, AwsCommandRunner runner, String apiRegion) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.services = Objects.requireNonNull(services, "services");
        this.live = runner == null ? null : new LiveRegionData(runner, Objects.requireNonNull(apiRegion, "apiRegion"));
    }

    /**
     * {@code list_regions}.
     *
     * @param refineLive ask {@code account:ListRegions} for this account's status of each region
     * @return every region of every partition
     */
    public RegionListing listRegions(boolean refineLive) {
        Map<String, String> statuses = Map.of();
        String source = RegionCatalog.BUNDLED_PARTITIONS;
        String note = null;
        if (refineLive && live != null) {
            try {
                statuses = live.accountRegionStatuses();
                source += " + " + LiveRegionData.ACCOUNT_SOURCE;
            } catch (LiveRegionData.Unavailable e) {
                note = "Account region statuses are not included: " + e.getMessage() + ".";
            }
        } else if (refineLive) {
            note = "Live data is not configured; opt-in status comes from the bundled data.";
        }
        List<RegionEntry> out = new ArrayList<>();
        for (RegionInfo r : catalog.regions()) {
            out.add(new RegionEntry(r.id(), r.name(), r.partition(), r.optIn(), statuses.get(r.id())));
        }
        return new RegionListing(out, source, note);
    }

    /**
     * {@code get_regional_availability}.
     *
     * @param resourceType {@code service}, {@code api} or {@code cfn}
     * @param regions      region codes; empty for every region of the {@code aws} partition
     * @param filters      services ({@code ec2}), APIs ({@code dynamodb:DescribeTable} or {@code dynamodb describe-table})
     *                     or resource types ({@code AWS::EC2::Instance}); required for api and cfn
     * @param useLive      ask the live sources when a runner is configured
     * @return one answer per resource and region
     * @throws RegionToolException for a bad resource type, region, filter or too many live calls
     */
    public AvailabilityReport regionalAvailability(String resourceType, List<String> regions, List<String> filters,
                                                   boolean useLive) {
        String type = resourceType == null ? "" : resourceType.strip().toLowerCase(Locale.ROOT);
        List<String> regionIds = regions(regions);
        List<String> wanted = filters == null ? List.of() : filters.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        boolean liveOn = useLive && live != null;
        switch (type) {
            case "service":
                return new ServiceAvailability(this, regionIds, liveOn).answer(wanted);
            case "api":
                return apis(regionIds, wanted, liveOn);
            case "cfn":
                return cfn(regionIds, wanted, liveOn);
            default:
                throw new RegionToolException("Unknown resource_type '" + resourceType + "'.",
                        "Use service, api or cfn.");
        }
    }

    private List<String> regions(List<String> regions) {
        if (regions == null || regions.isEmpty()) {
            return catalog.regions("aws").stream().map(RegionInfo::id).toList();
        }
        List<String> out = new ArrayList<>();
        for (String r : regions) {
            String id = r.strip().toLowerCase(Locale.ROOT);
            if (catalog.region(id).isEmpty()) {
                throw new RegionToolException("Unknown region '" + r + "'.", "Call list_regions for the valid region codes.");
            }
            out.add(id);
        }
        return out;
    }

    private AvailabilityReport apis(List<String> regionIds, List<String> apis, boolean liveOn) {
        if (apis.isEmpty()) {
            throw new RegionToolException("resource_type api needs filters naming the APIs.",
                    "Pass filters such as [\"dynamodb:DescribeTable\"] or [\"ec2 describe-instances\"].");
        }
        List<Availability> out = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        for (String api : apis) {
            String[] parts = api.split("[:\\s]+", 2);
            if (parts.length < 2) {
                throw new RegionToolException("The API filter '" + api + "' does not name a service and an operation.",
                        "Write service:Operation, e.g. dynamodb:DescribeTable.");
            }
            ServiceSummary service = service(parts[0]);
            List<Availability> offline = offline(() -> catalog.apiAvailability(service.cliName(), parts[1], regionIds));
            if (!liveOn) {
                out.addAll(offline);
                offline.forEach(a -> sources.add(a.source()));
                continue;
            }
            try {
                Set<String> where = live.serviceRegions(ssmNames(service));
                if (where.isEmpty()) {
                    notes.add("SSM lists no service named like " + service.cliName() + "; its answers come from bundled data.");
                    out.addAll(offline);
                    offline.forEach(a -> sources.add(a.source()));
                    continue;
                }
                sources.add(LiveRegionData.SSM_SOURCE);
                for (Availability a : offline) {
                    out.add(new Availability(a.service(), a.api(), a.region(), where.contains(a.region())
                            ? AvailabilityStatus.AVAILABLE : AvailabilityStatus.NOT_AVAILABLE, a.global(), a.endpoint(),
                            LiveRegionData.SSM_SOURCE, "An API is available where its service is; no source lists single APIs by region."));
                }
            } catch (LiveRegionData.Unavailable e) {
                notes.add("Live data unavailable, bundled data used: " + e.getMessage() + ".");
                out.addAll(offline);
                offline.forEach(a -> sources.add(a.source()));
            }
        }
        return new AvailabilityReport("api", out, List.copyOf(sources), notes.isEmpty() ? null : String.join(" ", notes));
    }

    private AvailabilityReport cfn(List<String> regionIds, List<String> types, boolean liveOn) {
        if (types.isEmpty()) {
            throw new RegionToolException("resource_type cfn needs filters naming the resource types.",
                    "Pass filters such as [\"AWS::EC2::Instance\"].");
        }
        if (liveOn && (long) types.size() * regionIds.size() > MAX_CFN_CALLS) {
            throw new RegionToolException("Checking " + types.size() + " resource types in " + regionIds.size()
                    + " regions needs more than " + MAX_CFN_CALLS + " live calls.", "Name fewer regions or resource types.");
        }
        List<Availability> out = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        String note = null;
        for (String type : types) {
            Matcher m = CFN_TYPE.matcher(type);
            if (!m.matches()) {
                throw new RegionToolException("'" + type + "' is not a CloudFormation resource type name.",
                        "Write it like AWS::EC2::Instance.");
            }
            for (String region : regionIds) {
                Availability a = null;
                if (liveOn && note == null) {
                    try {
                        boolean found = live.cfnTypeInRegion(type, region);
                        a = new Availability(type, null, region, found ? AvailabilityStatus.AVAILABLE
                                : AvailabilityStatus.NOT_AVAILABLE, false, null, LiveRegionData.CFN_SOURCE, null);
                    } catch (LiveRegionData.Unavailable e) {
                        note = "Live data unavailable, bundled data used: " + e.getMessage() + ".";
                    }
                }
                out.add(a != null ? a : cfnOffline(type, m.group(1), region));
                sources.add(out.get(out.size() - 1).source());
            }
        }
        return new AvailabilityReport("cfn", out, List.copyOf(sources), note);
    }

    /** Offline, a resource type is as available as the service its namespace names; an approximation, said so. */
    private Availability cfnOffline(String type, String namespace, String region) {
        Optional<ServiceSummary> service = services.byCliName(namespace.toLowerCase(Locale.ROOT))
                .or(() -> services.byName(namespace.toLowerCase(Locale.ROOT)));
        if (service.isEmpty()) {
            return new Availability(type, null, region, AvailabilityStatus.UNKNOWN, false, null,
                    RegionCatalog.BUNDLED_ENDPOINTS, "No bundled service matches " + namespace + "; ask with live data.");
        }
        Availability s = catalog.serviceAvailability(service.get().cliName(), List.of(region)).get(0);
        return new Availability(type, null, region, s.status(), s.global(), s.endpoint(), s.source(),
                "Approximation: the resource type is assumed wherever " + service.get().cliName()
                        + " has an endpoint; ask with live data for the registry's answer.");
    }

    ServiceSummary service(String name) {
        String n = name.strip();
        return services.byCliName(n).or(() -> services.byName(n)).orElseThrow(() -> new RegionToolException(
                "Unknown service '" + name + "'.", "Use an AWS CLI service name such as ec2, s3api or dynamodb."));
    }

    /** Names SSM might use for a service: its endpoint prefix first, then the CLI and botocore names. */
    static List<String> ssmNames(ServiceSummary s) {
        Set<String> names = new LinkedHashSet<>();
        if (s.endpointPrefix() != null && !s.endpointPrefix().isEmpty()) {
            names.add(s.endpointPrefix());
        }
        names.add(s.cliName());
        names.add(s.name());
        return List.copyOf(names);
    }

    List<Availability> offline(java.util.function.Supplier<List<Availability>> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new RegionToolException(e.getMessage(), "Check the service and operation names with aws_cli_help.");
        }
    }

    RegionCatalog catalog() {
        return catalog;
    }

    ServiceCatalog services() {
        return services;
    }

    LiveRegionData live() {
        return live;
    }
}
