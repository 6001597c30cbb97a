package dev.awsmcp.client.protocol.rpcv2cbor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.SerializedRequest;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.client.protocol.internal.CborBodies;
import dev.awsmcp.client.protocol.internal.EventPayloadFormat;
import dev.awsmcp.client.protocol.internal.EventStreams;
import dev.awsmcp.client.protocol.internal.InputPreparation;
import dev.awsmcp.client.protocol.internal.JsonErrors;
import dev.awsmcp.client.protocol.internal.JsonShapeReader;
import dev.awsmcp.client.protocol.internal.RequestFinishing;
import dev.awsmcp.client.protocol.internal.RequestParts;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@code smithy-rpc-v2-cbor} protocol: {@code POST /service/{Service}/operation/{Operation}} with
 * {@code smithy-protocol: rpc-v2-cbor} and CBOR bodies keyed by member names.
 */
public final class RpcV2CborCodec implements ProtocolCodec {
    private static final JsonShapeReader READER = new JsonShapeReader(true);
    private final Supplier<String> idempotencyTokens;

    /** @param idempotencyTokens the source of idempotency tokens (random UUIDs in production) */
    public RpcV2CborCodec(Supplier<String> idempotencyTokens) {
        this.idempotencyTokens = Objects.requireNonNull(idempotencyTokens, "idempotencyTokens");
    }

    @Override
    public String protocol() {
        return "smithy-rpc-v2-cbor";
    }

    @Override
    public SerializedRequest serialize(ServiceModel service, Operation operation, ObjectNode input) {
        EventStreams.rejectInputStream(service, operation);
        ObjectNode in = InputPreparation.fillIdempotencyTokens(operation, input, idempotencyTokens);
        String serviceName = service.metadata().targetPrefix() != null ? service.metadata().targetPrefix() : service.name();
        RequestParts parts = new RequestParts()
                .method("POST")
                .path("/service/" + serviceName + "/operation/" + operation.name())
                .addHeader("smithy-protocol", "rpc-v2-cbor");
        String mediaType = EventStreams.hasOutputStream(operation) ? "application/vnd.amazon.eventstream" : "application/cbor";
        parts.addHeader("Accept", mediaType);
        if (service.metadata().awsQueryCompatible()) {
            parts.addHeader("x-amzn-query-mode", "true");
        }
        if (operation.input() != null) {
            parts.body(CborShapeWriter.write(operation.input(), in));
            parts.addHeader("Content-Type", "application/cbor");
        }
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
            return EventStreams.rpcOutput(service, operation, response, EventPayloadFormat.CBOR);
        }
        if (response.body().length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        return READER.structure(operation.output(), CborBodies.read(response.body()));
    }

    @Override
    public ServiceError parseError(ServiceModel service, Operation operation, RawResponse response) {
        JsonNode body = CborBodies.readLenient(response.body());
        return JsonErrors.parse(service, operation, response, body, false, shape -> READER.structure(shape, body));
    }
}
