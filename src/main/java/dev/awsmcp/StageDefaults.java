package dev.awsmcp;

import dev.awsmcp.client.endpoint.EndpointResolver;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.output.OutputFormatter;
import java.util.function.Function;

/** The production implementations of each stage. */
final class StageDefaults {
    private StageDefaults() {}

    static CommandSource parser(ServiceCatalog catalog, FileReader fileReader) {
        throw new IllegalStateException("the command parser stage is not wired yet");
    }

    static Function<ServiceModel, ProtocolCodec> codecs() {
        throw new IllegalStateException("the protocol codecs are not wired yet");
    }

    static EndpointResolver endpoints() {
        throw new IllegalStateException("the endpoint resolver is not wired yet");
    }

    static OutputFormatter formatter() {
        throw new IllegalStateException("the output stage is not wired yet");
    }
}
