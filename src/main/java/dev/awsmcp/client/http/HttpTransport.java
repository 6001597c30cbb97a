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
     * Sends a request whose 2xx event-stream response is read only for a while ({@link StreamLimit}). The default
     * reads the whole response, for transports that answer at once (test doubles).
     *
     * @param request the signed request
     * @param options timeouts and TLS options
     * @param limit   how long to read an event stream, or null to read the whole body
     * @return status, headers and the body read (whole event-stream messages)
     * @throws IOException when no response arrives
     */
    default RawResponse send(SdkHttpFullRequest request, HttpOptions options, StreamLimit limit) throws IOException {
        return send(request, options, (Path) null);
    }

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
