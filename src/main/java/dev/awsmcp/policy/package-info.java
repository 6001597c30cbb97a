/**
 * The safety gate every command passes before anything is signed: the read-only classifier (model operation →
 * IAM actions, access level and the source of that answer), the security policy (modes, ordered rules, consent)
 * and the file guard that confines local paths to a working directory.
 *
 * <p>Entry points: {@link dev.awsmcp.policy.Classifier} (what a call is), {@link dev.awsmcp.policy.PolicyEngine}
 * (whether it may run), {@link dev.awsmcp.policy.FileGuard} (which local files it may touch).
 *
 * <p>May import {@code model}, {@code command}, {@code error}. Never imports {@code client}, {@code output},
 * {@code audit} or the facade.
 */
package dev.awsmcp.policy;
