/**
 * The audit trail: one JSON line per call, written before the response returns, with every secret the command
 * carried replaced by {@code ***} and no output. {@link dev.awsmcp.audit.AuditTrail} takes an
 * {@link dev.awsmcp.audit.CallFacts} from the facade, redacts it ({@link dev.awsmcp.audit.CommandRedactor}), adds the
 * caller identity ({@link dev.awsmcp.audit.CallerIdentityCache}, looked up in the background, never waited for) and
 * writes it to its sinks
 * ({@link dev.awsmcp.audit.RotatingFileSink} by default, {@link dev.awsmcp.audit.CloudWatchLogsSink} optionally).
 *
 * <p>Last stage of the pipeline: may import {@code model}, {@code command}, {@code policy}, {@code client},
 * {@code output}, {@code error}. Nothing but the facade imports it.
 */
package dev.awsmcp.audit;
