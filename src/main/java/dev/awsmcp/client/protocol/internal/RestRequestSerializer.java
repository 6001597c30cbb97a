package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolException;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP-binding half of the REST protocols ({@code rest-json}, {@code rest-xml}), ported from botocore's
 * {@code BaseRestSerializer}: URI labels (greedy too), query strings (lists, maps, the template's literal query),
 * headers (lists, timestamps, {@code jsonvalue}), prefix headers and the payload member. The body format comes from
 * a {@link BodyFormat}.
 */
public final class RestRequestSerializer {
    private static final Pattern LABEL = Pattern.compile("\\{([^}]+)}");

    /** The body half of a REST protocol. */
    public interface BodyFormat {
        /** The body for the unbound members of the input (never called with none present). */
        byte[] members(Operation operation, Shape input, ObjectNode value, Predicate<Member> isBody);

        /** The body for a structure, union, list, map or document payload member. */
        byte[] payload(Operation operation, Member payload, JsonNode value);

        /** The body when the input has body members but none were given (rest-json: {@code {}}); may be empty. */
        byte[] emptyMembers(Operation operation, Shape input);

        /** The body when a structured payload member is absent; may be empty. */
        byte[] emptyPayload(Member payload);

        /** The Content-Type of structured bodies, e.g. {@code application/json}. */
        String contentType();
    }

    private RestRequestSerializer() {}

    /**
     * Serializes the HTTP binding and body of a REST request.
     *
     * @param operation the operation
     * @param input     the input (idempotency tokens already filled)
     * @param body      the protocol's body format
     * @return the request parts (no checksums, compression or Content-Length yet)
     */
    public static RequestParts serialize(Operation operation, ObjectNode input, BodyFormat body) {
        RequestParts parts = new RequestParts().method(operation.http().method());
        Shape shape = operation.input();
        String requestUri = operation.http().requestUri();
        String pathTemplate = requestUri;
        String literalQuery = null;
        int q = requestUri.indexOf('?');
        if (q >= 0) {
            pathTemplate = requestUri.substring(0, q);
            literalQuery = requestUri.substring(q + 1);
        }
        Map<String, String> labels = new HashMap<>();
        ObjectNode bodyMembers = null;
        Map<String, JsonNode> queryMaps = new LinkedHashMap<>();
        Map<Member, JsonNode> prefixHeaders = new LinkedHashMap<>();
        if (shape != null) {
            for (Map.Entry<String, JsonNode> e : input.properties()) {
                Member m = shape.member(e.getKey());
                if (m == null) {
                    throw JsonShapeWriter.unknownMember(shape, e.getKey());
                }
                JsonNode v = e.getValue();
                if (v == null || v.isNull()) {
                    continue;
                }
                String location = m.location();
                if ("uri".equals(location)) {
                    labels.put(m.wireName(), uriValue(m, v, m.name()));
                } else if ("querystring".equals(location)) {
                    if (m.shape().type() == ShapeType.MAP) {
                        queryMaps.put(m.name(), v);
                    } else if (m.shape().type() == ShapeType.LIST) {
                        for (JsonNode item : v) {
                            parts.addQuery(PercentEncoding.encode(m.wireName()),
                                    PercentEncoding.encode(uriValue(m.shape().listMember(), item, m.name())));
                        }
                    } else {
                        parts.addQuery(PercentEncoding.encode(m.wireName()), PercentEncoding.encode(uriValue(m, v, m.name())));
                    }
                } else if ("header".equals(location)) {
                    // an empty list is sent as an empty header (Smithy's rule; botocore leaves it out)
                    parts.addHeader(m.wireName(), HeaderValues.serialize(m, v));
                } else if ("headers".equals(location)) {
                    prefixHeaders.put(m, v);
                } else if (location == null && !m.name().equals(shape.payload())) {
                    if (bodyMembers == null) {
                        bodyMembers = input.objectNode();
                    }
                    bodyMembers.set(m.name(), v);
                }
            }
            // a modelled header wins over a prefix-header map entry of the same name
            for (Map.Entry<Member, JsonNode> e : prefixHeaders.entrySet()) {
                Member m = e.getKey();
                String prefix = m.locationName() == null ? "" : m.locationName();
                e.getValue().properties().forEach(h -> {
                    String name = prefix + h.getKey();
                    if (!h.getValue().isNull() && parts.header(name) == null) {
                        parts.addHeader(name, HeaderValues.serialize(m.shape().mapValue(), h.getValue()));
                    }
                });
            }
            // httpQueryParams maps never override a modelled query member of the same name
            for (Map.Entry<String, JsonNode> e : queryMaps.entrySet()) {
                Member m = shape.member(e.getKey());
                Set<String> explicit = new HashSet<>();
                parts.query().forEach(p -> explicit.add(p.getKey()));
                e.getValue().properties().forEach(kv -> {
                    String key = PercentEncoding.encode(kv.getKey());
                    if (explicit.contains(key)) {
                        return;
                    }
                    Member valueMember = m.shape().mapValue();
                    if (kv.getValue().isArray()) {
                        for (JsonNode item : kv.getValue()) {
                            parts.addQuery(key, PercentEncoding.encode(uriValue(valueMember.shape().listMember(), item, m.name())));
                        }
                    } else if (!kv.getValue().isNull()) {
                        parts.addQuery(key, PercentEncoding.encode(uriValue(valueMember, kv.getValue(), m.name())));
                    }
                });
            }
        }
        parts.path(renderPath(pathTemplate, labels));
        if (literalQuery != null && !literalQuery.isEmpty()) {
            addLiteralQuery(parts, literalQuery);
        }
        if (shape != null) {
            writeBody(operation, shape, input, bodyMembers, body, parts);
        }
        return parts;
    }

    private static void addLiteralQuery(RequestParts parts, String literal) {
        List<Map.Entry<String, String>> modelled = new ArrayList<>(parts.query());
        parts.query().clear();
        for (String pair : literal.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            parts.addQuery(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? null : pair.substring(eq + 1));
        }
        Set<String> literalKeys = new HashSet<>();
        parts.query().forEach(p -> literalKeys.add(p.getKey()));
        for (Map.Entry<String, String> e : modelled) {
            if (!literalKeys.contains(e.getKey())) {
                parts.query().add(e);
            }
        }
    }

    private static void writeBody(Operation operation, Shape shape, ObjectNode input, ObjectNode bodyMembers,
                                  BodyFormat body, RequestParts parts) {
        String payloadName = shape.payload();
        if (payloadName != null) {
            Member payload = shape.member(payloadName);
            JsonNode v = input.get(payloadName);
            ShapeType t = payload.shape().type();
            if (t == ShapeType.BLOB || t == ShapeType.STRING) {
                if (v != null && !v.isNull()) {
                    parts.body(t == ShapeType.BLOB ? InputValues.blob(v) : v.asText().getBytes(StandardCharsets.UTF_8));
                    if (parts.header("Content-Type") == null) {
                        parts.addHeader("Content-Type", t == ShapeType.BLOB ? "application/octet-stream" : "text/plain");
                    }
                }
                return;
            }
            byte[] bytes = v == null || v.isNull() ? body.emptyPayload(payload) : body.payload(operation, payload, v);
            setStructuredBody(parts, bytes, body);
            return;
        }
        if (bodyMembers != null) {
            setStructuredBody(parts, body.members(operation, shape, bodyMembers, RestRequestSerializer::isBodyMember), body);
        } else if (shape.members().values().stream().anyMatch(RestRequestSerializer::isBodyMember)) {
            setStructuredBody(parts, body.emptyMembers(operation, shape), body);
        }
    }

    private static void setStructuredBody(RequestParts parts, byte[] bytes, BodyFormat body) {
        parts.body(bytes);
        if (bytes.length > 0 && parts.header("Content-Type") == null) {
            parts.addHeader("Content-Type", body.contentType());
        }
    }

    /** Whether a member goes in the body (no HTTP location). */
    public static boolean isBodyMember(Member m) {
        return m.location() == null;
    }

    private static String renderPath(String template, Map<String, String> labels) {
        Matcher m = LABEL.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = m.group(1);
            boolean greedy = label.endsWith("+");
            String name = greedy ? label.substring(0, label.length() - 1) : label;
            String value = labels.get(name);
            if (value == null) {
                throw ProtocolException.invalidParameter("Parameter " + name + " is required: it is part of the request path.",
                        "Give a value for " + name + ".");
            }
            if (value.isEmpty()) {
                throw ProtocolException.invalidParameter("Parameter " + name + " must not be empty: it is part of the request path.",
                        "Give a non-empty value for " + name + ".");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(PercentEncoding.encode(value, greedy)));
        }
        m.appendTail(out);
        return out.length() == 0 ? "/" : out.toString();
    }

    /** A label or query value's text: timestamps ISO-8601 unless the model says otherwise. */
    private static String uriValue(Member m, JsonNode v, String name) {
        switch (m.shape().type()) {
            case TIMESTAMP: {
                String format = m.effectiveTimestampFormat();
                return Timestamps.format(InputValues.timestamp(v, name), format == null ? Timestamps.ISO8601 : format);
            }
            case BOOLEAN:
                return Boolean.toString(InputValues.bool(v));
            case INTEGER:
            case LONG:
            case FLOAT:
            case DOUBLE:
                return InputValues.numberText(v);
            case BLOB:
                return InputValues.base64(v);
            default:
                return v.asText();
        }
    }
}
