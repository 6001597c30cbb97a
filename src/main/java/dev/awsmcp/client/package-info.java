/**
 * The generic AWS client: {@link dev.awsmcp.client.CallPipeline} sends one bound call (endpoint → codec → join →
 * sign → send → retry → parse) with the codecs of {@code client.protocol}, the resolver of
 * {@code client.endpoint}, credentials and signing from {@code client.auth}, the transport of
 * {@code client.http} and retries of {@code client.retry}. Pagination ({@code client.paginate}) and waiters
 * ({@code client.waiter}) drive it page by page and attempt by attempt.
 *
 * <p>May import {@code command}, {@code model}, {@code error} and its own subpackages; never {@code output},
 * {@code audit} or the facade.
 */
package dev.awsmcp.client;
