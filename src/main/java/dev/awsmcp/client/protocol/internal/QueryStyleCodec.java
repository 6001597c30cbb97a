package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.client.protocol.ProtocolException;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.SerializedRequest;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the {@code query} and {@code ec2} protocols share: a form-encoded {@code Action}/{@code Version} body and
 * XML responses and errors. Subclasses pick the naming rules and where the result sits in the response.
 */
public abstract class QueryStyleCodec implements ProtocolCodec {
    private final Supplier<String> idempotencyTokens;
    private final boolean ec2;

    /**
     * @param idempotencyTokens the source of idempotency tokens
     * @param ec2               use the ec2 naming rules
     */
    protected QueryStyleCodec(Supplier<String> idempotencyTokens, boolean ec2) {
        this.idempotencyTokens = Objects.requireNonNull(idempotencyTokens, "idempotencyTokens");
        this.ec2 = ec2;
    }

    @Override
    public SerializedRequest serialize(ServiceModel service, Operation operation, ObjectNode input) {
        EventStreams.rejectInputStream(service, operation);
        ObjectNode in = prepareInput(service, operation,
                InputPreparation.fillIdempotencyTokens(operation, input, idempotencyTokens));
        QueryParamsWriter params = new QueryParamsWriter(ec2)
                .add("Action", operation.name())
                .add("Version", service.metadata().apiVersion());
        if (operation.input() != null) {
            params.structure(operation.input(), in);
        }
        RequestParts parts = new RequestParts()
                .method(operation.http().method())
                .path("/")
                .addHeader("Content-Type", "application/x-www-form-urlencoded")
                .body(params.toFormBody());
        parts.hostPrefix(InputPreparation.hostPrefix(operation, in));
        RequestFinishing.finish(operation, in, parts);
        return parts.build();
    }

    @Override
    public ObjectNode deserialize(ServiceModel service, Operation operation, RawResponse response) {
        if (operation.output() == null || response.body().length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        XmlElement root = XmlParsing.parse(response.body());
        XmlElement start = resultElement(operation, root);
        // a response without its result element carries no members (some operations omit an empty result)
        ObjectNode out = start == null ? JsonNodeFactory.instance.objectNode()
                : XmlShapeReader.structure(operation.output(), start);
        customizeOutput(service, operation, out);
        return out;
    }

    /**
     * Service behaviour botocore adds before serialization (base64 user data, for example); the default changes
     * nothing. Must not modify {@code input}: return a copy when something changes.
     */
    protected ObjectNode prepareInput(ServiceModel service, Operation operation, ObjectNode input) {
        return input;
    }

    /** Service behaviour botocore adds after parsing (decoded policy documents, for example); the default does nothing. */
    protected void customizeOutput(ServiceModel service, Operation operation, ObjectNode output) {
    }

    /** The element that holds the output members, or null when the response lacks it. */
    protected abstract XmlElement resultElement(Operation operation, XmlElement root);

    /** The request id inside a successful response body, or null. */
    protected abstract String bodyRequestId(XmlElement root);

    @Override
    public ServiceError parseError(ServiceModel service, Operation operation, RawResponse response) {
        return XmlErrors.parse(service, operation, response, XmlShapeReader::structure);
    }

    @Override
    public String requestId(RawResponse response) {
        String id = ProtocolCodec.super.requestId(response);
        if (id != null || response.body().length == 0) {
            return id;
        }
        try {
            return bodyRequestId(XmlParsing.parse(response.body()));
        } catch (ProtocolException e) {
            return null;
        }
    }
}
