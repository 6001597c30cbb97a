package dev.awsmcp;

import dev.awsmcp.command.BoundCall;
import java.util.Objects;

/**
 * What the {@link CallGate} judges.
 *
 * @param commandLine the command as the caller wrote it (unredacted: never log it as is)
 * @param call        the API call the command makes (for a waiter: the operation it polls)
 * @param waiterName  the waiter's model name for {@code aws <service> wait ...}, else null
 * @param context     who is calling, and how to ask for consent
 */
public record GateRequest(String commandLine, BoundCall call, String waiterName, ExecutionContext context) {
    public GateRequest {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(context, "context");
    }
}
