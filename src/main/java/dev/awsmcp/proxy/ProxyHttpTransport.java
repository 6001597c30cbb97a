package dev.awsmcp.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the proxy over streamable HTTP ({@code aws-mcp proxy --http}) on {@code /mcp}: one {@link ProxySession}
 * per MCP session ({@code Mcp-Session-Id}); a POST that carries a request is answered on its own SSE stream with
 * that request's response; the remotes' other messages (progress, logging, their requests) go to the session's
 * GET stream when one is open, else to an open POST stream, else wait (up to 1,000) for the next stream. Binds
 * loopback by default and accepts only loopback {@code Host} and {@code Origin} headers there (DNS rebinding).
 */
public final class ProxyHttpTransport implements AutoCloseable {
    /** The MCP endpoint path. */
    public static final String PATH = "/mcp";
    private static final Logger LOG = LoggerFactory.getLogger(ProxyHttpTransport.class);
    private static final int MAX_WAITING = 1_000;

    private final ProxyServer proxy;
    private final Server jetty;
    private final ServerConnector connector;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private ProxyHttpTransport(ProxyServer proxy) throws Exception {
        this.proxy = proxy;
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("aws-mcp-proxy-http");
        threads.setDaemon(true);
        this.jetty = new Server(threads);
        this.connector = new ServerConnector(jetty);
        connector.setHost(proxy.options().httpHost());
        connector.setPort(proxy.options().httpPort());
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        ServletHolder servlet = new ServletHolder(new Endpoint());
        servlet.setAsyncSupported(true);
        context.addServlet(servlet, PATH);
        jetty.setHandler(context);
        jetty.setStopAtShutdown(false);
        jetty.start();
    }

    /**
     * Binds and starts serving.
     *
     * @param proxy the proxy
     * @return the running transport
     * @throws Exception when the address cannot be bound
     */
    public static ProxyHttpTransport start(ProxyServer proxy) throws Exception {
        return new ProxyHttpTransport(proxy);
    }

    /** The MCP endpoint URL. */
    public URI endpoint() {
        String host = connector.getHost();
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + connector.getLocalPort() + PATH);
    }

    /**
     * Blocks until the server stops.
     *
     * @throws InterruptedException when interrupted
     */
    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            sessions.values().forEach(HttpSession::close);
            sessions.clear();
            try {
                jetty.stop();
            } catch (Exception e) {
                LOG.debug("stopping Jetty: {}", e.getMessage());
            }
        }
    }

    private boolean loopbackBind() {
        return RemoteTarget.isLoopback(proxy.options().httpHost());
    }

    /** One client session: its proxy session and its open streams. */
    private final class HttpSession {
        final String id = UUID.randomUUID().toString();
        final ProxySession session;
        final Map<JsonNode, Stream> posts = new ConcurrentHashMap<>();
        final Deque<ObjectNode> waiting = new ArrayDeque<>();
        volatile Stream get;

        HttpSession() {
            this.session = proxy.newSession(this::toClient);
        }

        synchronized void toClient(ObjectNode message) {
            if (!message.has("method") && message.has("id")) {
                Stream s = posts.remove(message.get("id"));
                if (s != null) {
                    s.send(message, true);
                }
                return;
            }
            Stream target = get != null && get.open() ? get : posts.values().stream().filter(Stream::open).findFirst().orElse(null);
            if (target != null) {
                target.send(message, false);
            } else if (waiting.size() < MAX_WAITING) {
                waiting.add(message);
            }
        }

        synchronized void flushWaiting(Stream s) {
            while (!waiting.isEmpty() && s.open()) {
                s.send(waiting.poll(), false);
            }
        }

        void close() {
            session.close();
            posts.values().forEach(s -> s.finish());
            Stream g = get;
            if (g != null) {
                g.finish();
            }
        }
    }

    /** An SSE response; {@link #send} writes one event, and the last one completes the exchange. */
    private final class Stream {
        private final AsyncContext async;
        private final OutputStream out;
        private volatile boolean open = true;

        Stream(HttpServletRequest req, HttpServletResponse res) throws IOException {
            res.setStatus(200);
            res.setContentType("text/event-stream");
            res.setCharacterEncoding("UTF-8");
            res.setHeader("Cache-Control", "no-cache");
            this.async = req.startAsync();
            async.setTimeout(0);
            this.out = res.getOutputStream();
            res.flushBuffer();
        }

        boolean open() {
            return open;
        }

        synchronized void send(ObjectNode message, boolean last) {
            if (!open) {
                return;
            }
            try {
                out.write(("event: message\ndata: " + json.writeValueAsString(message) + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                open = false;
            }
            if (last) {
                finish();
            }
        }

        synchronized void finish() {
            if (open) {
                open = false;
                try {
                    async.complete();
                } catch (IllegalStateException done) {
                    // already completed
                }
            }
        }
    }

    private final class Endpoint extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
            if (!allowed(req, res)) {
                return;
            }
            switch (req.getMethod()) {
                case "POST": post(req, res); break;
                case "GET": get(req, res); break;
                case "DELETE": delete(req, res); break;
                default:
                    res.setHeader("Allow", "GET, POST, DELETE");
                    error(res, 405, null, "Use POST, GET or DELETE on " + PATH + ".");
            }
        }

        private boolean allowed(HttpServletRequest req, HttpServletResponse res) throws IOException {
            if (!loopbackBind()) {
                return true;
            }
            String host = req.getHeader("Host");
            if (host == null || !RemoteTarget.isLoopback(hostOnly(host))) {
                error(res, 421, null, "The Host header is not a loopback name (DNS rebinding protection).");
                return false;
            }
            String origin = req.getHeader("Origin");
            if (origin != null && !origin.isBlank() && !"null".equals(origin)) {
                try {
                    String h = URI.create(origin).getHost();
                    if (h == null || !RemoteTarget.isLoopback(h.toLowerCase(Locale.ROOT))) {
                        error(res, 403, null, "The Origin header is not a loopback origin.");
                        return false;
                    }
                } catch (IllegalArgumentException e) {
                    error(res, 403, null, "The Origin header is not a URL.");
                    return false;
                }
            }
            return true;
        }

        private void post(HttpServletRequest req, HttpServletResponse res) throws IOException {
            JsonNode body;
            try {
                body = json.readTree(req.getInputStream());
            } catch (JsonProcessingException e) {
                error(res, 400, null, "The body is not JSON.");
                return;
            }
            List<ObjectNode> messages = new ArrayList<>();
            if (body != null && body.isArray()) {
                body.forEach(m -> {
                    if (m.isObject()) {
                        messages.add((ObjectNode) m);
                    }
                });
            } else if (body != null && body.isObject()) {
                messages.add((ObjectNode) body);
            }
            if (messages.isEmpty()) {
                error(res, 400, null, "The body holds no JSON-RPC message.");
                return;
            }
            boolean initialize = messages.stream().anyMatch(m -> "initialize".equals(m.path("method").asText()));
            HttpSession s;
            if (initialize) {
                s = new HttpSession();
                sessions.put(s.id, s);
                res.setHeader("Mcp-Session-Id", s.id);
            } else {
                s = session(req, res);
                if (s == null) {
                    return;
                }
            }
            List<ObjectNode> requests = messages.stream().filter(m -> m.has("method") && m.has("id")).toList();
            if (requests.isEmpty()) {
                messages.forEach(s.session::accept);
                res.setStatus(202);
                return;
            }
            Stream stream = new Stream(req, res);
            for (ObjectNode r : requests) {
                s.posts.put(r.get("id"), stream);
            }
            s.flushWaiting(stream);
            messages.forEach(s.session::accept);
        }

        private void get(HttpServletRequest req, HttpServletResponse res) throws IOException {
            String accept = req.getHeader("Accept");
            if (accept == null || !accept.contains("text/event-stream")) {
                error(res, 406, null, "GET needs Accept: text/event-stream.");
                return;
            }
            HttpSession s = session(req, res);
            if (s == null) {
                return;
            }
            Stream stream = new Stream(req, res);
            Stream old = s.get;
            s.get = stream;
            if (old != null) {
                old.finish();
            }
            s.flushWaiting(stream);
        }

        private void delete(HttpServletRequest req, HttpServletResponse res) throws IOException {
            HttpSession s = session(req, res);
            if (s != null) {
                sessions.remove(s.id);
                s.close();
                res.setStatus(200);
            }
        }

        private HttpSession session(HttpServletRequest req, HttpServletResponse res) throws IOException {
            String id = req.getHeader("Mcp-Session-Id");
            if (id == null) {
                error(res, 400, null, "Missing Mcp-Session-Id header; initialize first.");
                return null;
            }
            HttpSession s = sessions.get(id);
            if (s == null) {
                error(res, 404, null, "Unknown or ended session; initialize again.");
            }
            return s;
        }

        private void error(HttpServletResponse res, int status, JsonNode id, String message) throws IOException {
            res.setStatus(status);
            res.setContentType("application/json");
            res.setCharacterEncoding("UTF-8");
            ObjectNode e = json.createObjectNode().put("jsonrpc", "2.0");
            e.set("id", id);
            e.putObject("error").put("code", -32600).put("message", message);
            res.getWriter().write(json.writeValueAsString(e));
        }

        private String hostOnly(String host) {
            String h = host.toLowerCase(Locale.ROOT);
            if (h.startsWith("[")) {
                int end = h.indexOf(']');
                return end > 0 ? h.substring(0, end + 1) : h;
            }
            int colon = h.lastIndexOf(':');
            return colon > 0 ? h.substring(0, colon) : h;
        }
    }
}
