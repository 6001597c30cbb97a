/**
 * The MCP server: tools ({@code call_aws}, {@code aws_cli_help}, {@code suggest_aws_commands}, the documentation,
 * region and Agent SOP tools), resources ({@code aws://...}), prompts (task prompts and one per SOP), and the stdio
 * and streamable HTTP transports, on the MCP Java SDK.
 *
 * <p>Thin: it maps MCP requests to the facade {@link dev.awsmcp.AwsMcp} and results back, and holds no AWS logic.
 * May import the facade package {@code dev.awsmcp}, {@code dev.awsmcp.batch}, the base packages ({@code model},
 * {@code error}), {@code output} (the output budget), {@code command.help} (model help), {@code knowledge}, {@code sop} and
 * {@code suggest} (the tools it exposes) and {@code regions}; never the stages that execute calls.
 */
package dev.awsmcp.mcp;
