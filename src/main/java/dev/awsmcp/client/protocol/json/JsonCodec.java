package dev.awsmcp.client.protocol.json;

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
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@code json} protocol (awsJson 1.0 and 1.1): {@code POST /} with {@code X-Amz-Target: Prefix.Operation},
 * {@code Content-Type: application/x-amz-json-1.x} and the whole input as a JSON object.
 */
public final class JsonCodec implements ProtocolCodec {
    private static final JsonShapeReader READER = new JsonShapeReader(true);
    private final Supplier<String> idempotencyTokens;

    /** @param idempotencyTokens the source of idempotency tokens (random UUIDs in production) */
    public JsonCodec(Supplier<String> idempotencyTokens) {
        this.idempotencyTokens = Objects.requireNonNull(idempotencyTokens, "idempotencyTokens");
    }

    @Override
    public String protocol() {
        return "json";
    }

    @Override
    public SerializedRequest serialize(ServiceModel service, Operation operation, ObjectNode input) {
        EventStreams.rejectInputStream(service, operation);
        ObjectNode in = InputPreparation.fillIdempotencyTokens(operation, input, idempotencyTokens);
        String version = service.metadata().jsonVersion() == null ? "1.0" : service.metadata().jsonVersion();
        String prefix = service.metadata().targetPrefix();
        RequestParts parts = new RequestParts()
                .method(operation.http().method())
                .path("/")
                .addHeader("X-Amz-Target", prefix == null ? operation.name() : prefix + "." + operation.name())
                .addHeader("Content-Type", "application/x-amz-json-" + version);
        if (service.metadata().awsQueryCompatible()) {
            parts.addHeader("x-amzn-query-mode", "true");
        }
        ObjectNode body = operation.input() == null
                ? JsonNodeFactory.instance.objectNode()
                : JsonShapeWriter.structure(operation.input(), in, null);
        parts.body(JsonBodies.write(body));
        parts.hostPrefix(InputPreparation.hostPrefix(operation, in));
        RequestFinishing.finish(operation, in, parts);
        return parts.build();
    }

    @Override
    public ObjectNode deserialize(ServiceModel service, Operation operation, RawResponse response) {
        if (operation.output() == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (EventStreams.hasOutputStream(operation)) {
            return EventStreams.rpcOutput(service, operation, response, EventPayloadFormat.JSON);
        }
        if (response.body().length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        return READER.structure(operation.output(), JsonBodies.read(response.body()));
    }

    @Override
    public ServiceError parseError(ServiceModel service, Operation operation, RawResponse response) {
        JsonNode body = JsonBodies.readLenient(response.body());
        return JsonErrors.parse(service, operation, response, body, false, shape -> READER.structure(shape, body));
    }
}
