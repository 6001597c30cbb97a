package dev.awsmcp.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.util.Objects;

/**
 * A command bound to one model operation, validated, ready for the policy stage. Nothing has been sent.
 *
 * <p>{@code params} is keyed by model member names (as the API expects them, not CLI names). Values: JSON strings,
 * numbers and booleans for scalars; timestamps as ISO-8601 instant strings ({@code 2024-01-02T03:04:05Z},
 * {@link java.time.Instant#toString()} form); blobs as Jackson {@code BinaryNode}; documents as any JSON.
 *
 * @param service     the service model
 * @param operation   the operation
 * @param params      the input, keyed by member names
 * @param options     the global options
 * @param commandLine the command as the caller wrote it (for audit: redact before logging)
 */
public record BoundCall(ServiceModel service, Operation operation, ObjectNode params, GlobalOptions options,
                        String commandLine) {
    public BoundCall {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(options, "options");
    }
}
