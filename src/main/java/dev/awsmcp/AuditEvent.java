package dev.awsmcp;

import dev.awsmcp.command.BoundCall;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One command as the audit trail sees it. {@link #commandLine()} and the parameters of {@link #call()} are
 * unredacted: the sink must replace sensitive values (model members marked {@code sensitive}, secret-looking
 * parameters) before writing anything.
 *
 * @param time        when the command started
 * @param context     the caller (MCP client name/version, tool)
 * @param commandLine the command as written
 * @param call        the bound API call, or null when the command did not bind
 * @param waiterName  the waiter's model name for {@code wait} commands, else null
 * @param decision    the gate's decision, or null when the gate was not reached
 * @param profile     the profile the call used, or null when not resolved
 * @param region      the region the call used, or null when not resolved
 * @param requests    the HTTP requests made (one per page or waiter attempt), in order
 * @param result      the command's result (its output is not meant for the audit trail)
 */
public record AuditEvent(Instant time, ExecutionContext context, String commandLine, BoundCall call, String waiterName,
                         GateDecision decision, String profile, String region, List<AuditedRequest> requests,
                         CommandResult result) {
    public AuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(result, "result");
        requests = List.copyOf(requests);
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
