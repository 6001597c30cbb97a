package dev.awsmcp.engine;

import dev.awsmcp.command.ParsedCommand;

/** Parses a command string for the facade (the command parser in production, fakes in tests). */
@FunctionalInterface
public interface CommandSource {
    /**
     * @param commandLine the command
     * @return the parsed command
     * @throws dev.awsmcp.error.AwsMcpException (usually {@code CommandException}, exit 252) when it does not parse
     */
    ParsedCommand parse(String commandLine);
}
