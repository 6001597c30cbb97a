package dev.awsmcp.command;

import java.util.Objects;

/**
 * {@code aws <service> wait <waiter-name> ...}: poll an operation until the waiter's acceptors match.
 *
 * @param waiterName    the waiter's model name, e.g. {@code InstanceRunning}
 * @param cliWaiterName the CLI name, e.g. {@code instance-running}
 * @param call          the waiter's operation with the bound parameters
 */
public record WaiterCall(String waiterName, String cliWaiterName, BoundCall call) implements ParsedCommand {
    public WaiterCall {
        Objects.requireNonNull(waiterName, "waiterName");
        Objects.requireNonNull(cliWaiterName, "cliWaiterName");
        Objects.requireNonNull(call, "call");
    }

    @Override
    public Kind kind() {
        return Kind.WAITER;
    }

    @Override
    public GlobalOptions options() {
        return call.options();
    }

    @Override
    public String commandLine() {
        return call.commandLine();
    }
}
