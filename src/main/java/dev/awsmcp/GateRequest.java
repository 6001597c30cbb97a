package dev.awsmcp;

import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.command.WaiterCall;
import java.util.Objects;

/**
 * What the {@link CallGate} judges: one parsed command, once, before anything is signed or sent.
 *
 * @param commandLine the command as the caller wrote it (unredacted: never log it as is)
 * @param command     the parsed command: a {@link BoundCall}, a {@link WaiterCall} or a
 *                    {@link dev.awsmcp.command.HighLevelCommand}
 * @param region      the effective region (after the command, builder, environment and profile), never null
 * @param profile     the effective profile name, never null
 * @param context     who is calling, and how to ask for consent
 */
public record GateRequest(String commandLine, ParsedCommand command, String region, String profile,
                          ExecutionContext context) {
    public GateRequest {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(context, "context");
    }

    /** The API call the command makes (for a waiter: the operation it polls), or null for a high-level command. */
    public BoundCall call() {
        if (command instanceof BoundCall) {
            return (BoundCall) command;
        }
        return command instanceof WaiterCall ? ((WaiterCall) command).call() : null;
    }
}
