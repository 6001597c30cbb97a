package dev.awsmcp.client.protocol.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.internal.QueryStyleCodec;
import dev.awsmcp.client.protocol.internal.XmlElement;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.util.function.Supplier;

/**
 * The {@code query} protocol: {@code Action=...&Version=...} form bodies with {@code member.N} lists and
 * {@code entry.N.key} maps; responses wrapped in {@code <OperationResponse><OperationResult>}.
 */
public final class QueryCodec extends QueryStyleCodec {
    /** @param idempotencyTokens the source of idempotency tokens (random UUIDs in production) */
    public QueryCodec(Supplier<String> idempotencyTokens) {
        super(idempotencyTokens, false);
    }

    @Override
    public String protocol() {
        return "query";
    }

    @Override
    protected ObjectNode prepareInput(ServiceModel service, Operation operation, ObjectNode input) {
        return QueryCustomizations.prepareInput(service, operation, input);
    }

    @Override
    protected void customizeOutput(ServiceModel service, Operation operation, ObjectNode output) {
        QueryCustomizations.customizeOutput(service, operation, output);
    }

    @Override
    protected XmlElement resultElement(Operation operation, XmlElement root) {
        String wrapper = operation.outputResultWrapper() != null ? operation.outputResultWrapper()
                : operation.name() + "Result";
        return root.child(wrapper);
    }

    @Override
    protected String bodyRequestId(XmlElement root) {
        XmlElement meta = root.child("ResponseMetadata");
        return meta == null ? null : meta.childText("RequestId");
    }
}
