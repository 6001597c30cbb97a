package dev.awsmcp.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns a botocore {@code service-2.json} tree into a {@link ServiceModel}. */
final class ModelParser {
    private ModelParser() {}

    static ServiceModel parse(ServiceSummary summary, JsonNode root, ServiceModel.SideFiles sideFiles) {
        ServiceMetadata metadata = metadata(root.path("metadata"));
        Map<String, Shape> shapes = new HashMap<>();
        // Members resolve their targets through this map, so it must be the one the model keeps.
        Map<String, Shape> shapeView = java.util.Collections.unmodifiableMap(shapes);
        root.path("shapes").fields().forEachRemaining(e -> shapes.put(e.getKey(), shape(e.getKey(), e.getValue(), shapeView)));

        Map<String, Operation> operations = new TreeMap<>();
        Map<String, Operation> byCli = new TreeMap<>();
        root.path("operations").fields().forEachRemaining(e -> {
            Operation op = operation(e.getKey(), e.getValue(), shapes);
            operations.put(op.name(), op);
            byCli.put(op.cliName(), op);
        });
        return new ServiceModel(summary, metadata, text(root, "documentation"),
                java.util.Collections.unmodifiableMap(operations), java.util.Collections.unmodifiableMap(byCli),
                shapeView, sideFiles);
    }

    private static ServiceMetadata metadata(JsonNode m) {
        String protocol = text(m, "protocol");
        List<String> protocols = strings(m.path("protocols"));
        if (protocols.isEmpty() && protocol != null) {
            protocols = List.of(protocol);
        }
        String endpointPrefix = text(m, "endpointPrefix");
        String signingName = text(m, "signingName");
        Map<String, String> settings = new LinkedHashMap<>();
        m.path("protocolSettings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
        return new ServiceMetadata(
                text(m, "apiVersion"), protocol, protocols, text(m, "jsonVersion"), text(m, "targetPrefix"),
                endpointPrefix, signingName != null ? signingName : endpointPrefix, text(m, "signatureVersion"),
                text(m, "serviceId"), text(m, "serviceFullName"), text(m, "serviceAbbreviation"),
                text(m, "xmlNamespace"), text(m, "globalEndpoint"), m.has("awsQueryCompatible"), text(m, "uid"),
                strings(m.path("auth")), settings);
    }

    /**
     * Parses a map of botocore shape definitions that belongs to no service model (the argument shapes of a CLI
     * customization, see {@link SchemaShapes}).
     *
     * @param definitions shape name to botocore shape definition
     * @return the shapes by name; members resolve their targets in it
     */
    static Map<String, Shape> shapes(JsonNode definitions) {
        Map<String, Shape> shapes = new HashMap<>();
        Map<String, Shape> shapeView = java.util.Collections.unmodifiableMap(shapes);
        definitions.fields().forEachRemaining(e -> shapes.put(e.getKey(), shape(e.getKey(), e.getValue(), shapeView)));
        return shapeView;
    }

    private static Shape shape(String name, JsonNode s, Map<String, Shape> shapes) {
        Shape.Builder b = new Shape.Builder();
        b.name = name;
        b.type = ShapeType.fromBotocore(s.path("type").asText(), s.path("union").asBoolean(), s.path("document").asBoolean());
        if (s.has("members")) {
            Set<String> required = new HashSet<>(strings(s.path("required")));
            Map<String, Member> members = new LinkedHashMap<>();
            s.path("members").fields().forEachRemaining(e ->
                    members.put(e.getKey(), member(e.getKey(), e.getValue(), required.contains(e.getKey()), shapes)));
            b.members = members;
        }
        if (s.has("member")) {
            b.listMember = member("member", s.get("member"), false, shapes);
        }
        if (s.has("key")) {
            b.mapKey = member("key", s.get("key"), false, shapes);
            b.mapValue = member("value", s.get("value"), false, shapes);
        }
        b.enumValues = s.has("enum") ? strings(s.get("enum")) : null;
        b.min = s.has("min") ? s.get("min").asDouble() : null;
        b.max = s.has("max") ? s.get("max").asDouble() : null;
        b.pattern = text(s, "pattern");
        b.sensitive = s.path("sensitive").asBoolean();
        b.timestampFormat = text(s, "timestampFormat");
        b.xmlNamespace = xmlNamespace(s.get("xmlNamespace"));
        b.flattened = s.path("flattened").asBoolean();
        b.locationName = text(s, "locationName");
        b.payload = text(s, "payload");
        b.streaming = s.path("streaming").asBoolean();
        b.requiresLength = s.path("requiresLength").asBoolean();
        b.eventStream = s.path("eventstream").asBoolean();
        b.event = s.path("event").asBoolean();
        b.exception = s.path("exception").asBoolean();
        b.fault = s.path("fault").asBoolean();
        if (s.has("error")) {
            JsonNode e = s.get("error");
            b.error = new ErrorTrait(text(e, "code"), e.path("httpStatusCode").asInt(0), e.path("senderFault").asBoolean());
        }
        b.wrapper = s.path("wrapper").asBoolean();
        b.sparse = s.path("sparse").asBoolean();
        b.deprecated = s.path("deprecated").asBoolean();
        b.documentation = text(s, "documentation");
        return b.build();
    }

    private static Member member(String name, JsonNode m, boolean required, Map<String, Shape> shapes) {
        Member.Builder b = new Member.Builder();
        b.name = name;
        b.targetName = m.path("shape").asText();
        b.shapes = shapes;
        b.required = required;
        b.location = text(m, "location");
        b.locationName = text(m, "locationName");
        b.queryName = text(m, "queryName");
        b.xmlNamespace = xmlNamespace(m.get("xmlNamespace"));
        b.xmlAttribute = m.path("xmlAttribute").asBoolean();
        b.flattened = m.path("flattened").asBoolean();
        b.jsonValue = m.path("jsonvalue").asBoolean();
        b.idempotencyToken = m.path("idempotencyToken").asBoolean();
        b.hostLabel = m.path("hostLabel").asBoolean();
        b.contextParam = m.has("contextParam") ? text(m.get("contextParam"), "name") : null;
        b.eventPayload = m.path("eventpayload").asBoolean();
        b.eventHeader = m.path("eventheader").asBoolean();
        b.timestampFormat = text(m, "timestampFormat");
        b.streaming = m.path("streaming").asBoolean();
        b.deprecated = m.path("deprecated").asBoolean();
        b.documentation = text(m, "documentation");
        return b.build();
    }

    private static Operation operation(String name, JsonNode o, Map<String, Shape> shapes) {
        JsonNode http = o.path("http");
        HttpBinding binding = new HttpBinding(http.path("method").asText("POST"), http.path("requestUri").asText("/"),
                http.path("responseCode").asInt(200));
        List<String> errors = new ArrayList<>();
        o.path("errors").forEach(e -> errors.add(e.path("shape").asText()));
        HttpChecksum checksum = null;
        if (o.has("httpChecksum")) {
            JsonNode c = o.get("httpChecksum");
            checksum = new HttpChecksum(c.path("requestChecksumRequired").asBoolean(), text(c, "requestAlgorithmMember"),
                    text(c, "requestValidationModeMember"), strings(c.path("responseAlgorithms")));
        }
        Map<String, JsonNode> staticParams = new LinkedHashMap<>();
        o.path("staticContextParams").fields().forEachRemaining(e -> staticParams.put(e.getKey(), e.getValue().path("value")));
        Map<String, String> opParams = new LinkedHashMap<>();
        o.path("operationContextParams").fields().forEachRemaining(e -> opParams.put(e.getKey(), e.getValue().path("path").asText()));
        return new Operation(
                name, CliNames.toCli(name), binding,
                shapeRef(o.get("input"), shapes), shapeRef(o.get("output"), shapes), errors,
                text(o, "documentation"), o.path("deprecated").asBoolean(), o.path("readonly").asBoolean(),
                o.path("idempotent").asBoolean(), o.has("endpoint") ? text(o.get("endpoint"), "hostPrefix") : null,
                text(o, "authtype"), strings(o.path("auth")), o.path("unsignedPayload").asBoolean(),
                o.path("httpChecksumRequired").asBoolean(), checksum, staticParams, opParams,
                strings(o.path("requestcompression").path("encodings")), o.has("endpointdiscovery"),
                text(o.path("input"), "locationName"), xmlNamespace(o.path("input").get("xmlNamespace")),
                text(o.path("output"), "resultWrapper"));
    }

    private static Shape shapeRef(JsonNode ref, Map<String, Shape> shapes) {
        if (ref == null || !ref.has("shape")) {
            return null;
        }
        return shapes.get(ref.get("shape").asText());
    }

    private static XmlNamespace xmlNamespace(JsonNode ns) {
        if (ns == null || ns.isNull()) {
            return null;
        }
        if (ns.isTextual()) {
            return new XmlNamespace(ns.asText(), null);
        }
        return new XmlNamespace(text(ns, "uri"), text(ns, "prefix"));
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
