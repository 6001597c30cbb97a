package dev.awsmcp.knowledge;

import dev.awsmcp.model.ServiceSummary;
import dev.awsmcp.regions.Availability;
import dev.awsmcp.regions.AvailabilityStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Service-level availability for {@link RegionTools}: named services in the given regions, or, without names,
 * every service available in each region. Live answers come from the SSM public parameters; services SSM does
 * not know, and every service when live data is unavailable, come from the bundled endpoint data.
 */
final class ServiceAvailability {
    private final RegionTools tools;
    private final List<String> regions;
    private final boolean liveOn;
    private final Set<String> sources = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();

    ServiceAvailability(RegionTools tools, List<String> regions, boolean liveOn) {
        this.tools = tools;
        this.regions = regions;
        this.liveOn = liveOn;
    }

    AvailabilityReport answer(List<String> serviceNames) {
        List<Availability> out = serviceNames.isEmpty() ? everyService() : named(serviceNames);
        return new AvailabilityReport("service", out, List.copyOf(sources), notes.isEmpty() ? null : String.join(" ", notes));
    }

    private List<Availability> named(List<String> names) {
        List<Availability> out = new ArrayList<>();
        boolean liveBroken = !liveOn;
        for (String name : names) {
            ServiceSummary service = tools.service(name);
            List<Availability> offline = tools.offline(() -> tools.catalog().serviceAvailability(service.cliName(), regions));
            if (!liveBroken) {
                try {
                    Set<String> where = tools.live().serviceRegions(RegionTools.ssmNames(service));
                    if (!where.isEmpty()) {
                        sources.add(LiveRegionData.SSM_SOURCE);
                        for (Availability a : offline) {
                            out.add(new Availability(a.service(), null, a.region(), where.contains(a.region())
                                    ? AvailabilityStatus.AVAILABLE : AvailabilityStatus.NOT_AVAILABLE, a.global(),
                                    a.endpoint(), LiveRegionData.SSM_SOURCE, null));
                        }
                        continue;
                    }
                    notes.add("SSM lists no service named like " + service.cliName() + "; its answers come from bundled data.");
                } catch (LiveRegionData.Unavailable e) {
                    notes.add("Live data unavailable, bundled data used: " + e.getMessage() + ".");
                    liveBroken = true;
                }
            }
            out.addAll(offline);
            offline.forEach(a -> sources.add(a.source()));
        }
        return out;
    }

    private List<Availability> everyService() {
        List<Availability> out = new ArrayList<>();
        for (String region : regions) {
            if (liveOn && notes.isEmpty()) {
                try {
                    for (String ssmService : tools.live().regionServices(region)) {
                        out.add(new Availability(ssmService, null, region, AvailabilityStatus.AVAILABLE, false, null,
                                LiveRegionData.SSM_SOURCE, null));
                    }
                    sources.add(LiveRegionData.SSM_SOURCE);
                    continue;
                } catch (LiveRegionData.Unavailable e) {
                    notes.add("Live data unavailable, bundled data used: " + e.getMessage() + ".");
                }
            }
            for (ServiceSummary s : tools.services().services()) {
                Availability a = tools.catalog().serviceAvailability(s.cliName(), List.of(region)).get(0);
                if (a.available()) {
                    out.add(a);
                    sources.add(a.source());
                }
            }
        }
        return out;
    }
}
