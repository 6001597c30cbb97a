package dev.awsmcp.client.http;

import dev.awsmcp.client.protocol.RawResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * Sends requests with the SDK's Apache HttpClient 5 client ({@code apache5-client}; the URL-connection client
 * cannot send PATCH). Keeps one pooled client per distinct {@link HttpOptions}, so per-command timeouts work
 * without rebuilding pools on every call.
 */
public final class ApacheHttpTransport implements HttpTransport {
    /** Distinct option sets that get a pooled client (commands rarely vary timeouts). */
    private static final int MAX_CLIENTS = 16;

    private final HttpSettings settings;
    private final Map<HttpOptions, SdkHttpClient> clients = new ConcurrentHashMap<>();

    /** @param settings pool size and default timeouts */
    public ApacheHttpTransport(HttpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public RawResponse send(SdkHttpFullRequest request, HttpOptions options, Path streamTo) throws IOException {
        return send(request, options, streamTo, null);
    }

    @Override
    public RawResponse send(SdkHttpFullRequest request, HttpOptions options, StreamLimit limit) throws IOException {
        return send(request, options, null, limit);
    }

    private RawResponse send(SdkHttpFullRequest request, HttpOptions options, Path streamTo, StreamLimit limit)
            throws IOException {
        SdkHttpClient pooled = clients.get(options);
        if (pooled == null && clients.size() >= MAX_CLIENTS) {
            // Unusual: many distinct timeout combinations. Use a client for this request only rather than grow the
            // pool map without bound (or close clients other threads may be using).
            try (SdkHttpClient oneOff = build(options)) {
                return send(oneOff, request, streamTo, limit);
            }
        }
        return send(pooled != null ? pooled : clients.computeIfAbsent(options, this::build), request, streamTo, limit);
    }

    @Override
    public void prepare(HttpOptions options) {
        if (clients.size() < MAX_CLIENTS) {
            clients.computeIfAbsent(options, this::build);
        }
    }

    private static RawResponse send(SdkHttpClient client, SdkHttpFullRequest request, Path streamTo, StreamLimit limit)
            throws IOException {
        HttpExecuteRequest.Builder exec = HttpExecuteRequest.builder().request(request);
        request.contentStreamProvider().ifPresent(exec::contentStreamProvider);
        ExecutableHttpRequest call = client.prepareRequest(exec.build());
        HttpExecuteResponse response = call.call();
        int status = response.httpResponse().statusCode();
        Map<String, java.util.List<String>> headers = response.httpResponse().headers();
        byte[] body = new byte[0];
        if (response.responseBody().isPresent()) {
            try (AbortableInputStream in = response.responseBody().get()) {
                if (streamTo != null && status / 100 == 2) {
                    writeFile(in, streamTo);
                } else if (limit != null && status / 100 == 2 && isEventStream(headers)) {
                    body = readMessages(in, limit);
                } else {
                    body = in.readAllBytes();
                }
            }
        }
        return new RawResponse(status, headers, body);
    }

    private static boolean isEventStream(Map<String, java.util.List<String>> headers) {
        for (Map.Entry<String, java.util.List<String>> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase("content-type")) {
                return h.getValue().stream().anyMatch(v -> v.startsWith("application/vnd.amazon.eventstream"));
            }
        }
        return false;
    }

    /**
     * Whole event-stream messages (each starts with its total length, big-endian) until the stream ends, the time is
     * up or the caller cancels; then the connection is aborted rather than returned to the pool half read.
     */
    private static byte[] readMessages(AbortableInputStream in, StreamLimit limit) throws IOException {
        long deadline = System.nanoTime() + limit.duration().toNanos();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.DataInputStream data = new java.io.DataInputStream(in);
        while (System.nanoTime() < deadline && !limit.cancelled().getAsBoolean()) {
            int total;
            try {
                total = data.readInt();
            } catch (java.io.EOFException end) {
                return out.toByteArray(); // the service ended the stream
            }
            if (total < 16 || total > 16 * 1024 * 1024) {
                throw new IOException("event-stream message of " + total + " bytes");
            }
            byte[] message = new byte[total];
            java.nio.ByteBuffer.wrap(message).putInt(total);
            data.readFully(message, 4, total - 4);
            out.write(message);
        }
        in.abort();
        return out.toByteArray();
    }

    private static void writeFile(InputStream in, Path target) throws IOException {
        // Write next to the target and move into place so that a failed download leaves no half file behind.
        Path dir = target.toAbsolutePath().getParent();
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, ".aws-mcp-", ".part");
        } catch (IOException e) {
            // a local problem (missing directory, no permission): retrying the download cannot help
            throw OutputFileException.of(target, e);
        }
        try (OutputStream out = Files.newOutputStream(tmp)) {
            in.transferTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw OutputFileException.of(target, e);
        }
    }

    private SdkHttpClient build(HttpOptions o) {
        AttributeMap.Builder attrs = AttributeMap.builder()
                .put(SdkHttpConfigurationOption.CONNECTION_TIMEOUT, o.connectTimeout())
                .put(SdkHttpConfigurationOption.READ_TIMEOUT, o.readTimeout())
                .put(SdkHttpConfigurationOption.MAX_CONNECTIONS, settings.maxConnections())
                .put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, !o.verifySsl());
        if (o.caBundle() != null) {
            attrs.put(SdkHttpConfigurationOption.TLS_TRUST_MANAGERS_PROVIDER, PemTrustManagers.from(o.caBundle()));
        }
        return Apache5HttpClient.builder().buildWithDefaults(attrs.build());
    }

    @Override
    public void close() {
        clients.values().forEach(SdkHttpClient::close);
        clients.clear();
    }
}
