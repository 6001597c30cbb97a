package dev.awsmcp.client.http;

import dev.awsmcp.client.protocol.RawResponse;
import java.io.IOException;
import java.nio.file.Path;
import software.amazon.awssdk.http.SdkHttpFullRequest;

/** Sends one signed request and reads the response. Implementations are thread-safe. */
public interface HttpTransport extends AutoCloseable {
    /**
     * Sends a request.
     *
     * @param request  the signed request (its content stream provider, if any, is the body)
     * @param options  timeouts and TLS options
     * @param streamTo when not null and the response is 2xx, the body is written to this file instead of being
     *                 buffered (the returned response then has an empty body)
     * @return status, headers and body
     * @throws IOException when no response arrives (connection, timeout, TLS)
     */
    RawResponse send(SdkHttpFullRequest request, HttpOptions options, Path streamTo) throws IOException;

    /**
     * Sets up what sending with these options needs (a pooled client, the TLS context) without sending anything,
     * so that the first real request does not pay for it. The default does nothing.
     *
     * @param options timeouts and TLS options
     */
    default void prepare(HttpOptions options) {
    }

    /** Releases pooled connections. */
    @Override
    void close();
}
