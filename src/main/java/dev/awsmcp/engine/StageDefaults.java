package dev.awsmcp.engine;

import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.client.endpoint.EndpointResolver;
import dev.awsmcp.client.endpoint.RuleSetEndpointResolver;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.client.protocol.ProtocolRegistry;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.command.WorkingDirectoryFiles;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.output.CliOutput;
import dev.awsmcp.output.OutputFormatter;
import java.nio.file.Path;
import java.util.function.Function;

/** The production implementation of each stage. */
final class StageDefaults {
    private StageDefaults() {}

    static CommandSource parser(ServiceCatalog catalog, FileReader files, CustomizationRegistry customizations) {
        return new CommandParser(catalog, files, customizations.commandNames())::parse;
    }

    /** Local files inside the process's current directory. */
    static FileReader files() {
        return new WorkingDirectoryFiles(Path.of(""));
    }

    static Function<ServiceModel, ProtocolCodec> codecs() {
        return ProtocolRegistry.defaultRegistry()::codecFor;
    }

    static EndpointResolver endpoints() {
        return RuleSetEndpointResolver.create();
    }

    /**
     * The CLI's output with {@code cli_timestamp_format} from the default profile, as the AWS CLI reads it, else
     * {@code timestamps}.
     */
    static OutputFormatter formatter(AwsEnvironment env, String profile, String timestamps) {
        String name = profile != null ? profile : env.variable("AWS_PROFILE").orElse("default");
        String format = env.profile(name).flatMap(p -> p.property("cli_timestamp_format")).orElse(timestamps);
        return CliOutput.builder().timestampFormat(format).build();
    }
}
