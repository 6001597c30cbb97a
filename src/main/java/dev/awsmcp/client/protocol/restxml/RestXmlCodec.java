package dev.awsmcp.client.protocol.restxml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.SerializedRequest;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.client.protocol.internal.EventPayloadFormat;
import dev.awsmcp.client.protocol.internal.EventStreams;
import dev.awsmcp.client.protocol.internal.InputPreparation;
import dev.awsmcp.client.protocol.internal.RequestFinishing;
import dev.awsmcp.client.protocol.internal.RequestParts;
import dev.awsmcp.client.protocol.internal.RestRequestSerializer;
import dev.awsmcp.client.protocol.internal.RestResponseParser;
import dev.awsmcp.client.protocol.internal.XmlErrors;
import dev.awsmcp.client.protocol.internal.XmlParsing;
import dev.awsmcp.client.protocol.internal.XmlShapeReader;
import dev.awsmcp.client.protocol.internal.XmlShapeWriter;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.XmlNamespace;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The {@code rest-xml} protocol: HTTP bindings from the model, XML bodies ({@code application/xml}), plus the S3
 * behaviour the model does not state (see {@link S3Requests} and {@link S3Responses}).
 */
public final class RestXmlCodec implements ProtocolCodec {
    private static final RestRequestSerializer.BodyFormat REQUEST_BODY = new RestRequestSerializer.BodyFormat() {
        @Override
        public byte[] members(Operation operation, Shape input, ObjectNode value, Predicate<Member> isBody) {
            String root = operation.inputLocationName() != null ? operation.inputLocationName()
                    : input.locationName() != null ? input.locationName() : input.name();
            XmlNamespace ns = operation.inputXmlNamespace() != null ? operation.inputXmlNamespace() : input.xmlNamespace();
            return XmlShapeWriter.document(root, ns, input, value, isBody);
        }

        @Override
        public byte[] payload(Operation operation, Member payload, JsonNode value) {
            Shape target = payload.shape();
            String root = payload.locationName() != null ? payload.locationName()
                    : target.locationName() != null ? target.locationName() : target.name();
            XmlNamespace ns = payload.xmlNamespace() != null ? payload.xmlNamespace() : target.xmlNamespace();
            return XmlShapeWriter.document(payload, root, ns, value);
        }

        @Override
        public byte[] emptyMembers(Operation operation, Shape input) {
            return new byte[0];
        }

        @Override
        public byte[] emptyPayload(Member payload) {
            return new byte[0];
        }

        @Override
        public String contentType() {
            return "application/xml";
        }
    };

    private static final RestResponseParser.BodyFormat RESPONSE_BODY = new RestResponseParser.BodyFormat() {
        @Override
        public ObjectNode members(Shape shape, byte[] body) {
            return XmlShapeReader.structure(shape, XmlParsing.parse(body));
        }

        @Override
        public JsonNode payload(Member payload, byte[] body) {
            return XmlShapeReader.value(payload, List.of(XmlParsing.parse(body)));
        }
    };

    private final Supplier<String> idempotencyTokens;

    /** @param idempotencyTokens the source of idempotency tokens (random UUIDs in production) */
    public RestXmlCodec(Supplier<String> idempotencyTokens) {
        this.idempotencyTokens = Objects.requireNonNull(idempotencyTokens, "idempotencyTokens");
    }

    @Override
    public String protocol() {
        return "rest-xml";
    }

    @Override
    public SerializedRequest serialize(ServiceModel service, Operation operation, ObjectNode input) {
        EventStreams.rejectInputStream(service, operation);
        ObjectNode in = InputPreparation.fillIdempotencyTokens(operation, input, idempotencyTokens);
        boolean s3 = S3Responses.isS3(service);
        in = s3 ? S3Requests.prepareInput(operation, in) : Route53Ids.prepareInput(service, operation, in);
        RequestParts parts = RestRequestSerializer.serialize(operation, in, REQUEST_BODY);
        if (!S3Requests.dropsHostPrefix(service, operation)) {
            parts.hostPrefix(InputPreparation.hostPrefix(operation, in));
        }
        if (s3) {
            S3Requests.finishRequest(operation, in, parts);
        }
        RequestFinishing.finish(operation, in, parts);
        return parts.build();
    }

    @Override
    public ObjectNode deserialize(ServiceModel service, Operation operation, RawResponse response) {
        return deserialize(service, operation, response, null);
    }

    @Override
    public ObjectNode deserialize(ServiceModel service, Operation operation, RawResponse response, ObjectNode input) {
        boolean s3 = S3Responses.isS3(service);
        if (s3) {
            S3Responses.throwIfErrorIn200(service, operation, response, this);
            if (operation.name().equals("GetBucketLocation")) {
                return S3Responses.bucketLocation(response);
            }
        }
        if (operation.output() == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        RawResponse r = s3 ? S3Responses.withoutBadExpires(operation, response) : response;
        ObjectNode out = RestResponseParser.parse(operation.output(), r, RESPONSE_BODY);
        Member stream = EventStreams.outputStreamMember(operation);
        if (stream != null) {
            out.set(stream.name(), EventStreams.events(service, response, stream, EventPayloadFormat.XML));
        }
        if (s3) {
            S3Responses.addExpiresString(operation, response, out);
            if (input == null || !input.hasNonNull("EncodingType")) {
                // the request side set EncodingType=url; a caller who asked for it gets the keys as S3 sent them
                S3Responses.decodeListingKeys(operation, out);
            }
        }
        return out;
    }

    @Override
    public ServiceError parseError(ServiceModel service, Operation operation, RawResponse response) {
        return XmlErrors.parse(service, operation, response, (shape, error) -> {
            ObjectNode members = RestResponseParser.parse(shape, new RawResponse(response.status(), response.headers(),
                    new byte[0]), RESPONSE_BODY);
            members.setAll(XmlShapeReader.structure(shape, error));
            return members;
        });
    }
}
