/**
 * HTTP transport: the SDK's {@code apache5-client} behind a small {@link dev.awsmcp.client.http.HttpTransport}
 * interface, with per-command timeouts and TLS options, and streaming of large response bodies to files.
 *
 * <p>May import {@code client.protocol} (for {@code RawResponse}) and {@code error}.
 */
package dev.awsmcp.client.http;
