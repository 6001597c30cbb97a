package dev.awsmcp.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MCP session with one remote server over streamable HTTP (MCP 2025-03-26 and later): every POST and GET is
 * signed by {@link ProxySigner}; answers come as JSON or as an SSE stream whose other messages (progress,
 * logging, the remote's own requests) go to the caller's consumer; the standalone GET stream carries the
 * remote's unsolicited messages. Redirects are never followed.
 *
 * <p>Resilience: connection failures, 429 and 502/503/504 are retried with the SDK's standard backoff (full jitter,
 * base 100 ms, cap 20 s, {@code Retry-After} honoured up to 20 s); a 500 or a timeout is retried only for requests
 * that change nothing (initialize, lists, reads), never for a tool call. When the remote forgets the session
 * (HTTP 404 on a session id: it restarted), the session is initialized again with the client's original
 * {@code initialize} and the message is sent once more.
 */
public final class RemoteConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteConnection.class);
    private static final String SESSION_HEADER = "Mcp-Session-Id";
    private static final String VERSION_HEADER = "MCP-Protocol-Version";
    private static final List<String> REQUEST_ID_HEADERS = List.of("x-amzn-requestid", "x-amz-request-id", "x-request-id");
    private static final int MAX_SNIPPET = 200;

    private final RemoteTarget target;
    private final ProxySigner signer;
    private final ObjectMapper json;
    private final ProxyTimeouts timeouts;
    private final int retries;
    private final HttpClient http;
    private final Consumer<ObjectNode> unsolicited;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object initLock = new Object();

    private volatile String sessionId;
    private volatile String protocolVersion;
    private volatile ObjectNode initializeRequest;
    private volatile ObjectNode initializeResult;
    private volatile Thread listener;

    /**
     * @param target      the remote
     * @param signer      signs every request
     * @param json        the mapper
     * @param timeouts    connect, read, write and tool timeouts
     * @param retries     how many times a retryable failure is tried again
     * @param unsolicited receives the remote's messages that belong to no request (GET stream)
     */
    public RemoteConnection(RemoteTarget target, ProxySigner signer, ObjectMapper json, ProxyTimeouts timeouts,
                            int retries, Consumer<ObjectNode> unsolicited) {
        this.target = target;
        this.signer = signer;
        this.json = json;
        this.timeouts = timeouts;
        this.retries = retries;
        this.unsolicited = unsolicited;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The remote. */
    public RemoteTarget target() {
        return target;
    }

    /** The remote's {@code initialize} result, or null before it. */
    public ObjectNode initializeResult() {
        return initializeResult;
    }

    /** Whether a session is open (initialize succeeded and was not lost since). */
    public boolean initialized() {
        return initializeResult != null;
    }

    /**
     * Opens the session: sends the client's {@code initialize} (its id is kept), then
     * {@code notifications/initialized}, then opens the GET stream.
     *
     * @param request the client's initialize request
     * @return the remote's response message
     * @throws ProxyException when the remote cannot be reached or refuses
     */
    public ObjectNode initialize(ObjectNode request) {
        synchronized (initLock) {
            initializeRequest = request.deepCopy();
            return openSession();
        }
    }

    /**
     * Opens the session again if it is not open (after a failed start, or once a restart was noticed), with the
     * client's original {@code initialize}.
     *
     * @throws ProxyException when it still cannot be opened, or the client never initialized
     */
    public void ensureSession() {
        if (initializeResult != null) {
            return;
        }
        synchronized (initLock) {
            if (initializeResult == null) {
                if (initializeRequest == null) {
                    throw new ProxyException("NotInitialized", "The client has not initialized the session.", null, null);
                }
                openSession();
            }
        }
    }

    private ObjectNode openSession() {
        sessionId = null;
        protocolVersion = null;
        Answer a = exchange(initializeRequest, null, timeouts.read(), true, null);
        ObjectNode response = a.response();
        if (response == null) {
            throw badAnswer("answered initialize without a result", null);
        }
        if (response.has("error")) {
            throw new ProxyException("RemoteRefused", "Remote " + target.describe() + " refused initialize: "
                    + response.path("error").path("message").asText("no message") + ".", null, null);
        }
        protocolVersion = response.path("result").path("protocolVersion").asText(null);
        ObjectNode initialized = json.createObjectNode().put("jsonrpc", "2.0").put("method", "notifications/initialized");
        exchange(initialized, null, timeouts.write(), true, null);
        initializeResult = response;
        startListener();
        return response;
    }

    /**
     * Sends a request and waits for its response; every other message on its answer stream goes to
     * {@code related} as it arrives.
     *
     * @param request   the JSON-RPC request
     * @param related   receives progress, logging and the remote's requests made while answering
     * @param deadline  the longest wait for the response
     * @param safe      whether it changes nothing, so a timeout or a 500 may be retried
     * @param handle    lets another thread cancel the wait (closes the stream), or null
     * @return the response and the remote's request ids
     * @throws ProxyException when no response arrives; nothing is retried past the deadline
     */
    public Answer request(ObjectNode request, Consumer<ObjectNode> related, Duration deadline, boolean safe,
                          CallHandle handle) {
        ensureSession();
        return exchange(request, related, deadline, safe, handle);
    }

    /**
     * Sends a notification, or the client's response to one of the remote's requests (HTTP 202 expected).
     *
     * @param message the message
     * @throws ProxyException when it cannot be delivered
     */
    public void send(ObjectNode message) {
        ensureSession();
        exchange(message, null, timeouts.write(), true, null);
    }

    private Answer exchange(ObjectNode message, Consumer<ObjectNode> related, Duration deadline, boolean safe,
                            CallHandle handle) {
        boolean isRequest = message.has("method") && message.has("id");
        boolean isInitialize = "initialize".equals(message.path("method").asText());
        long end = System.nanoTime() + deadline.toNanos();
        boolean reinitialized = false;
        for (int attempt = 0; ; attempt++) {
            if (handle != null && handle.cancelled()) {
                return Answer.CANCELLED;
            }
            Duration left = Duration.ofNanos(end - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                throw timeout(message, deadline);
            }
            HttpResponse<InputStream> response;
            try {
                response = http.send(post(message, left), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpConnectTimeoutException | ConnectException e) {
                if (attempt < retries) {
                    backoff(attempt, null, end);
                    continue;
                }
                throw unreachable(e);
            } catch (HttpTimeoutException e) {
                if (safe && attempt < retries) {
                    continue;
                }
                throw timeout(message, deadline);
            } catch (IOException e) {
                if (safe && attempt < retries) {
                    backoff(attempt, null, end);
                    continue;
                }
                throw unreachable(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProxyException("Interrupted", "The call to " + target.describe() + " was interrupted.", null, e);
            }
            int status = response.statusCode();
            if (status == 404 && sessionId != null && !isInitialize && !reinitialized) {
                discard(response);
                LOG.info("remote {} no longer knows session; initializing again", target.name());
                reinitialized = true;
                synchronized (initLock) {
                    initializeResult = null;
                    openSession();
                }
                attempt--;
                continue;
            }
            if ((status == 429 || status == 502 || status == 503 || status == 504 || (status == 500 && safe))
                    && attempt < retries) {
                Optional<String> retryAfter = response.headers().firstValue("Retry-After");
                discard(response);
                backoff(attempt, retryAfter.orElse(null), end);
                continue;
            }
            if (isInitialize && status >= 200 && status < 300) {
                response.headers().firstValue(SESSION_HEADER).ifPresent(id -> sessionId = id);
            }
            return read(message, response, related, end, handle, isRequest);
        }
    }

    private HttpRequest post(ObjectNode message, Duration timeout) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> headers = baseHeaders();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json, text/event-stream");
        URI uri = target.endpoint();
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signer.sign(target, "POST", uri, headers, body).forEach(b::header);
        return b.build();
    }

    private Map<String, String> baseHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        String session = sessionId;
        if (session != null) {
            headers.put(SESSION_HEADER, session);
        }
        String version = protocolVersion;
        if (version != null) {
            headers.put(VERSION_HEADER, version);
        }
        return headers;
    }

    private Answer read(ObjectNode message, HttpResponse<InputStream> response, Consumer<ObjectNode> related,
                        long end, CallHandle handle, boolean isRequest) {
        int status = response.statusCode();
        List<String> ids = requestIds(response);
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (status >= 300 && status < 400) {
            discard(response);
            throw new ProxyException("RemoteRedirect", "Remote " + target.describe() + " answered HTTP " + status
                    + " (redirect to " + response.headers().firstValue("Location").orElse("nowhere")
                    + "); redirects are not followed, so signed requests cannot leak to another host.",
                    "Use the final URL of the MCP endpoint.", null);
        }
        if (status == 401 || status == 403) {
            String body = snippet(response);
            throw new ProxyException("RemoteUnauthorized", "Remote " + target.describe() + " refused the signed request (HTTP "
                    + status + (body.isEmpty() ? "" : ": " + body) + ").",
                    "Check that --service (now '" + target.service() + "') and --region (now '" + target.region()
                            + "') match the endpoint, and that the credentials" + (target.profile() == null ? ""
                            : " of profile '" + target.profile() + "'") + " may call it.", null);
        }
        if (status >= 400) {
            String body = snippet(response);
            if (!isRequest || type.contains("json")) {
                Optional<ObjectNode> error = errorMessage(body, message);
                if (error.isPresent() && isRequest) {
                    return new Answer(error.get(), status, ids);
                }
            }
            throw new ProxyException("RemoteError", "Remote " + target.describe() + " answered HTTP " + status
                    + (body.isEmpty() ? "" : ": " + body) + ".", status >= 500 ? "The remote failed; try again later or check its health." : null, null);
        }
        if (!isRequest) {
            discard(response);
            return new Answer(null, status, ids);
        }
        JsonNode id = message.get("id");
        if (type.startsWith("text/event-stream")) {
            return new Answer(readStream(response.body(), id, related, end, handle), status, ids);
        }
        if (type.contains("json")) {
            try (InputStream in = response.body()) {
                JsonNode body = json.readTree(in);
                ObjectNode answer = dispatch(body, id, related);
                if (answer == null) {
                    throw badAnswer("answered without the response to request " + id, null);
                }
                return new Answer(answer, status, ids);
            } catch (JsonProcessingException e) {
                throw badAnswer("answered JSON that cannot be parsed", e);
            } catch (IOException e) {
                throw unreachable(e);
            }
        }
        discard(response);
        if (status == 202) {
            throw badAnswer("accepted request " + id + " (HTTP 202) without answering it", null);
        }
        throw badAnswer("answered with content type '" + type + "', not JSON or an event stream", null);
    }

    /** Reads an SSE stream until the response to {@code id}, handing every other message to {@code related}. */
    private ObjectNode readStream(InputStream body, JsonNode id, Consumer<ObjectNode> related, long end, CallHandle handle) {
        StreamWatch watch = new StreamWatch(body, timeouts.read(), end);
        if (handle != null) {
            handle.attach(watch);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = r.readLine()) != null) {
                watch.touch();
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        ObjectNode answer = dispatch(parse(data.toString()), id, related);
                        data.setLength(0);
                        if (answer != null) {
                            return answer;
                        }
                    }
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
                }
            }
            if (handle != null && handle.cancelled()) {
                return null;
            }
            throw watch.expired() ? timeout(null, timeouts.read()) : badAnswer("closed the answer stream before answering request " + id, null);
        } catch (IOException e) {
            if (handle != null && handle.cancelled()) {
                return null;
            }
            if (watch.expired()) {
                throw watch.pastDeadline() ? timeout(null, Duration.ZERO) : timeout(null, timeouts.read());
            }
            throw unreachable(e);
        } finally {
            watch.stop();
        }
    }

    /** Hands the messages of one JSON value (message or batch) out; returns the response to {@code id}, if there. */
    private ObjectNode dispatch(JsonNode body, JsonNode id, Consumer<ObjectNode> related) {
        ObjectNode answer = null;
        List<JsonNode> messages = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(messages::add);
        } else {
            messages.add(body);
        }
        for (JsonNode m : messages) {
            if (!m.isObject()) {
                throw badAnswer("sent a message that is not a JSON object", null);
            }
            ObjectNode o = (ObjectNode) m;
            if (!o.has("method") && id != null && id.equals(o.get("id"))) {
                answer = o;
            } else if (related != null) {
                related.accept(o);
            } else {
                unsolicited.accept(o);
            }
        }
        return answer;
    }

    private JsonNode parse(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException e) {
            throw badAnswer("sent an event that is not JSON", e);
        }
    }

    /** The standalone GET stream: the remote's notifications and requests outside any request (405: none). */
    private void startListener() {
        Thread t = new Thread(this::listen, "aws-mcp-proxy-listen-" + target.name());
        t.setDaemon(true);
        listener = t;
        t.start();
    }

    private void listen() {
        Thread me = Thread.currentThread();
        int failures = 0;
        while (!closed.get() && listener == me && initializeResult != null) {
            try {
                Map<String, String> headers = baseHeaders();
                headers.put("Accept", "text/event-stream");
                URI uri = target.endpoint();
                HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET();
                signer.sign(target, "GET", uri, headers, new byte[0]).forEach(b::header);
                HttpResponse<InputStream> response = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() == 405 || response.statusCode() == 404) {
                    discard(response);
                    return; // no standalone stream (405), or the session is gone: the next call opens a new one
                }
                if (response.statusCode() != 200) {
                    discard(response);
                    throw new IOException("HTTP " + response.statusCode());
                }
                failures = 0;
                try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    StringBuilder data = new StringBuilder();
                    String line;
                    while ((line = r.readLine()) != null && !closed.get() && listener == me) {
                        if (line.isEmpty() && data.length() > 0) {
                            try {
                                dispatch(parse(data.toString()), null, null);
                            } catch (ProxyException bad) {
                                LOG.warn("remote {}: {}", target.name(), bad.getMessage());
                            }
                            data.setLength(0);
                        } else if (line.startsWith("data:")) {
                            data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
                        }
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                failures++;
                LOG.debug("remote {} GET stream: {}", target.name(), e.getMessage());
            }
            try {
                Thread.sleep(Math.min(10_000, 250L << Math.min(failures, 6)));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private List<String> requestIds(HttpResponse<?> response) {
        List<String> ids = new ArrayList<>();
        for (String h : REQUEST_ID_HEADERS) {
            response.headers().firstValue(h).ifPresent(ids::add);
        }
        return ids;
    }

    private Optional<ObjectNode> errorMessage(String body, ObjectNode message) {
        try {
            JsonNode n = json.readTree(body);
            if (n != null && n.isObject() && n.has("error") && n.path("error").isObject()) {
                ObjectNode o = (ObjectNode) n;
                if (message.has("id") && (!o.has("id") || o.get("id").isNull())) {
                    o.set("id", message.get("id"));
                }
                return Optional.of(o);
            }
        } catch (JsonProcessingException | RuntimeException notJson) {
            // fall through to the HTTP status
        }
        return Optional.empty();
    }

    private void backoff(int attempt, String retryAfter, long end) {
        long millis;
        if (retryAfter != null && retryAfter.matches("\\d{1,3}")) {
            millis = Math.min(20_000, Long.parseLong(retryAfter) * 1000);
        } else {
            millis = ThreadLocalRandom.current().nextLong(Math.min(20_000, 100L << Math.min(attempt + 1, 10)) + 1);
        }
        millis = Math.min(millis, Math.max(0, (end - System.nanoTime()) / 1_000_000));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void discard(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing to free
        }
    }

    private static String snippet(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            byte[] b = in.readNBytes(MAX_SNIPPET);
            return new String(b, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            return "";
        }
    }

    private ProxyException unreachable(IOException e) {
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return new ProxyException("RemoteUnavailable", "Remote " + target.describe() + " could not be reached ("
                + why + ").", "Check that the server is up and the URL, network and proxy settings are right; "
                + "the next call tries again.", e);
    }

    private ProxyException timeout(ObjectNode message, Duration waited) {
        String what = message == null ? "an answer" : "the answer to " + message.path("method").asText("a message");
        return new ProxyException("RemoteTimeout", "Remote " + target.describe() + " did not send " + what
                + (waited.isZero() ? " before the tool timeout" : " within " + waited.toSeconds() + " s") + ".",
                "Raise --timeout or --read-timeout if the remote is known to be slow, or check its health.", null);
    }

    private ProxyException badAnswer(String what, Exception cause) {
        return new ProxyException("BadRemoteAnswer", "Remote " + target.describe() + " " + what + ".",
                "Check that the URL is the server's MCP endpoint (it often ends in /mcp) and that it speaks streamable HTTP.",
                cause);
    }

    /** Ends the session (DELETE, best effort) and stops the GET stream. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Thread t = listener;
        listener = null;
        if (t != null) {
            t.interrupt();
        }
        String session = sessionId;
        if (session != null) {
            try {
                Map<String, String> headers = baseHeaders();
                URI uri = target.endpoint();
                HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).DELETE();
                signer.sign(target, "DELETE", uri, headers, new byte[0]).forEach(b::header);
                http.send(b.build(), HttpResponse.BodyHandlers.discarding());
            } catch (IOException | RuntimeException e) {
                LOG.debug("ending the session of {}: {}", target.name(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A response and where it came from.
     *
     * @param response   the JSON-RPC response, or null for a notification or a cancelled call
     * @param status     the HTTP status
     * @param requestIds the remote's request ids ({@code x-amzn-RequestId}, ...)
     */
    public record Answer(ObjectNode response, int status, List<String> requestIds) {
        static final Answer CANCELLED = new Answer(null, 0, List.of());

        public Answer {
            requestIds = List.copyOf(requestIds);
        }
    }
}
