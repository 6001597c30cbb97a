package dev.awsmcp.batch;

import dev.awsmcp.CommandResult;
import java.util.Objects;

/**
 * One command of a batch as it ran.
 *
 * @param command the command actually run (after region expansion and {@code --max-items})
 * @param region  the region a {@code --region '*'} fan-out assigned, or null
 * @param result  the facade's result
 */
public record BatchResult(String command, String region, CommandResult result) {
    public BatchResult {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(result, "result");
    }
}
