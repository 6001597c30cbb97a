package dev.awsmcp.suggest;

/** Finds the access level of a stored command. */
@FunctionalInterface
interface AccessLookup {
    /**
     * The access of a command.
     *
     * @param command the stored command
     * @return its access
     */
    Access of(CommandInfo command);
}
