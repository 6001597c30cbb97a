package dev.awsmcp.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.util.Map;
import java.util.Objects;

/**
 * A command bound to one model operation, validated, ready for the policy stage. Nothing has been sent.
 *
 * <p>{@code params} is keyed by model member names (as the API expects them, not CLI names). Values: JSON strings,
 * numbers and booleans for scalars; timestamps as ISO-8601 instant strings ({@code 2024-01-02T03:04:05Z},
 * {@link java.time.Instant#toString()} form); blobs as Jackson {@code BinaryNode}; documents as any JSON.
 * Pagination arguments ({@code --page-size}, {@code --max-items}, {@code --starting-token}) are in
 * {@link #options()}; {@link PaginationInput#firstRequest(BoundCall)} gives the parameters of the first request.
 *
 * @param service     the service model
 * @param operation   the operation
 * @param params      the input, keyed by member names
 * @param options     the global options
 * @param commandLine the command as the caller wrote it (for audit: redact before logging)
 * @param localArgs   CLI arguments that act locally and are never sent, keyed by CLI name without dashes:
 *                    {@code outfile} (where a streaming/blob response body is written), {@code priv-launch-key},
 *                    ...; empty for most commands
 */
public record BoundCall(ServiceModel service, Operation operation, ObjectNode params, GlobalOptions options,
                        String commandLine, Map<String, String> localArgs) implements ParsedCommand {
    public BoundCall {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(options, "options");
        localArgs = localArgs == null ? Map.of() : Map.copyOf(localArgs);
    }

    /**
     * A call without local arguments.
     *
     * @param service     the service model
     * @param operation   the operation
     * @param params      the input, keyed by member names
     * @param options     the global options
     * @param commandLine the command as written
     */
    public BoundCall(ServiceModel service, Operation operation, ObjectNode params, GlobalOptions options,
                     String commandLine) {
        this(service, operation, params, options, commandLine, Map.of());
    }

    @Override
    public Kind kind() {
        return Kind.CALL;
    }
}
