package dev.awsmcp.policy;

import dev.awsmcp.command.GlobalOptions;
import java.util.List;
import java.util.Objects;

/**
 * Everything the policy needs to know about one command before it runs: what was written, what it resolves to,
 * which calls and local actions it makes, and which local paths it reads and writes.
 *
 * @param commandLine the command as written (screened for shell syntax and look-alike characters)
 * @param commandPath the normalised CLI path for command matchers, e.g. {@code aws s3api delete-object},
 *                    {@code aws s3 cp}, {@code aws ec2 wait instance-running}
 * @param options     the global options
 * @param calls       the calls and local actions, in order; an empty list is classified {@code unknown}
 * @param localReads  local paths the command reads (checked by the file guard up front)
 * @param localWrites local paths the command writes (checked by the file guard up front)
 */
public record CommandPlan(String commandLine, String commandPath, GlobalOptions options, List<PlannedCall> calls,
                          List<String> localReads, List<String> localWrites) {
    public CommandPlan {
        Objects.requireNonNull(commandPath, "commandPath");
        options = options == null ? GlobalOptions.none() : options;
        calls = List.copyOf(calls);
        localReads = List.copyOf(localReads);
        localWrites = List.copyOf(localWrites);
    }

    /**
     * A plan of API calls with no local paths.
     *
     * @param commandLine the command as written
     * @param commandPath the normalised CLI path
     * @param options     the global options
     * @param calls       the calls
     * @return the plan
     */
    public static CommandPlan of(String commandLine, String commandPath, GlobalOptions options, List<PlannedCall> calls) {
        return new CommandPlan(commandLine, commandPath, options, calls, List.of(), List.of());
    }
}
