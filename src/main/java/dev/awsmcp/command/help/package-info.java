/**
 * Help generated from the service models: service and operation listings, synopses, parameters with their
 * shorthand forms, plain-text documentation and examples. Used by {@code aws-mcp help} and MCP help tools.
 *
 * <p>May import {@code dev.awsmcp.model}, {@code dev.awsmcp.command} and {@code dev.awsmcp.command.internal}.
 */
package dev.awsmcp.command.help;
