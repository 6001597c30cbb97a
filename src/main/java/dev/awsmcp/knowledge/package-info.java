/**
 * AWS documentation as a plain Java API: {@code search_documentation}, {@code read_documentation} and
 * {@code recommend} over the public AWS documentation services, with a result cache and an offline fallback that
 * searches the API reference text bundled in the service models.
 *
 * <p>Entry point: {@link dev.awsmcp.knowledge.AwsDocumentation#builder()}. May import the base packages
 * {@code dev.awsmcp.model} and {@code dev.awsmcp.error}; nothing in the command pipeline imports this package
 * (the MCP layer wires it as tools).
 */
package dev.awsmcp.knowledge;
