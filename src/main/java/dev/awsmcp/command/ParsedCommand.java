package dev.awsmcp.command;

/**
 * What {@link CommandParser#parse(String)} makes of one command string. Dispatch on {@link #kind()}:
 * <ul>
 *   <li>{@link BoundCall}: a model operation with validated parameters;</li>
 *   <li>{@link WaiterCall}: {@code aws <service> wait <waiter> ...}, bound to the waiter's operation;</li>
 *   <li>{@link HighLevelCommand}: an AWS CLI customization such as {@code aws s3 cp} (recognised, not bound);</li>
 *   <li>{@link Skeleton}: the answer to {@code --generate-cli-skeleton}; never executes anything.</li>
 * </ul>
 */
public sealed interface ParsedCommand permits BoundCall, WaiterCall, HighLevelCommand, Skeleton {

    /** The variants. */
    enum Kind { CALL, WAITER, HIGH_LEVEL, SKELETON }

    /** Which variant this is. */
    Kind kind();

    /** The global options written on the command. */
    GlobalOptions options();

    /** The command as the caller wrote it. */
    String commandLine();
}
