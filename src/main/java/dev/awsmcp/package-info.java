/**
 * The embedder's API, and nothing else: {@link dev.awsmcp.AwsMcp} (built by {@link dev.awsmcp.AwsMcpBuilder}) runs
 * AWS-CLI-style commands in-process; {@link dev.awsmcp.CommandResult}, {@link dev.awsmcp.ErrorInfo} and
 * {@link dev.awsmcp.ExecutionContext} are what goes in and out; {@link dev.awsmcp.CallGate} (with
 * {@link dev.awsmcp.GateRequest} and {@link dev.awsmcp.GateDecision}) and {@link dev.awsmcp.AuditSink} (with
 * {@link dev.awsmcp.AuditEvent}) are the extension points.
 *
 * <pre>{@code
 * try (AwsMcp aws = AwsMcp.builder().region("eu-west-1").readOnly(true).build()) {
 *     CommandResult r = aws.execute("aws sts get-caller-identity");
 *     System.out.println(r.ok() ? r.text() : r.error().message());
 * }
 * }</pre>
 *
 * <p>The implementation lives in {@code dev.awsmcp.engine}; only {@code AwsMcpBuilder.build()} names it. The
 * builder may import the stages it configures (policy, audit, custom, client settings); the records import only
 * {@code command} types. See docs/architecture.md.
 */
package dev.awsmcp;
