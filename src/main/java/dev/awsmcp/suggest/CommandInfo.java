package dev.awsmcp.suggest;

import java.util.List;
import java.util.Objects;

/**
 * What the index stores about one suggestible command: everything an answer shows, nothing retrieval needs.
 *
 * @param kind           operation, waiter or high-level command
 * @param service        the CLI service ({@code s3api}, {@code ec2}; {@code s3} for the high-level commands)
 * @param command        the words after the service: {@code describe-instances}, {@code wait instance-running},
 *                       {@code cp}
 * @param modelOperation the model operation called (for a waiter, the one it polls), or null for high-level
 *                       commands
 * @param httpMethod     the model operation's HTTP method, or null
 * @param description    one line: what the command does
 * @param required       parameters the command cannot run without, in CLI order
 * @param template       the command with placeholders for the required parameters
 * @param example        a real example from {@code examples-1.json} as a command line (checked to parse), or null
 * @param deprecated     the model marks the operation deprecated
 */
record CommandInfo(EntryKind kind, String service, String command, String modelOperation, String httpMethod,
                   String description, List<RequiredParameter> required, String template, String example,
                   boolean deprecated) {
    CommandInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(description, "description");
        required = List.copyOf(required);
        Objects.requireNonNull(template, "template");
    }

    /** {@code aws <service> <command>}. */
    String commandLine() {
        return "aws " + service + " " + command;
    }
}
