package dev.awsmcp.client.protocol.rpcv2cbor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.internal.CborBodies;
import dev.awsmcp.client.protocol.internal.EventPayloadFormat;
import dev.awsmcp.client.protocol.internal.EventStreams;
import dev.awsmcp.client.protocol.internal.RequestParts;
import dev.awsmcp.client.protocol.internal.RpcDocumentCodec;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.util.function.Supplier;

/**
 * The {@code smithy-rpc-v2-cbor} protocol: {@code POST /service/{Service}/operation/{Operation}} with
 * {@code smithy-protocol: rpc-v2-cbor} and CBOR bodies keyed by member names.
 */
public final class RpcV2CborCodec extends RpcDocumentCodec {

    /** @param idempotencyTokens the source of idempotency tokens (random UUIDs in production) */
    public RpcV2CborCodec(Supplier<String> idempotencyTokens) {
        super(idempotencyTokens, EventPayloadFormat.CBOR, CborBodies::read, CborBodies::readLenient);
    }

    @Override
    public String protocol() {
        return "smithy-rpc-v2-cbor";
    }

    @Override
    protected RequestParts route(ServiceModel service, Operation operation) {
        String serviceName = service.metadata().targetPrefix() != null ? service.metadata().targetPrefix() : service.name();
        String mediaType = EventStreams.hasOutputStream(operation) ? "application/vnd.amazon.eventstream" : "application/cbor";
        return new RequestParts()
                .method("POST")
                .path("/service/" + serviceName + "/operation/" + operation.name())
                .addHeader("smithy-protocol", "rpc-v2-cbor")
                .addHeader("Accept", mediaType);
    }

    @Override
    protected void body(Operation operation, ObjectNode input, RequestParts parts) {
        if (operation.input() != null) {
            parts.body(CborShapeWriter.write(operation.input(), input));
            parts.addHeader("Content-Type", "application/cbor");
        }
    }
}
