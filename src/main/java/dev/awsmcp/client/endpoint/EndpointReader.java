package dev.awsmcp.client.endpoint;

import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.regions.LegacyEndpoint;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;
import software.amazon.smithy.rulesengine.language.evaluation.value.EndpointValue;
import software.amazon.smithy.rulesengine.language.evaluation.value.Value;

/**
 * Turns the rule set's endpoint into a {@link ResolvedEndpoint}: URL, headers and the first usable entry of the
 * {@code authSchemes} property. Without auth schemes it falls back the way botocore does: the auth type from the
 * operation's {@code auth}/{@code authtype} or the service's {@code auth}/{@code signatureVersion}, the signing name
 * from the {@code endpoints.json} credential scope or the model, the signing region from the credential scope (not
 * with a custom endpoint) or the client region.
 */
final class EndpointReader {
    /** Schemes our signer handles without the CRT, in preference order after the rule set's own order. */
    private static final Set<String> KNOWN = Set.of("sigv4", "sigv4a", "sigv4-s3express");

    private EndpointReader() {}

    static ResolvedEndpoint read(EndpointValue value, ServiceModel service, Operation operation, String region,
                                 boolean customEndpoint, Optional<LegacyEndpoint> legacy) {
        URI url;
        try {
            url = URI.create(value.getUrl());
        } catch (IllegalArgumentException e) {
            throw new EndpointException("The endpoint rule set produced an invalid URL '" + value.getUrl() + "'.",
                    "Check the region and --endpoint-url values.");
        }
        Map<String, List<String>> headers = value.getHeaders();
        ObjectNode scheme = pickScheme(value.getProperties().get("authSchemes"));
        if (scheme != null) {
            String name = scheme.getStringMemberOrDefault("name", "sigv4");
            List<String> regionSet = new ArrayList<>();
            scheme.getArrayMember("signingRegionSet").ifPresent(a -> a.forEach(n -> n.asStringNode().ifPresent(s -> regionSet.add(s.getValue()))));
            String signingRegion = scheme.getStringMemberOrDefault("signingRegion",
                    regionSet.isEmpty() ? region : regionSet.get(0));
            String signingName = scheme.getStringMemberOrDefault("signingName", fallbackSigningName(service, legacy));
            boolean noDoubleEncode = scheme.getBooleanMemberOrDefault("disableDoubleEncoding", false);
            // The S3 family marks itself with disableDoubleEncoding; its signers never normalise the path either.
            boolean noNormalize = scheme.getBooleanMemberOrDefault("disableNormalizePath", noDoubleEncode);
            return new ResolvedEndpoint(url, headers, name, signingName, signingRegion, regionSet, noDoubleEncode, noNormalize);
        }
        String signingRegion = region;
        if (!customEndpoint && legacy.isPresent() && legacy.get().signingRegion() != null) {
            signingRegion = legacy.get().signingRegion();
        }
        return new ResolvedEndpoint(url, headers, modelAuthScheme(service, operation), fallbackSigningName(service, legacy),
                signingRegion, List.of(), false, false);
    }

    private static ObjectNode pickScheme(Value authSchemes) {
        if (authSchemes == null) {
            return null;
        }
        Node node = authSchemes.toNode();
        if (!node.isArrayNode()) {
            return null;
        }
        ObjectNode fallback = null;
        for (Node n : node.expectArrayNode()) {
            if (!n.isObjectNode()) {
                continue;
            }
            ObjectNode o = n.expectObjectNode();
            String name = o.getStringMemberOrDefault("name", "");
            if (name.equals("sigv4") || name.equals("sigv4-s3express")) {
                return o;
            }
            // sigv4a needs the CRT signer; like botocore without CRT, prefer a plain sigv4 alternative.
            if (fallback == null && KNOWN.contains(name)) {
                fallback = o;
            }
        }
        return fallback;
    }

    private static String fallbackSigningName(ServiceModel service, Optional<LegacyEndpoint> legacy) {
        if (legacy.isPresent() && legacy.get().signingName() != null) {
            return legacy.get().signingName();
        }
        String name = service.metadata().signingName();
        if (name != null && !name.isEmpty()) {
            return name;
        }
        return service.metadata().endpointPrefix();
    }

    /** botocore's {@code resolved_auth_type}, then the service default. */
    static String modelAuthScheme(ServiceModel service, Operation operation) {
        if (operation != null) {
            String fromTrait = fromAuthTrait(operation.auth());
            if (fromTrait != null) {
                return fromTrait;
            }
            String legacy = fromAuthType(operation.authType());
            if (legacy != null) {
                return legacy;
            }
        }
        String fromService = fromAuthTrait(service.metadata().auth());
        if (fromService != null) {
            return fromService;
        }
        String sig = service.metadata().signatureVersion();
        if ("bearer".equals(sig)) {
            return "bearer";
        }
        return "v4a".equals(sig) ? "sigv4a" : "sigv4";
    }

    private static String fromAuthTrait(List<String> auth) {
        String sigv4a = null;
        for (String a : auth) {
            switch (a) {
                case "smithy.api#noAuth":
                    return "none";
                case "aws.auth#sigv4":
                    return "sigv4";
                case "smithy.api#httpBearerAuth":
                    return "bearer";
                case "aws.auth#sigv4a":
                    sigv4a = sigv4a == null ? "sigv4a" : sigv4a;
                    break;
                default:
                    break;
            }
        }
        return sigv4a;
    }

    private static String fromAuthType(String authType) {
        if (authType == null) {
            return null;
        }
        switch (authType) {
            case "none":
                return "none";
            case "bearer":
                return "bearer";
            case "v4a":
                return "sigv4a";
            default:
                return authType.startsWith("v4") ? "sigv4" : null;
        }
    }
}
