package dev.awsmcp.client.protocol;

import dev.awsmcp.client.protocol.ec2.Ec2Codec;
import dev.awsmcp.client.protocol.json.JsonCodec;
import dev.awsmcp.client.protocol.query.QueryCodec;
import dev.awsmcp.client.protocol.restjson.RestJsonCodec;
import dev.awsmcp.client.protocol.restxml.RestXmlCodec;
import dev.awsmcp.client.protocol.rpcv2cbor.RpcV2CborCodec;
import dev.awsmcp.model.ServiceModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Picks the codec for a service: the first protocol in {@code metadata.protocols} that has a codec, else
 * {@code metadata.protocol}. Codecs are stateless and shared. A new protocol is one package plus one line here.
 */
public final class ProtocolRegistry {
    /** botocore's protocol priority when a model lists several. */
    private static final java.util.List<String> BOTOCORE_PRIORITY = java.util.List.of("json", "rest-json", "rest-xml",
            "smithy-rpc-v2-cbor", "query", "ec2");

    private static final ProtocolRegistry DEFAULT = new ProtocolRegistry(() -> UUID.randomUUID().toString());

    private final Map<String, ProtocolCodec> codecs = new LinkedHashMap<>();

    /**
     * A registry with every built-in codec.
     *
     * @param idempotencyTokens the source of tokens for {@code idempotencyToken} members the caller leaves out
     *                          (tests pass a fixed value; production uses random UUIDs)
     */
    public ProtocolRegistry(Supplier<String> idempotencyTokens) {
        Objects.requireNonNull(idempotencyTokens, "idempotencyTokens");
        register(new JsonCodec(idempotencyTokens));
        register(new RestJsonCodec(idempotencyTokens));
        register(new RestXmlCodec(idempotencyTokens));
        register(new QueryCodec(idempotencyTokens));
        register(new Ec2Codec(idempotencyTokens));
        register(new RpcV2CborCodec(idempotencyTokens));
    }

    /** The shared registry with random-UUID idempotency tokens. */
    public static ProtocolRegistry defaultRegistry() {
        return DEFAULT;
    }

    private void register(ProtocolCodec codec) {
        codecs.put(codec.protocol(), codec);
    }

    /** The protocol ids this registry supports. */
    public List<String> supportedProtocols() {
        return new ArrayList<>(codecs.keySet());
    }

    /**
     * The codec for a service.
     *
     * @param service the service model
     * @return the codec of the first supported protocol
     * @throws ProtocolException when none of the service's protocols is supported
     */
    public ProtocolCodec codecFor(ServiceModel service) {
        // botocore's choice (botocore.client, PRIORITY_ORDERED_SUPPORTED_PROTOCOLS): its own priority order over the
        // model's `protocols`, not the order the model lists them in; cloudwatch lists smithy-rpc-v2-cbor first,
        // yet the AWS CLI sends JSON.
        java.util.List<String> listed = service.metadata().protocols();
        for (String p : BOTOCORE_PRIORITY) {
            ProtocolCodec c = codecs.get(p);
            if (c != null && listed.contains(p)) {
                return c;
            }
        }
        for (String p : listed) { // protocols botocore does not know, registered by an embedding program
            ProtocolCodec c = codecs.get(p);
            if (c != null) {
                return c;
            }
        }
        String legacy = service.metadata().protocol();
        if (legacy != null && codecs.containsKey(legacy)) {
            return codecs.get(legacy);
        }
        throw ProtocolException.unsupported("Service " + service.name() + " uses protocol(s) "
                        + service.metadata().protocols() + ", which aws-mcp does not support.",
                "Supported protocols: " + String.join(", ", codecs.keySet()) + ".");
    }
}
