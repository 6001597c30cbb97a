package dev.awsmcp;

import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.command.WaiterCall;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One command as the audit trail sees it. {@link #commandLine()} and the parameters of the parsed command are
 * unredacted: the sink must replace sensitive values (model members marked {@code sensitive}, secret-looking
 * parameters) before writing anything.
 *
 * @param time        when the command started
 * @param context     the caller (MCP client name/version, tool)
 * @param commandLine the command as written
 * @param command     the parsed command, or null when it did not parse
 * @param decision    the gate's decision, or null when the gate was not reached
 * @param profile     the profile the command used, or null when not resolved
 * @param region      the region the command used, or null when not resolved
 * @param requests    the HTTP requests made (one per page or waiter attempt), in order
 * @param result      the command's result (its output is not meant for the audit trail)
 * @param accessKeyId the access key id of the credentials that signed the command's requests, or null when none
 *                    were resolved (denied, failed before sending, unsigned); names the key, is no secret
 */
public record AuditEvent(Instant time, ExecutionContext context, String commandLine, ParsedCommand command,
                         GateDecision decision, String profile, String region, List<AuditedRequest> requests,
                         CommandResult result, String accessKeyId) {
    public AuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(result, "result");
        requests = List.copyOf(requests);
    }

    /** The API call of a call or waiter command, or null. */
    public BoundCall call() {
        if (command instanceof BoundCall) {
            return (BoundCall) command;
        }
        return command instanceof WaiterCall ? ((WaiterCall) command).call() : null;
    }

    /**
     * One HTTP request of a command.
     *
     * @param operation  the operation's model name
     * @param httpStatus the HTTP status (0 when no response)
     * @param requestId  the AWS request id, or null
     * @param attempts   attempts made (retries + 1)
     */
    public record AuditedRequest(String operation, int httpStatus, String requestId, int attempts) {}
}
