package dev.awsmcp.suggest;

import java.util.List;
import java.util.Objects;

/**
 * One suggested command for a task.
 *
 * @param rank               1 for the best
 * @param command            {@code aws <service> <operation>} (for waiters {@code aws <service> wait <waiter>})
 * @param kind               operation, waiter or high-level command
 * @param description        one line: what it does
 * @param requiredParameters what the command cannot run without, with types
 * @param template           the command with placeholders for the required parameters
 * @param example            a real example from the model's {@code examples-1.json}, checked to parse, or null
 * @param access             the access level and whether read-only mode allows it
 * @param deprecated         the model marks the operation deprecated
 * @param score              the retrieval score (comparable only within one answer)
 */
public record Suggestion(int rank, String command, EntryKind kind, String description,
                         List<RequiredParameter> requiredParameters, String template, String example, Access access,
                         boolean deprecated, double score) {
    public Suggestion {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        requiredParameters = List.copyOf(requiredParameters);
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(access, "access");
    }

    /** The line to start from: the example when there is one, else the template. */
    public String usage() {
        return example != null ? example : template;
    }
}
