package dev.awsmcp.client.protocol.ec2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.internal.QueryStyleCodec;
import dev.awsmcp.client.protocol.internal.XmlElement;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.util.function.Supplier;

/**
 * The {@code ec2} protocol: query-style form bodies where names come from {@code queryName} (else the capitalised
 * {@code locationName}) and lists are always flattened ({@code Name.N}); responses carry the members directly under
 * the root, with {@code <requestId>}.
 */
public final class Ec2Codec extends QueryStyleCodec {
    /** @param idempotencyTokens the source of idempotency tokens (random UUIDs in production) */
    public Ec2Codec(Supplier<String> idempotencyTokens) {
        super(idempotencyTokens, true);
    }

    @Override
    public String protocol() {
        return "ec2";
    }

    @Override
    protected ObjectNode prepareInput(ServiceModel service, Operation operation, ObjectNode input) {
        return Ec2Customizations.prepareInput(operation, input);
    }

    @Override
    protected void customizeOutput(ServiceModel service, Operation operation, ObjectNode output) {
        Ec2Customizations.customizeOutput(operation, output);
    }

    @Override
    protected XmlElement resultElement(Operation operation, XmlElement root) {
        return root;
    }

    @Override
    protected String bodyRequestId(XmlElement root) {
        String id = root.childText("requestId");
        return id != null ? id : root.childText("RequestId");
    }
}
