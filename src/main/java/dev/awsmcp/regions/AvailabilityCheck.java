package dev.awsmcp.regions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Answers one service/API-in-region question from {@code endpoints.json}, then the probe if there is one. */
final class AvailabilityCheck {
    private static final String API_NOTE =
            "The bundled data lists regions per service, not per API; the API is reported where its service is.";

    private final EndpointsData endpoints;
    private final EndpointProbe probe;

    AvailabilityCheck(EndpointsData endpoints, EndpointProbe probe) {
        this.endpoints = endpoints;
        this.probe = probe;
    }

    Availability check(ServiceRef service, String api, String region, Optional<PartitionInfo> partition) {
        if (partition.isEmpty()) {
            return answer(service, api, region, AvailabilityStatus.UNKNOWN, false, null, RegionCatalog.BUNDLED_PARTITIONS,
                    "'" + region + "' matches no known partition's region pattern; check the region code.");
        }
        String key = service.endpointKey();
        if (!endpoints.knowsService(key)) {
            return fromProbe(service, api, region);
        }
        EndpointsData.Partition p = endpoints.partition(partition.get().id()).orElse(null);
        JsonNode svc = p == null ? null : endpoints.service(p, key);
        if (svc == null || svc.isMissingNode()) {
            return answer(service, api, region, AvailabilityStatus.NOT_AVAILABLE, false, null, RegionCatalog.BUNDLED_ENDPOINTS,
                    withApiNote(api, "The service has no endpoints in the " + partition.get().id() + " partition."));
        }
        if (EndpointsData.listsRegion(svc, region)) {
            String host = endpoints.resolve(key, region).map(LegacyEndpoint::hostname).orElse(null);
            return answer(service, api, region, AvailabilityStatus.AVAILABLE, false, host, RegionCatalog.BUNDLED_ENDPOINTS,
                    withApiNote(api, null));
        }
        String partitionEndpoint = svc.path("partitionEndpoint").asText(null);
        if (partitionEndpoint != null && !svc.path("isRegionalized").asBoolean(true)) {
            String host = endpoints.resolve(key, region).map(LegacyEndpoint::hostname).orElse(null);
            return answer(service, api, region, AvailabilityStatus.AVAILABLE, true, host, RegionCatalog.BUNDLED_ENDPOINTS,
                    withApiNote(api, "A global service: one endpoint serves every region of the partition."));
        }
        return answer(service, api, region, AvailabilityStatus.NOT_AVAILABLE, false, null, RegionCatalog.BUNDLED_ENDPOINTS,
                withApiNote(api, "The bundled endpoint data does not list this region for the service."));
    }

    private Availability fromProbe(ServiceRef service, String api, String region) {
        String unlisted = "The bundled endpoints data does not list this service (newer services rely on rule sets alone)";
        if (probe == null) {
            return answer(service, api, region, AvailabilityStatus.UNKNOWN, false, null, RegionCatalog.BUNDLED_ENDPOINTS,
                    unlisted + ".");
        }
        Optional<String> url = probe.resolve(service.summary().name(), region);
        if (url.isEmpty()) {
            return answer(service, api, region, AvailabilityStatus.NOT_AVAILABLE, false, null, RegionCatalog.ENDPOINT_RULE_SET,
                    withApiNote(api, "The service's endpoint rule set yields no endpoint for this region."));
        }
        return answer(service, api, region, AvailabilityStatus.UNKNOWN, false, url.get(), RegionCatalog.ENDPOINT_RULE_SET,
                unlisted + "; its rule set yields an endpoint for any region of the partition, which does not prove "
                        + "the service runs here.");
    }

    private static String withApiNote(String api, String note) {
        if (api == null) {
            return note;
        }
        return note == null ? API_NOTE : note + " " + API_NOTE;
    }

    private static Availability answer(ServiceRef service, String api, String region, AvailabilityStatus status,
                                       boolean global, String endpoint, String source, String note) {
        return new Availability(service.cliName(), api, region, status, global, endpoint, source, note);
    }
}
