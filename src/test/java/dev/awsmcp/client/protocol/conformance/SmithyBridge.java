package dev.awsmcp.client.protocol.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.smithy.aws.traits.HttpChecksumTrait;
import software.amazon.smithy.aws.traits.protocols.AwsQueryCompatibleTrait;
import software.amazon.smithy.aws.traits.protocols.AwsQueryErrorTrait;
import software.amazon.smithy.aws.traits.protocols.Ec2QueryNameTrait;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.neighbor.Walker;
import software.amazon.smithy.model.shapes.CollectionShape;
import software.amazon.smithy.model.shapes.EnumShape;
import software.amazon.smithy.model.shapes.MapShape;
import software.amazon.smithy.model.shapes.MemberShape;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.model.shapes.ShapeId;
import software.amazon.smithy.model.shapes.ShapeType;
import software.amazon.smithy.model.traits.EndpointTrait;
import software.amazon.smithy.model.traits.EnumTrait;
import software.amazon.smithy.model.traits.ErrorTrait;
import software.amazon.smithy.model.traits.EventHeaderTrait;
import software.amazon.smithy.model.traits.EventPayloadTrait;
import software.amazon.smithy.model.traits.HostLabelTrait;
import software.amazon.smithy.model.traits.HttpChecksumRequiredTrait;
import software.amazon.smithy.model.traits.HttpErrorTrait;
import software.amazon.smithy.model.traits.HttpHeaderTrait;
import software.amazon.smithy.model.traits.HttpLabelTrait;
import software.amazon.smithy.model.traits.HttpPayloadTrait;
import software.amazon.smithy.model.traits.HttpPrefixHeadersTrait;
import software.amazon.smithy.model.traits.HttpQueryParamsTrait;
import software.amazon.smithy.model.traits.HttpQueryTrait;
import software.amazon.smithy.model.traits.HttpResponseCodeTrait;
import software.amazon.smithy.model.traits.HttpTrait;
import software.amazon.smithy.model.traits.IdempotencyTokenTrait;
import software.amazon.smithy.model.traits.JsonNameTrait;
import software.amazon.smithy.model.traits.MediaTypeTrait;
import software.amazon.smithy.model.traits.RequestCompressionTrait;
import software.amazon.smithy.model.traits.RequiredTrait;
import software.amazon.smithy.model.traits.RequiresLengthTrait;
import software.amazon.smithy.model.traits.SparseTrait;
import software.amazon.smithy.model.traits.StreamingTrait;
import software.amazon.smithy.model.traits.TimestampFormatTrait;
import software.amazon.smithy.model.traits.XmlAttributeTrait;
import software.amazon.smithy.model.traits.XmlFlattenedTrait;
import software.amazon.smithy.model.traits.XmlNameTrait;
import software.amazon.smithy.model.traits.XmlNamespaceTrait;

/**
 * Converts a Smithy protocol-test service into the botocore {@code service-2.json} form our runtime reads, the way
 * botocore's model generator does: HTTP binding traits become {@code location}/{@code locationName}, {@code xmlName}
 * and {@code jsonName} become {@code locationName}, {@code ec2QueryName} becomes {@code queryName}, and so on.
 */
final class SmithyBridge {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Model model;
    private final ServiceShape service;
    private final WireProtocol protocol;
    private final Map<ShapeId, String> names = new HashMap<>();

    SmithyBridge(Model model, ServiceShape service, WireProtocol protocol) {
        this.model = model;
        this.service = service;
        this.protocol = protocol;
    }

    /** The botocore name of a shape: its simple name, qualified when two namespaces share it. */
    String name(ShapeId id) {
        if (id.equals(ShapeId.from("smithy.api#Unit"))) {
            return "Unit";
        }
        return names.computeIfAbsent(id, k -> k.getName());
    }

    ObjectNode convert() {
        Set<Shape> closure = new Walker(model).walkShapes(service);
        Map<String, ShapeId> seen = new HashMap<>();
        for (Shape s : closure) {
            if (s.isMemberShape() || s.getId().getNamespace().equals("smithy.api")) {
                continue;
            }
            ShapeId other = seen.putIfAbsent(s.getId().getName(), s.getId());
            if (other != null && !other.equals(s.getId())) {
                names.put(s.getId(), s.getId().getName() + "_" + s.getId().getNamespace().replace('.', '_'));
            }
        }
        ObjectNode root = NODES.objectNode();
        root.set("metadata", metadata());
        ObjectNode operations = root.putObject("operations");
        for (OperationShape op : TopDownIndex.of(model).getContainedOperations(service)) {
            operations.set(op.getId().getName(), operation(op));
        }
        ObjectNode shapes = root.putObject("shapes");
        shapes.putObject("Unit").put("type", "structure").putObject("members");
        for (Shape s : closure) {
            if (s.isMemberShape() || s.isServiceShape() || s.isOperationShape() || s.isResourceShape()
                    || s.getId().equals(ShapeId.from("smithy.api#Unit"))) {
                continue;
            }
            shapes.set(name(s.getId()), shape(s));
        }
        return root;
    }

    private ObjectNode metadata() {
        ObjectNode m = NODES.objectNode();
        m.put("apiVersion", service.getVersion());
        m.put("protocol", protocol.botocore);
        m.putArray("protocols").add(protocol.botocore);
        if (protocol.jsonVersion != null) {
            m.put("jsonVersion", protocol.jsonVersion);
        }
        m.put("targetPrefix", service.getId().getName());
        m.put("endpointPrefix", service.getId().getName().toLowerCase(Locale.ROOT));
        m.put("serviceId", service.getTrait(software.amazon.smithy.aws.traits.ServiceTrait.class)
                .map(t -> t.getSdkId()).orElse(service.getId().getName()));
        m.put("uid", service.getId().getName());
        service.getTrait(XmlNamespaceTrait.class).ifPresent(ns -> m.put("xmlNamespace", ns.getUri()));
        if (service.hasTrait(AwsQueryCompatibleTrait.class)) {
            m.putObject("awsQueryCompatible");
        }
        return m;
    }

    private ObjectNode operation(OperationShape op) {
        ObjectNode o = NODES.objectNode();
        o.put("name", op.getId().getName());
        ObjectNode http = o.putObject("http");
        Optional<HttpTrait> httpTrait = protocol.isRest() ? op.getTrait(HttpTrait.class) : Optional.empty();
        http.put("method", httpTrait.map(HttpTrait::getMethod).orElse("POST"));
        http.put("requestUri", httpTrait.map(t -> t.getUri().toString()).orElse("/"));
        httpTrait.ifPresent(t -> http.put("responseCode", t.getCode()));
        ShapeId input = op.getInputShape();
        if (!input.equals(ShapeId.from("smithy.api#Unit"))) {
            ObjectNode ref = o.putObject("input").put("shape", name(input));
            if (protocol == WireProtocol.REST_XML) {
                Shape in = model.expectShape(input);
                ref.put("locationName", in.getTrait(XmlNameTrait.class).map(XmlNameTrait::getValue)
                        .orElse(op.getId().getName() + "Request"));
                Optional<XmlNamespaceTrait> ns = in.getTrait(XmlNamespaceTrait.class);
                if (ns.isEmpty()) {
                    ns = service.getTrait(XmlNamespaceTrait.class);
                }
                ns.ifPresent(n -> ref.set("xmlNamespace", namespace(n)));
            }
        }
        ShapeId output = op.getOutputShape();
        if (!output.equals(ShapeId.from("smithy.api#Unit"))) {
            ObjectNode ref = o.putObject("output").put("shape", name(output));
            if (protocol == WireProtocol.AWS_QUERY) {
                ref.put("resultWrapper", op.getId().getName() + "Result");
            }
        }
        ArrayNode errors = o.putArray("errors");
        for (ShapeId e : op.getErrors(service)) {
            errors.addObject().put("shape", name(e));
        }
        op.getTrait(EndpointTrait.class).ifPresent(t -> o.putObject("endpoint").put("hostPrefix", t.getHostPrefix().toString()));
        if (op.hasTrait(HttpChecksumRequiredTrait.class)) {
            o.put("httpChecksumRequired", true);
        }
        op.getTrait(HttpChecksumTrait.class).ifPresent(t -> {
            ObjectNode c = o.putObject("httpChecksum");
            t.getRequestAlgorithmMember().ifPresent(v -> c.put("requestAlgorithmMember", v));
            if (t.isRequestChecksumRequired()) {
                c.put("requestChecksumRequired", true);
            }
            t.getRequestValidationModeMember().ifPresent(v -> c.put("requestValidationModeMember", v));
            ArrayNode algs = c.putArray("responseAlgorithms");
            t.getResponseAlgorithms().forEach(algs::add);
        });
        op.getTrait(RequestCompressionTrait.class).ifPresent(t -> {
            ArrayNode enc = o.putObject("requestcompression").putArray("encodings");
            t.getEncodings().forEach(enc::add);
        });
        return o;
    }

    private ObjectNode shape(Shape s) {
        ObjectNode o = NODES.objectNode();
        switch (s.getType()) {
            case BLOB:
                o.put("type", "blob");
                break;
            case BOOLEAN:
                o.put("type", "boolean");
                break;
            case STRING:
            case ENUM:
                o.put("type", "string");
                enumValues(s, o);
                break;
            case BYTE:
            case SHORT:
            case INTEGER:
            case INT_ENUM:
                o.put("type", "integer");
                break;
            case LONG:
            case BIG_INTEGER:
                o.put("type", "long");
                break;
            case FLOAT:
                o.put("type", "float");
                break;
            case DOUBLE:
            case BIG_DECIMAL:
                o.put("type", "double");
                break;
            case TIMESTAMP:
                o.put("type", "timestamp");
                break;
            case DOCUMENT:
                o.put("type", "structure");
                o.put("document", true);
                o.putObject("members");
                break;
            case LIST:
            case SET:
                o.put("type", "list");
                o.set("member", memberRef(((CollectionShape) s).getMember(), false));
                break;
            case MAP:
                o.put("type", "map");
                o.set("key", memberRef(((MapShape) s).getKey(), false));
                o.set("value", memberRef(((MapShape) s).getValue(), false));
                break;
            case STRUCTURE:
            case UNION:
                structure(s, o);
                break;
            default:
                throw new IllegalArgumentException("cannot bridge " + s.getType() + " " + s.getId());
        }
        s.getTrait(TimestampFormatTrait.class).ifPresent(t -> o.put("timestampFormat", timestampFormat(t)));
        if (protocol.isXml()) {
            // Smithy honours a structure's xmlNamespace only at the document root, which the operation and
            // payload references already carry; nested structures ignore it
            s.getTrait(XmlNameTrait.class).ifPresent(t -> o.put("locationName", t.getValue()));
        }
        if (s.hasTrait(StreamingTrait.class)) {
            o.put(s.getType() == ShapeType.UNION ? "eventstream" : "streaming", true);
        }
        if (s.hasTrait(RequiresLengthTrait.class)) {
            o.put("requiresLength", true);
        }
        if (s.hasTrait(SparseTrait.class)) {
            o.put("sparse", true);
        }
        return o;
    }

    private static void enumValues(Shape s, ObjectNode o) {
        List<String> values = null;
        if (s instanceof EnumShape) {
            values = List.copyOf(((EnumShape) s).getEnumValues().values());
        } else if (s.hasTrait(EnumTrait.class)) {
            values = s.expectTrait(EnumTrait.class).getEnumDefinitionValues();
        }
        if (values != null) {
            ArrayNode a = o.putArray("enum");
            values.forEach(a::add);
        }
    }

    private void structure(Shape s, ObjectNode o) {
        o.put("type", "structure");
        if (s.getType() == ShapeType.UNION) {
            o.put("union", true);
        }
        ObjectNode members = o.putObject("members");
        ArrayNode required = NODES.arrayNode();
        for (MemberShape m : s.members()) {
            members.set(m.getMemberName(), memberRef(m, true));
            if (m.hasTrait(RequiredTrait.class)) {
                required.add(m.getMemberName());
            }
            if (protocol.isRest() && m.hasTrait(HttpPayloadTrait.class)) {
                o.put("payload", m.getMemberName());
            }
            if (m.hasTrait(EventPayloadTrait.class) || m.hasTrait(EventHeaderTrait.class)) {
                o.put("event", true);
            }
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        s.getTrait(ErrorTrait.class).ifPresent(e -> {
            o.put("exception", true);
            if (e.isServerError()) {
                o.put("fault", true);
            }
            ObjectNode err = o.putObject("error");
            Optional<AwsQueryErrorTrait> queryError = s.getTrait(AwsQueryErrorTrait.class);
            boolean queryCodes = protocol == WireProtocol.AWS_QUERY || protocol == WireProtocol.EC2_QUERY;
            err.put("code", queryCodes && queryError.isPresent() ? queryError.get().getCode() : s.getId().getName());
            int status = s.getTrait(HttpErrorTrait.class).map(HttpErrorTrait::getCode)
                    .orElse(e.isClientError() ? 400 : 500);
            if (queryCodes && queryError.isPresent()) {
                status = queryError.get().getHttpResponseCode();
            }
            err.put("httpStatusCode", status);
            if (e.isClientError()) {
                err.put("senderFault", true);
            }
        });
        // events of an event stream are structures targeted by a streaming union
        for (Shape parent : model.getShapesWithTrait(StreamingTrait.class)) {
            if (parent.getType() == ShapeType.UNION) {
                for (MemberShape m : parent.members()) {
                    if (m.getTarget().equals(s.getId())) {
                        o.put("event", true);
                    }
                }
            }
        }
    }

    private ObjectNode memberRef(MemberShape m, boolean structureMember) {
        Shape target = model.expectShape(m.getTarget());
        ObjectNode ref = NODES.objectNode().put("shape", name(target.getId()));
        if (protocol.isRest()) {
            httpBindings(m, target, ref);
        }
        if (protocol == WireProtocol.REST_JSON) {
            m.getTrait(JsonNameTrait.class).ifPresent(t -> ref.put("locationName", t.getValue()));
        }
        if (protocol.isXml()) {
            m.getTrait(XmlNameTrait.class).ifPresent(t -> ref.put("locationName", t.getValue()));
            if (m.hasTrait(XmlAttributeTrait.class)) {
                ref.put("xmlAttribute", true);
                if (!ref.has("locationName")) {
                    ref.put("locationName", m.getMemberName());
                }
            }
            if (m.hasTrait(XmlFlattenedTrait.class)) {
                ref.put("flattened", true);
                // Smithy names flattened items after the structure member, never the list member: say so explicitly
                if (!ref.has("locationName")) {
                    ref.put("locationName", m.getMemberName());
                }
            }
            m.getTrait(XmlNamespaceTrait.class).ifPresent(t -> ref.set("xmlNamespace", namespace(t)));
        }
        if (protocol == WireProtocol.EC2_QUERY && structureMember) {
            String queryName = m.getTrait(Ec2QueryNameTrait.class).map(Ec2QueryNameTrait::getValue)
                    .orElseGet(() -> capitalize(m.getTrait(XmlNameTrait.class).map(XmlNameTrait::getValue)
                            .orElse(m.getMemberName())));
            ref.put("queryName", queryName);
        }
        m.getTrait(TimestampFormatTrait.class).ifPresent(t -> ref.put("timestampFormat", timestampFormat(t)));
        if (m.hasTrait(IdempotencyTokenTrait.class)) {
            ref.put("idempotencyToken", true);
        }
        if (m.hasTrait(HostLabelTrait.class)) {
            ref.put("hostLabel", true);
        }
        if (m.hasTrait(EventHeaderTrait.class)) {
            ref.put("eventheader", true);
        }
        if (m.hasTrait(EventPayloadTrait.class)) {
            ref.put("eventpayload", true);
        }
        return ref;
    }

    private void httpBindings(MemberShape m, Shape target, ObjectNode ref) {
        if (m.hasTrait(HttpLabelTrait.class)) {
            ref.put("location", "uri").put("locationName", m.getMemberName());
        } else if (m.hasTrait(HttpQueryTrait.class)) {
            ref.put("location", "querystring").put("locationName", m.expectTrait(HttpQueryTrait.class).getValue());
        } else if (m.hasTrait(HttpQueryParamsTrait.class)) {
            ref.put("location", "querystring");
        } else if (m.hasTrait(HttpHeaderTrait.class)) {
            ref.put("location", "header").put("locationName", m.expectTrait(HttpHeaderTrait.class).getValue());
            if (target.isStringShape() && target.hasTrait(MediaTypeTrait.class)
                    && target.expectTrait(MediaTypeTrait.class).getValue().contains("json")) {
                ref.put("jsonvalue", true);
            }
        } else if (m.hasTrait(HttpPrefixHeadersTrait.class)) {
            ref.put("location", "headers").put("locationName", m.expectTrait(HttpPrefixHeadersTrait.class).getValue());
        } else if (m.hasTrait(HttpResponseCodeTrait.class)) {
            ref.put("location", "statusCode");
        } else if (m.hasTrait(HttpPayloadTrait.class) && protocol == WireProtocol.REST_XML
                && (target.isStructureShape() || target.isUnionShape())) {
            // the root element of a structure payload: the member's xmlName, else the target's, else its name
            ref.put("locationName", m.getTrait(XmlNameTrait.class).map(XmlNameTrait::getValue)
                    .orElseGet(() -> target.getTrait(XmlNameTrait.class).map(XmlNameTrait::getValue)
                            .orElse(target.getId().getName())));
            Optional<XmlNamespaceTrait> ns = m.getTrait(XmlNamespaceTrait.class)
                    .or(() -> target.getTrait(XmlNamespaceTrait.class))
                    .or(() -> service.getTrait(XmlNamespaceTrait.class));
            ns.ifPresent(n -> ref.set("xmlNamespace", namespace(n)));
        }
    }

    private static ObjectNode namespace(XmlNamespaceTrait t) {
        ObjectNode ns = NODES.objectNode().put("uri", t.getUri());
        t.getPrefix().ifPresent(p -> ns.put("prefix", p));
        return ns;
    }

    private static String timestampFormat(TimestampFormatTrait t) {
        switch (t.getValue()) {
            case TimestampFormatTrait.HTTP_DATE:
                return "rfc822";
            case TimestampFormatTrait.EPOCH_SECONDS:
                return "unixTimestamp";
            default:
                return "iso8601";
        }
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Shapes whose names were qualified to avoid a clash (for diagnostics). */
    Set<ShapeId> renamed() {
        Set<ShapeId> out = new HashSet<>();
        names.forEach((id, n) -> {
            if (!n.equals(id.getName())) {
                out.add(id);
            }
        });
        return out;
    }
}
