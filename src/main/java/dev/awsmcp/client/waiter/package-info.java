/**
 * Waiters ({@code waiters-2.json}; botocore {@code waiter.py}): path, pathAll, pathAny, status and error
 * acceptors, bounded attempts and total time, progress callbacks, injectable sleeper and clock.
 *
 * <p>May import {@code client} (responses, errors, {@code PathSearch}, {@code Progress}), {@code client.retry}
 * (the sleeper), {@code client.protocol}, {@code model} and {@code error}.
 */
package dev.awsmcp.client.waiter;
