/**
 * Runs several commands for one caller: a list with bounded parallelism, {@code --region '*'} fan-out over the
 * account's enabled regions, and a result limit mapped to {@code --max-items}. Used by the MCP layer and usable by
 * embedding programs.
 *
 * <p>May import the facade package {@code dev.awsmcp} and the base packages {@code model} and {@code regions}.
 */
package dev.awsmcp.batch;
