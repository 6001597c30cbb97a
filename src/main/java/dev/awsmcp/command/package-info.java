/**
 * The command stage: an AWS-CLI-style command string in, a validated {@link dev.awsmcp.command.ParsedCommand} out
 * ({@link dev.awsmcp.command.CommandParser}). Nothing here sends requests or runs a shell.
 *
 * <p>May import {@code dev.awsmcp.model}, {@code dev.awsmcp.error}, {@code dev.awsmcp.text} and its own subpackages; never later stages
 * (policy, client, output, audit).
 */
package dev.awsmcp.command;
