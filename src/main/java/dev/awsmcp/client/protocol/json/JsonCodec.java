package dev.awsmcp.client.protocol.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.internal.EventPayloadFormat;
import dev.awsmcp.client.protocol.internal.JsonBodies;
import dev.awsmcp.client.protocol.internal.JsonShapeWriter;
import dev.awsmcp.client.protocol.internal.RequestParts;
import dev.awsmcp.client.protocol.internal.RpcDocumentCodec;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.util.function.Supplier;

/**
 * The {@code json} protocol (awsJson 1.0 and 1.1): {@code POST /} with {@code X-Amz-Target: Prefix.Operation},
 * {@code Content-Type: application/x-amz-json-1.x} and the whole input as a JSON object.
 */
public final class JsonCodec extends RpcDocumentCodec {

    /** @param idempotencyTokens the source of idempotency tokens (random UUIDs in production) */
    public JsonCodec(Supplier<String> idempotencyTokens) {
        super(idempotencyTokens, EventPayloadFormat.JSON, JsonBodies::read, JsonBodies::readLenient);
    }

    @Override
    public String protocol() {
        return "json";
    }

    @Override
    protected RequestParts route(ServiceModel service, Operation operation) {
        String version = service.metadata().jsonVersion() == null ? "1.0" : service.metadata().jsonVersion();
        String prefix = service.metadata().targetPrefix();
        return new RequestParts()
                .method(operation.http().method())
                .path("/")
                .addHeader("X-Amz-Target", prefix == null ? operation.name() : prefix + "." + operation.name())
                .addHeader("Content-Type", "application/x-amz-json-" + version);
    }

    @Override
    protected void body(Operation operation, ObjectNode input, RequestParts parts) {
        ObjectNode body = operation.input() == null
                ? JsonNodeFactory.instance.objectNode()
                : JsonShapeWriter.structure(operation.input(), input, null);
        parts.body(JsonBodies.write(body));
    }
}
