package dev.awsmcp.command;

import java.util.List;
import java.util.Objects;

/**
 * An AWS CLI customization that is not one model operation: {@code aws s3 cp}, {@code aws configure set},
 * {@code aws eks update-kubeconfig}, {@code aws emr create-cluster}, {@code aws <service> help}, ... Recognised by
 * name so that later stages can classify and run them; the arguments are not bound here.
 *
 * @param service     the CLI service or top-level command ({@code s3}, {@code configure}, {@code eks})
 * @param subcommand  the subcommand ({@code cp}, {@code set}, {@code update-kubeconfig}); empty for a bare
 *                    top-level command such as {@code aws configure}
 * @param args        the remaining words after the subcommand, global options removed
 * @param description what the customization does, one line
 * @param options     the global options
 * @param commandLine the command as written
 */
public record HighLevelCommand(String service, String subcommand, List<String> args, String description,
                               GlobalOptions options, String commandLine) implements ParsedCommand {
    public HighLevelCommand {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(subcommand, "subcommand");
        Objects.requireNonNull(options, "options");
        args = List.copyOf(args);
    }

    @Override
    public Kind kind() {
        return Kind.HIGH_LEVEL;
    }
}
