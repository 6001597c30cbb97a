package dev.awsmcp.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.util.Objects;

/**
 * The result of {@code --generate-cli-skeleton [input|output]}: a sample JSON document for the operation's input
 * (usable with {@code --cli-input-json}) or output. Printing it is the whole effect; nothing is ever sent.
 *
 * @param service     the service
 * @param operation   the operation
 * @param type        {@code input} or {@code output}
 * @param skeleton    the sample document
 * @param options     the global options
 * @param commandLine the command as written
 */
public record Skeleton(ServiceModel service, Operation operation, String type, JsonNode skeleton,
                       GlobalOptions options, String commandLine) implements ParsedCommand {
    public Skeleton {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(skeleton, "skeleton");
        Objects.requireNonNull(options, "options");
    }

    @Override
    public Kind kind() {
        return Kind.SKELETON;
    }
}
