/**
 * The {@code bin/aws-mcp} command line: {@code serve}, {@code run}, {@code parse}, {@code classify}, {@code help},
 * {@code suggest}. Thin: each subcommand parses its flags and calls the library.
 *
 * <p>Top of the dependency graph: may import any package.
 */
package dev.awsmcp.cli;
