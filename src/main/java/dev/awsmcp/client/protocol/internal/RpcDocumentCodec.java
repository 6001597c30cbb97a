package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.SerializedRequest;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the RPC document protocols share ({@code json} and {@code smithy-rpc-v2-cbor}): the whole input as one
 * document keyed by member names, the output read back the same way (or as an event stream), and errors from
 * the document's {@code __type}/{@code code} members. Subclasses pick the route, headers and document format.
 */
public abstract class RpcDocumentCodec implements ProtocolCodec {
    private static final JsonShapeReader READER = new JsonShapeReader(true);

    private final Supplier<String> idempotencyTokens;
    private final EventPayloadFormat format;
    private final Function<byte[], JsonNode> read;
    private final Function<byte[], JsonNode> readLenient;

    /**
     * @param idempotencyTokens the source of idempotency tokens (random UUIDs in production)
     * @param format            the format of event payloads
     * @param read              reads a response document (throws on a malformed one)
     * @param readLenient       reads an error document without failing on a malformed one
     */
    protected RpcDocumentCodec(Supplier<String> idempotencyTokens, EventPayloadFormat format,
                               Function<byte[], JsonNode> read, Function<byte[], JsonNode> readLenient) {
        this.idempotencyTokens = Objects.requireNonNull(idempotencyTokens, "idempotencyTokens");
        this.format = Objects.requireNonNull(format, "format");
        this.read = Objects.requireNonNull(read, "read");
        this.readLenient = Objects.requireNonNull(readLenient, "readLenient");
    }

    @Override
    public final SerializedRequest serialize(ServiceModel service, Operation operation, ObjectNode input) {
        EventStreams.rejectInputStream(service, operation);
        ObjectNode in = InputPreparation.fillIdempotencyTokens(operation, input, idempotencyTokens);
        RequestParts parts = route(service, operation);
        if (service.metadata().awsQueryCompatible()) {
            parts.addHeader("x-amzn-query-mode", "true");
        }
        body(operation, in, parts);
        parts.hostPrefix(InputPreparation.hostPrefix(operation, in));
        RequestFinishing.finish(operation, in, parts);
        return parts.build();
    }

    /** The method, path and protocol headers of a request. */
    protected abstract RequestParts route(ServiceModel service, Operation operation);

    /** Writes the input document (and its content type) into the request. */
    protected abstract void body(Operation operation, ObjectNode input, RequestParts parts);

    @Override
    public final ObjectNode deserialize(ServiceModel service, Operation operation, RawResponse response) {
        if (operation.output() == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (EventStreams.hasOutputStream(operation)) {
            return EventStreams.rpcOutput(service, operation, response, format);
        }
        if (response.body().length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        return READER.structure(operation.output(), read.apply(response.body()));
    }

    @Override
    public final ServiceError parseError(ServiceModel service, Operation operation, RawResponse response) {
        JsonNode body = readLenient.apply(response.body());
        return JsonErrors.parse(service, operation, response, body, false, shape -> READER.structure(shape, body));
    }
}
