package dev.awsmcp;

/** Parses a command string for the facade. */
@FunctionalInterface
interface CommandSource {
    /**
     * @param commandLine the command
     * @return what to do
     * @throws dev.awsmcp.error.AwsMcpException (usually {@code CommandException}, exit 252) when it does not parse
     */
    Parsed parse(String commandLine);
}
