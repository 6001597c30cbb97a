/**
 * The error base every stage throws: a stable code, a one-sentence message and a repair hint an agent can act on.
 *
 * <p>Base package: imports nothing else from {@code dev.awsmcp}.
 */
package dev.awsmcp.error;
