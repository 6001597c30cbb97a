/**
 * {@code aws-mcp proxy}: a local MCP server (stdio, or streamable HTTP) that forwards every message to remote MCP
 * servers over streamable HTTP, signed with SigV4 by the client's own signer and credential chain, and judges each
 * remote tool call with the offline classifier ({@code --read-only}, {@code --require-consent}) before it is sent.
 *
 * <p>The pieces, in the order a message meets them: {@link dev.awsmcp.proxy.ProxyOptions} (the command line),
 * {@link dev.awsmcp.proxy.RemoteTarget} (endpoint, service, region), {@link dev.awsmcp.proxy.ProxySession} (one
 * client session: routing, id mapping, list merging), {@link dev.awsmcp.proxy.RemoteToolGate} with
 * {@link dev.awsmcp.proxy.ToolRules} and {@link dev.awsmcp.proxy.ScriptCalls} (the read-only decision per call),
 * {@link dev.awsmcp.proxy.RemoteConnection} (one remote MCP session over signed HTTP, SSE parsing, retries,
 * re-initialisation after a remote restart) and {@link dev.awsmcp.proxy.ProxySigner} (SigV4 per request, with
 * credentials resolved each time so refreshed SSO, {@code aws login} and role credentials are used at once).
 */
package dev.awsmcp.proxy;
