/**
 * Where the stages meet: {@link dev.awsmcp.engine.Engine} implements the facade as parse → plan → gate → call
 * (the generic client with pagination and waiters, or a registered customization such as {@code aws s3 cp}) →
 * render → audit. {@link dev.awsmcp.engine.Engine#create} wires the production stages from an
 * {@link dev.awsmcp.engine.EngineConfig}; {@link dev.awsmcp.engine.PolicyGate} joins the policy to the facade's
 * {@link dev.awsmcp.CallGate}; {@link dev.awsmcp.engine.AuditTrailSink} joins the audit trail to its
 * {@link dev.awsmcp.AuditSink}; {@link dev.awsmcp.engine.CustomBridge} is the customizations' way to AWS.
 *
 * <p>May import every pipeline stage and the facade's API types; never a front door (mcp, cli) and never the
 * builder. Nothing but the builder and the front doors imports it.
 */
package dev.awsmcp.engine;
