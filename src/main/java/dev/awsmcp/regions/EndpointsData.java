package dev.awsmcp.regions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * botocore's {@code endpoints.json}, indexed: per partition, per endpoint prefix, the listed endpoints. Resolves
 * the way botocore's legacy {@code EndpointResolver.construct_endpoint} does (without FIPS/dual-stack variants,
 * which only change the host, never the credential scope).
 */
final class EndpointsData {
    /** One partition section of {@code endpoints.json}. */
    record Partition(String id, String name, String dnsSuffix, Pattern regionRegex, Map<String, String> regions,
                     JsonNode defaults, JsonNode services) {
        boolean matches(String region) {
            return regions.containsKey(region) || regionRegex.matcher(region).matches();
        }
    }

    private final List<Partition> partitions;

    private EndpointsData(List<Partition> partitions) {
        this.partitions = List.copyOf(partitions);
    }

    static EndpointsData parse(JsonNode root) {
        List<Partition> list = new ArrayList<>();
        for (JsonNode p : root.path("partitions")) {
            Map<String, String> regions = new LinkedHashMap<>();
            p.path("regions").fields().forEachRemaining(e -> regions.put(e.getKey(), e.getValue().path("description").asText(e.getKey())));
            list.add(new Partition(p.path("partition").asText(), p.path("partitionName").asText(p.path("partition").asText()),
                    p.path("dnsSuffix").asText(), Pattern.compile(p.path("regionRegex").asText("^$")), regions,
                    p.path("defaults"), p.path("services")));
        }
        return new EndpointsData(list);
    }

    List<Partition> partitions() {
        return partitions;
    }

    Optional<Partition> partition(String id) {
        return partitions.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The partition whose region list or regex matches, in file order (botocore's order). */
    Optional<Partition> partitionOf(String region) {
        for (Partition p : partitions) {
            if (p.regions().containsKey(region)) {
                return Optional.of(p);
            }
        }
        return partitions.stream().filter(p -> p.regionRegex().matcher(region).matches()).findFirst();
    }

    /** Whether any partition lists the endpoint prefix at all. */
    boolean knowsService(String endpointPrefix) {
        return partitions.stream().anyMatch(p -> p.services().has(endpointPrefix));
    }

    /** The service section in a partition, or a missing node. */
    JsonNode service(Partition p, String endpointPrefix) {
        return p.services().path(endpointPrefix);
    }

    /**
     * Whether the service section lists this exact region as a (non-deprecated) endpoint.
     *
     * @param service the service section
     * @param region  a region code
     * @return true when listed
     */
    static boolean listsRegion(JsonNode service, String region) {
        JsonNode e = service.path("endpoints").get(region);
        return e != null && !e.path("deprecated").asBoolean(false);
    }

    /**
     * botocore's legacy resolution for a region.
     *
     * @param endpointPrefix the model's endpoint prefix (the {@code endpoints.json} service key)
     * @param region         the region code
     * @return the endpoint, or empty when no partition matches the region
     */
    Optional<LegacyEndpoint> resolve(String endpointPrefix, String region) {
        for (Partition p : partitions) {
            JsonNode service = p.services().path(endpointPrefix);
            if (service.path("endpoints").has(region)) {
                return Optional.of(build(p, endpointPrefix, service, region, false));
            }
            if (p.matches(region)) {
                String partitionEndpoint = service.path("partitionEndpoint").asText(null);
                boolean regionalized = service.path("isRegionalized").asBoolean(true);
                if (partitionEndpoint != null && !regionalized) {
                    return Optional.of(build(p, endpointPrefix, service, partitionEndpoint, true));
                }
                return Optional.of(build(p, endpointPrefix, service, region, false));
            }
        }
        return Optional.empty();
    }

    private static LegacyEndpoint build(Partition p, String prefix, JsonNode service, String endpointName, boolean global) {
        JsonNode endpoint = service.path("endpoints").path(endpointName);
        JsonNode serviceDefaults = service.path("defaults");
        String hostname = first(endpoint, serviceDefaults, p.defaults(), "hostname");
        String dnsSuffix = endpoint.path("dnsSuffix").asText(p.dnsSuffix());
        if (hostname == null) {
            hostname = "{service}.{region}.{dnsSuffix}";
        }
        hostname = hostname.replace("{service}", prefix).replace("{region}", endpointName).replace("{dnsSuffix}", dnsSuffix);
        String scopeRegion = firstScope(endpoint, serviceDefaults, p.defaults(), "region");
        String scopeService = firstScope(endpoint, serviceDefaults, p.defaults(), "service");
        return new LegacyEndpoint(p.id(), endpointName, hostname, scopeRegion, scopeService, global);
    }

    private static String first(JsonNode a, JsonNode b, JsonNode c, String field) {
        for (JsonNode n : new JsonNode[] {a, b, c}) {
            if (n.hasNonNull(field)) {
                return n.get(field).asText();
            }
        }
        return null;
    }

    /** botocore merges whole keys, so a {@code credentialScope} on the endpoint hides the defaults' one. */
    private static String firstScope(JsonNode a, JsonNode b, JsonNode c, String field) {
        for (JsonNode n : new JsonNode[] {a, b, c}) {
            if (n.has("credentialScope")) {
                JsonNode v = n.get("credentialScope").get(field);
                return v == null ? null : v.asText();
            }
        }
        return null;
    }
}
