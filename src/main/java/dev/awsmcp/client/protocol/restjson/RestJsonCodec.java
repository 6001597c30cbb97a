package dev.awsmcp.client.protocol.restjson;

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
import dev.awsmcp.client.protocol.internal.JsonBodies;
import dev.awsmcp.client.protocol.internal.JsonErrors;
import dev.awsmcp.client.protocol.internal.JsonShapeReader;
import dev.awsmcp.client.protocol.internal.JsonShapeWriter;
import dev.awsmcp.client.protocol.internal.RequestFinishing;
import dev.awsmcp.client.protocol.internal.RequestParts;
import dev.awsmcp.client.protocol.internal.RestRequestSerializer;
import dev.awsmcp.client.protocol.internal.RestResponseParser;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.Shape;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The {@code rest-json} protocol: HTTP bindings from the model, JSON bodies ({@code application/json}). */
public final class RestJsonCodec implements ProtocolCodec {
    private static final JsonShapeReader READER = new JsonShapeReader(true);
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private static final RestRequestSerializer.BodyFormat REQUEST_BODY = new RestRequestSerializer.BodyFormat() {
        @Override
        public byte[] members(Operation operation, Shape input, ObjectNode value, Predicate<Member> isBody) {
            return JsonBodies.write(JsonShapeWriter.structure(input, value, isBody));
        }

        @Override
        public byte[] payload(Operation operation, Member payload, JsonNode value) {
            return JsonBodies.write(JsonShapeWriter.value(payload, value));
        }

        @Override
        public byte[] emptyMembers(Operation operation, Shape input) {
            return EMPTY_OBJECT;
        }

        @Override
        public byte[] emptyPayload(Member payload) {
            // botocore sends {} for an absent structure payload
            return payload.shape().type() == dev.awsmcp.model.ShapeType.STRUCTURE ? EMPTY_OBJECT : new byte[0];
        }

        @Override
        public String contentType() {
            return "application/json";
        }
    };

    private static final RestResponseParser.BodyFormat RESPONSE_BODY = new RestResponseParser.BodyFormat() {
        @Override
        public ObjectNode members(Shape shape, byte[] body) {
            return READER.structure(shape, JsonBodies.read(body));
        }

        @Override
        public JsonNode payload(Member payload, byte[] body) {
            return READER.value(payload, JsonBodies.read(body));
        }
    };

    private final Supplier<String> idempotencyTokens;

    /** @param idempotencyTokens the source of idempotency tokens (random UUIDs in production) */
    public RestJsonCodec(Supplier<String> idempotencyTokens) {
        this.idempotencyTokens = Objects.requireNonNull(idempotencyTokens, "idempotencyTokens");
    }

    @Override
    public String protocol() {
        return "rest-json";
    }

    @Override
    public SerializedRequest serialize(ServiceModel service, Operation operation, ObjectNode input) {
        EventStreams.rejectInputStream(service, operation);
        ObjectNode in = RestJsonCustomizations.prepareInput(service, operation,
                InputPreparation.fillIdempotencyTokens(operation, input, idempotencyTokens));
        RequestParts parts = RestRequestSerializer.serialize(operation, in, REQUEST_BODY);
        parts.hostPrefix(InputPreparation.hostPrefix(operation, in));
        RestJsonCustomizations.finishRequest(service, operation, parts);
        RequestFinishing.finish(operation, in, parts);
        return parts.build();
    }

    @Override
    public ObjectNode deserialize(ServiceModel service, Operation operation, RawResponse response) {
        if (operation.output() == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        ObjectNode out = RestResponseParser.parse(operation.output(), response, RESPONSE_BODY);
        Member stream = EventStreams.outputStreamMember(operation);
        if (stream != null) {
            out.set(stream.name(), EventStreams.events(service, response, stream, EventPayloadFormat.JSON));
        }
        return out;
    }

    @Override
    public ServiceError parseError(ServiceModel service, Operation operation, RawResponse response) {
        JsonNode body = JsonBodies.readLenient(response.body());
        return JsonErrors.parse(service, operation, response, body, true,
                shape -> RestResponseParser.parse(shape, response, errorBody(body)));
    }

    private static RestResponseParser.BodyFormat errorBody(JsonNode parsed) {
        return new RestResponseParser.BodyFormat() {
            @Override
            public ObjectNode members(Shape shape, byte[] body) {
                return READER.structure(shape, parsed);
            }

            @Override
            public JsonNode payload(Member payload, byte[] body) {
                return READER.value(payload, parsed);
            }
        };
    }
}
