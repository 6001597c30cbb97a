/**
 * Agent SOPs: curated, step-by-step runbooks in the Agent SOP Markdown format, bundled under
 * {@code src/main/resources/sops/} and optionally added to or overridden from a user directory
 * ({@code --sop-dir} / {@code AWS_MCP_SOP_DIR}). {@link dev.awsmcp.sop.SopLibrary} loads and validates them,
 * {@link dev.awsmcp.sop.AgentSopTools} answers {@code retrieve_agent_sop} (alias {@code retrieve_skill}), and
 * {@link dev.awsmcp.sop.SopPrompt} exposes each SOP as an MCP prompt whose arguments are its parameters.
 *
 * <p>May import the base packages {@code dev.awsmcp.error} and {@code dev.awsmcp.text}; nothing in the command pipeline imports this package.
 */
package dev.awsmcp.sop;
