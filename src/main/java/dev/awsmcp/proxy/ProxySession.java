package dev.awsmcp.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.audit.AuditDecision;
import dev.awsmcp.audit.AuditTrail;
import dev.awsmcp.audit.CallFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client session of the proxy: takes the client's JSON-RPC messages, forwards them to the remotes and
 * sends back what they answer, in both directions (progress, logging, list changes, cancellation, and the
 * remotes' own requests such as elicitation and sampling, whose ids are mapped so that several remotes cannot
 * collide). Tool calls are judged first ({@link RemoteToolGate}): in read-only mode a call that is not a read is
 * refused without being forwarded; with consent required, the human is asked. Every tool call goes into the
 * audit trail. With several remotes, tools and prompts are listed as {@code <remote>__<name>}.
 *
 * <p>Thread-safe: {@link #accept} is called from the transport's reader; requests are served on a pool so
 * that a slow call never holds up a cancellation or a ping.
 */
public final class ProxySession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProxySession.class);
    /** Separates the remote's name from a tool or prompt name when several remotes are served. */
    public static final String PREFIX_SEPARATOR = "__";
    private static final Duration CONSENT_WAIT = Duration.ofMinutes(5);

    private final ObjectMapper json;
    private final ProxyOptions options;
    private final List<RemoteConnection> remotes = new ArrayList<>();
    private final RemoteToolGate gate;
    private final AuditTrail audit;
    private final Consumer<ObjectNode> client;
    private final boolean prefixed;
    private final ExecutorService pool;
    private final AtomicLong ids = new AtomicLong();
    private final Map<JsonNode, CallHandle> inFlight = new ConcurrentHashMap<>();
    private final Map<JsonNode, RemoteConnection> inFlightRemote = new ConcurrentHashMap<>();
    private final Map<String, RemoteRequest> remoteRequests = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<ObjectNode>> ownRequests = new ConcurrentHashMap<>();
    private final Map<String, RemoteTool> tools = new ConcurrentHashMap<>();
    private final Map<String, RemoteConnection> resourceOwners = new ConcurrentHashMap<>();
    private volatile JsonNode clientCapabilities;
    private volatile String clientName;
    private volatile String clientVersion;

    /**
     * @param options the proxy options
     * @param signer  signs every request
     * @param gate    judges tool calls
     * @param audit   the audit trail, or null for none
     * @param json    the mapper
     * @param client  sends one message to the client (must be thread-safe)
     */
    public ProxySession(ProxyOptions options, ProxySigner signer, RemoteToolGate gate, AuditTrail audit,
                        ObjectMapper json, Consumer<ObjectNode> client) {
        this.options = options;
        this.gate = gate;
        this.audit = audit;
        this.json = json;
        this.client = client;
        this.prefixed = options.remotes().size() > 1;
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "aws-mcp-proxy-call");
            t.setDaemon(true);
            return t;
        });
        for (RemoteTarget t : options.remotes()) {
            RemoteConnection[] self = new RemoteConnection[1];
            self[0] = new RemoteConnection(t, signer, json, options.timeouts(), options.retries(),
                    m -> fromRemote(self[0], m));
            remotes.add(self[0]);
        }
    }

    /**
     * Takes one message from the client. Returns at once; the answer is sent through the client channel.
     *
     * @param message a JSON-RPC request, notification or response
     */
    public void accept(ObjectNode message) {
        boolean hasId = message.has("id") && !message.get("id").isNull();
        String method = message.path("method").asText(null);
        if (method == null) {
            if (hasId) {
                fromClientResponse(message);
            }
            return;
        }
        if (!hasId) {
            fromClientNotification(method, message);
            return;
        }
        if ("tools/call".equals(method)) {
            // registered now, on the reader thread, so that a cancel sent right after it finds it
            inFlight.put(message.get("id"), new CallHandle());
        }
        try {
            pool.execute(() -> serve(method, message));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            inFlight.remove(message.get("id"));
        }
    }

    private void serve(String method, ObjectNode request) {
        try {
            switch (method) {
                case "initialize": respond(request, initialize(request)); break;
                case "ping": respondResult(request, json.createObjectNode()); break;
                case "tools/list": respondResult(request, listTools()); break;
                case "tools/call": callTool(request); break;
                case "prompts/list": respondResult(request, listMerged("prompts/list", "prompts", true)); break;
                case "resources/list": respondResult(request, listMerged("resources/list", "resources", false)); break;
                case "resources/templates/list":
                    respondResult(request, listMerged("resources/templates/list", "resourceTemplates", false)); break;
                case "prompts/get": forwardNamed(request, "name"); break;
                case "resources/read": case "resources/subscribe": case "resources/unsubscribe":
                    forward(resourceOwner(request.path("params").path("uri").asText()), request); break;
                case "completion/complete": complete(request); break;
                case "logging/setLevel":
                    for (RemoteConnection r : remotes) {
                        forwardQuietly(r, request);
                    }
                    respondResult(request, json.createObjectNode());
                    break;
                default:
                    if (prefixed) {
                        respondError(request, -32601, "Method not found: " + method
                                + " (the proxy serves several remotes and cannot tell which one it is for).");
                    } else {
                        forward(remotes.get(0), request);
                    }
            }
        } catch (ProxyException e) {
            respondError(request, -32603, e.describe());
        } catch (RuntimeException e) {
            LOG.warn("proxy: {} failed: {}", method, e.toString());
            respondError(request, -32603, "The proxy failed on " + method + ": " + e.getClass().getSimpleName() + ".");
        } finally {
            inFlight.remove(request.get("id"));
        }
    }

    // ----- initialize and lists -----

    private ObjectNode initialize(ObjectNode request) {
        JsonNode params = request.path("params");
        clientCapabilities = params.path("capabilities");
        clientName = params.path("clientInfo").path("name").asText(null);
        clientVersion = params.path("clientInfo").path("version").asText(null);
        ObjectNode forwarded = withMeta(request);
        if (!prefixed) {
            return remotes.get(0).initialize(forwarded);
        }
        List<ObjectNode> results = new ArrayList<>();
        ProxyException failure = null;
        List<CompletableFuture<ObjectNode>> all = new ArrayList<>();
        for (RemoteConnection r : remotes) {
            all.add(CompletableFuture.supplyAsync(() -> r.initialize(forwarded), pool));
        }
        for (int i = 0; i < all.size(); i++) {
            try {
                results.add(all.get(i).get());
            } catch (ExecutionException e) {
                failure = e.getCause() instanceof ProxyException ? (ProxyException) e.getCause()
                        : new ProxyException("RemoteUnavailable", String.valueOf(e.getCause()), null, e.getCause());
                LOG.warn("proxy: {} is unavailable at start-up: {}", remotes.get(i).target().name(), failure.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProxyException("Interrupted", "Start-up was interrupted.", null, e);
            }
        }
        if (results.isEmpty()) {
            throw failure;
        }
        return mergedInitialize(request, results);
    }

    private ObjectNode mergedInitialize(ObjectNode request, List<ObjectNode> results) {
        ObjectNode result = json.createObjectNode();
        result.put("protocolVersion", results.get(0).path("result").path("protocolVersion").asText(
                request.path("params").path("protocolVersion").asText()));
        ObjectNode caps = result.putObject("capabilities");
        StringBuilder instructions = new StringBuilder();
        for (int i = 0; i < remotes.size(); i++) {
            ObjectNode r = remotes.get(i).initializeResult();
            if (r == null) {
                continue;
            }
            r.path("result").path("capabilities").properties().forEach(e -> {
                if (!caps.has(e.getKey())) {
                    caps.set(e.getKey(), e.getValue().deepCopy());
                } else if (e.getValue().isObject() && caps.get(e.getKey()).isObject()) {
                    ((ObjectNode) caps.get(e.getKey())).setAll((ObjectNode) e.getValue().deepCopy());
                }
            });
            String text = r.path("result").path("instructions").asText("");
            if (!text.isBlank()) {
                instructions.append("Tools of ").append(remotes.get(i).target().name()).append(" (prefixed ")
                        .append(remotes.get(i).target().name()).append(PREFIX_SEPARATOR).append("): ").append(text).append("\n\n");
            }
        }
        result.putObject("serverInfo").put("name", "aws-mcp-proxy").put("version", dev.awsmcp.proxy.ProxyServer.VERSION);
        if (instructions.length() > 0) {
            result.put("instructions", instructions.toString().strip());
        }
        ObjectNode response = json.createObjectNode().put("jsonrpc", "2.0");
        response.set("id", request.get("id"));
        response.set("result", result);
        return response;
    }

    private ObjectNode listTools() {
        ArrayNode out = json.createArrayNode();
        for (RemoteConnection r : remotes) {
            List<ObjectNode> page;
            try {
                page = listAll(r, "tools/list", "tools");
            } catch (ProxyException e) {
                if (!prefixed) {
                    throw e;
                }
                LOG.warn("proxy: tools of {} are not listed: {}", r.target().name(), e.getMessage());
                continue;
            }
            for (ObjectNode tool : page) {
                String name = tool.path("name").asText();
                JsonNode hint = tool.path("annotations").path("readOnlyHint");
                Boolean readOnlyHint = hint.isBoolean() ? hint.asBoolean() : null;
                String exposed = exposedName(r, name);
                tools.put(exposed, new RemoteTool(r, name, readOnlyHint));
                if (options.readOnly() && !gate.listed(name, Boolean.TRUE.equals(readOnlyHint))) {
                    continue;
                }
                ObjectNode copy = tool.deepCopy();
                copy.put("name", exposed);
                out.add(copy);
            }
        }
        ObjectNode result = json.createObjectNode();
        result.set("tools", out);
        return result;
    }

    /** Every page of a list call, as the remote's items. */
    private List<ObjectNode> listAll(RemoteConnection r, String method, String key) {
        List<ObjectNode> items = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            ObjectNode req = request(method);
            if (cursor != null) {
                req.putObject("params").put("cursor", cursor);
            }
            RemoteConnection.Answer a = r.request(withMeta(req), m -> fromRemote(r, m), options.timeouts().read(), true, null);
            ObjectNode response = a.response();
            if (response.has("error")) {
                throw new ProxyException("RemoteRefused", "Remote " + r.target().describe() + " refused " + method + ": "
                        + response.path("error").path("message").asText("no message") + ".", null, null);
            }
            response.path("result").path(key).forEach(n -> {
                if (n.isObject()) {
                    items.add((ObjectNode) n);
                }
            });
            cursor = response.path("result").path("nextCursor").asText(null);
            if (cursor == null || cursor.isEmpty()) {
                break;
            }
        }
        return items;
    }

    private ObjectNode listMerged(String method, String key, boolean named) {
        ArrayNode out = json.createArrayNode();
        for (RemoteConnection r : remotes) {
            List<ObjectNode> items;
            try {
                items = listAll(r, method, key);
            } catch (ProxyException e) {
                if (!prefixed) {
                    throw e;
                }
                LOG.warn("proxy: {} of {} are not listed: {}", key, r.target().name(), e.getMessage());
                continue;
            }
            for (ObjectNode item : items) {
                ObjectNode copy = item.deepCopy();
                if (named) {
                    copy.put("name", exposedName(r, item.path("name").asText()));
                }
                String uri = item.path(item.has("uri") ? "uri" : "uriTemplate").asText(null);
                if (uri != null) {
                    resourceOwners.put(uri, r);
                }
                out.add(copy);
            }
        }
        ObjectNode result = json.createObjectNode();
        result.set(key, out);
        return result;
    }

    // ----- tool calls -----

    private void callTool(ObjectNode request) {
        JsonNode id = request.get("id");
        CallHandle handle = inFlight.computeIfAbsent(id, k -> new CallHandle());
        Instant started = Instant.now();
        String exposed = request.path("params").path("name").asText("");
        JsonNode arguments = request.path("params").path("arguments");
        RemoteTool tool = tool(exposed);
        if (tool == null) {
            respondError(request, -32602, "Unknown tool: " + exposed + ". List the tools (tools/list) for the names this proxy serves.");
            return;
        }
        RemoteToolGate.Judgement j = gate.judge(tool.name(), tool.readOnlyHint(), arguments);
        String verdict = "allow";
        if (!j.read() && options.readOnly()) {
            audit(tool, exposed, arguments, j, "deny", started, null, 0, "ReadOnlyDenied");
            respondResult(request, toolError("Refused by aws-mcp proxy --read-only, nothing was sent to "
                    + tool.remote().target().describe() + ": " + j.reason()));
            return;
        }
        if (!j.read() && options.requireConsent()) {
            Optional<String> refused = askConsent(tool, exposed, j, handle);
            if (handle.cancelled()) {
                audit(tool, exposed, arguments, j, "deny", started, null, 0, "Cancelled");
                return;
            }
            if (refused.isPresent()) {
                audit(tool, exposed, arguments, j, "deny", started, null, 0, "ConsentDenied");
                respondResult(request, toolError(refused.get() + " Nothing was sent to " + tool.remote().target().describe() + "."));
                return;
            }
            verdict = "consent";
        }
        if (audit != null) {
            try {
                audit.checkWritable(); // fail-closed auditing: nothing is forwarded that cannot be audited
            } catch (dev.awsmcp.audit.AuditException e) {
                respondResult(request, toolError(e.getMessage() + " " + e.hint()));
                return;
            }
        }
        ObjectNode forwarded = withMeta(request);
        ((ObjectNode) forwarded.path("params")).put("name", tool.name());
        RemoteConnection remote = tool.remote();
        inFlightRemote.put(id, remote);
        try {
            RemoteConnection.Answer a = remote.request(forwarded, m -> fromRemote(remote, m), options.timeouts().tool(),
                    false, handle);
            if (handle.cancelled() || a.response() == null) {
                audit(tool, exposed, arguments, j, verdict, started, a.requestIds(), a.status(), "Cancelled");
                return;
            }
            ObjectNode response = a.response();
            String error = response.has("error") ? "JsonRpcError"
                    : response.path("result").path("isError").asBoolean(false) ? "ToolError" : null;
            if (response.path("result").isObject()) {
                budget((ObjectNode) response.get("result"));
            }
            audit(tool, exposed, arguments, j, verdict, started, ids(a.requestIds(), id), a.status(), error);
            respond(request, response);
        } catch (ProxyException e) {
            audit(tool, exposed, arguments, j, verdict, started, null, 0, e.code());
            if (!handle.cancelled()) {
                respondResult(request, toolError(e.describe()));
            }
        } finally {
            inFlightRemote.remove(id);
        }
    }

    private RemoteTool tool(String exposed) {
        RemoteTool t = tools.get(exposed);
        if (t == null) {
            try {
                listTools(); // a client may call a tool it knows without listing first
            } catch (ProxyException e) {
                throw e;
            }
            t = tools.get(exposed);
        }
        return t;
    }

    /** Asks the human; empty when approved, else the sentence saying why not. */
    private Optional<String> askConsent(RemoteTool tool, String exposed, RemoteToolGate.Judgement j, CallHandle handle) {
        if (clientCapabilities == null || !clientCapabilities.has("elicitation")) {
            return Optional.of("Refused: --require-consent asks the human before a call that is not a read, and this "
                    + "MCP client cannot be asked (it does not support elicitation). " + j.reason());
        }
        String id = "aws-mcp-proxy-consent-" + ids.incrementAndGet();
        ObjectNode req = json.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", "elicitation/create");
        ObjectNode params = req.putObject("params");
        params.put("message", "Run the remote tool " + exposed + " on " + tool.remote().target().describe() + "?"
                + (j.command() == null ? "" : "\nCommand: " + dev.awsmcp.audit.CommandRedactor.redact(j.command(), null, null))
                + "\n" + j.reason());
        ObjectNode schema = params.putObject("requestedSchema").put("type", "object");
        schema.putObject("properties").putObject("approve").put("type", "boolean").put("title", "Approve this call")
                .put("description", "True runs the call once.");
        schema.putArray("required").add("approve");
        CompletableFuture<ObjectNode> answer = new CompletableFuture<>();
        ownRequests.put(id, answer);
        try {
            client.accept(req);
            long end = System.nanoTime() + CONSENT_WAIT.toNanos();
            while (!handle.cancelled()) {
                try {
                    ObjectNode r = answer.get(200, TimeUnit.MILLISECONDS);
                    JsonNode result = r.path("result");
                    if ("accept".equals(result.path("action").asText()) && result.path("content").path("approve").asBoolean(false)) {
                        return Optional.empty();
                    }
                    return Optional.of("Refused: the human did not approve the call (" + result.path("action").asText(
                            r.has("error") ? "error" : "no answer") + ").");
                } catch (TimeoutException e) {
                    if (System.nanoTime() > end) {
                        return Optional.of("Refused: no consent within " + CONSENT_WAIT.toMinutes() + " minutes.");
                    }
                }
            }
            return Optional.of("Cancelled.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("Refused: interrupted while waiting for consent.");
        } catch (ExecutionException e) {
            return Optional.of("Refused: the consent request failed.");
        } finally {
            ownRequests.remove(id);
        }
    }

    /** Keeps a tool result within the output budget: long texts are cut, with a note saying so. */
    private void budget(ObjectNode result) {
        int max = options.maxOutputChars();
        JsonNode content = result.path("content");
        int total = 0;
        for (JsonNode c : content) {
            total += c.path("text").asText("").length();
        }
        JsonNode structured = result.get("structuredContent");
        int structuredSize = structured == null ? 0 : structured.toString().length();
        if (total <= max && structuredSize <= max) {
            return;
        }
        if (structuredSize > max) {
            result.remove("structuredContent");
        }
        int left = max;
        for (JsonNode c : content) {
            if (c.isObject() && c.path("text").isTextual()) {
                String text = c.path("text").asText();
                String kept = text.length() <= left ? text : text.substring(0, Math.max(0, left));
                left -= kept.length();
                ((ObjectNode) c).put("text", kept);
            }
        }
        result.withArray("content").addObject().put("type", "text").put("text",
                "[aws-mcp proxy: the remote's answer had " + Math.max(total, structuredSize) + " characters; it was cut to "
                        + max + " by the output budget (--max-output-chars). Ask the remote for less, e.g. with a filter or a page size.]");
    }

    private void audit(RemoteTool tool, String exposed, JsonNode arguments, RemoteToolGate.Judgement j, String verdict,
                       Instant started, List<String> requestIds, int status, String error) {
        if (audit == null) {
            return;
        }
        String commandLine = j.command() != null ? j.command() : exposed + " " + arguments.toString();
        CallFacts facts = CallFacts.builder(commandLine)
                .time(started)
                .client(clientName, clientVersion)
                .tool(exposed)
                .highLevel("proxy:" + tool.remote().target().name() + " " + tool.name())
                .decision(new AuditDecision(verdict, j.rule(), j.reason(), j.iamActions(), j.accessLevel(), "proxy"))
                .target(tool.remote().target().profile(), tool.remote().target().region())
                .response(requestIds, status, error)
                .duration(Duration.between(started, Instant.now()))
                .build();
        try {
            audit.record(facts);
        } catch (RuntimeException e) {
            LOG.error("proxy: the audit line of {} could not be written: {}", exposed, e.getMessage());
        }
    }

    private static List<String> ids(List<String> headerIds, JsonNode rpcId) {
        if (!headerIds.isEmpty()) {
            return headerIds;
        }
        return List.of("jsonrpc:" + rpcId.asText());
    }

    private ObjectNode toolError(String text) {
        ObjectNode result = json.createObjectNode();
        result.putArray("content").addObject().put("type", "text").put("text", text);
        result.put("isError", true);
        return result;
    }

    // ----- routing -----

    private void forwardNamed(ObjectNode request, String field) {
        String name = request.path("params").path(field).asText("");
        for (RemoteConnection r : remotes) {
            String prefix = r.target().name() + PREFIX_SEPARATOR;
            if (!prefixed || name.startsWith(prefix)) {
                ObjectNode copy = request.deepCopy();
                if (prefixed) {
                    ((ObjectNode) copy.path("params")).put(field, name.substring(prefix.length()));
                }
                forward(r, copy);
                return;
            }
        }
        respondError(request, -32602, "Unknown name: " + name + ". List them first; names start with the remote's prefix.");
    }

    private void complete(ObjectNode request) {
        JsonNode ref = request.path("params").path("ref");
        if (ref.path("type").asText().equals("ref/prompt")) {
            String name = ref.path("name").asText("");
            for (RemoteConnection r : remotes) {
                String prefix = r.target().name() + PREFIX_SEPARATOR;
                if (!prefixed || name.startsWith(prefix)) {
                    ObjectNode copy = request.deepCopy();
                    if (prefixed) {
                        ((ObjectNode) copy.path("params").path("ref")).put("name", name.substring(prefix.length()));
                    }
                    forward(r, copy);
                    return;
                }
            }
            respondError(request, -32602, "Unknown prompt: " + name + ".");
            return;
        }
        forward(resourceOwner(ref.path("uri").asText()), request);
    }

    private RemoteConnection resourceOwner(String uri) {
        RemoteConnection owner = resourceOwners.get(uri);
        if (owner != null || !prefixed) {
            return owner != null ? owner : remotes.get(0);
        }
        for (Map.Entry<String, RemoteConnection> e : resourceOwners.entrySet()) {
            String template = e.getKey();
            int brace = template.indexOf('{');
            if (brace > 0 && uri.startsWith(template.substring(0, brace))) {
                return e.getValue();
            }
        }
        throw new ProxyException("UnknownResource", "No remote lists the resource " + uri + ".",
                "List the resources (resources/list) first.", null);
    }

    private void forward(RemoteConnection remote, ObjectNode request) {
        JsonNode id = request.get("id");
        CallHandle handle = inFlight.computeIfAbsent(id, k -> new CallHandle());
        inFlightRemote.put(id, remote);
        try {
            RemoteConnection.Answer a = remote.request(withMeta(request), m -> fromRemote(remote, m),
                    options.timeouts().read(), true, handle);
            if (!handle.cancelled() && a.response() != null) {
                respond(request, a.response());
            }
        } finally {
            inFlightRemote.remove(id);
        }
    }

    private void forwardQuietly(RemoteConnection remote, ObjectNode request) {
        try {
            remote.request(withMeta(request), m -> fromRemote(remote, m), options.timeouts().read(), true, null);
        } catch (ProxyException e) {
            LOG.debug("proxy: {} to {}: {}", request.path("method").asText(), remote.target().name(), e.getMessage());
        }
    }

    /** A message from a remote that is not the awaited response: pass it on, mapping the remote's request ids. */
    private void fromRemote(RemoteConnection remote, ObjectNode message) {
        String method = message.path("method").asText(null);
        if (method == null) {
            return; // a response to nothing we asked: drop
        }
        if (message.has("id") && !message.get("id").isNull()) {
            if ("ping".equals(method)) {
                ObjectNode pong = json.createObjectNode().put("jsonrpc", "2.0");
                pong.set("id", message.get("id"));
                pong.putObject("result");
                pool.execute(() -> sendQuietly(remote, pong));
                return;
            }
            String ours = "aws-mcp-proxy-" + ids.incrementAndGet();
            remoteRequests.put(ours, new RemoteRequest(remote, message.get("id")));
            ObjectNode copy = message.deepCopy();
            copy.put("id", ours);
            client.accept(copy);
            return;
        }
        if ("notifications/cancelled".equals(method)) {
            JsonNode theirs = message.path("params").path("requestId");
            for (Map.Entry<String, RemoteRequest> e : remoteRequests.entrySet()) {
                if (e.getValue().remote() == remote && e.getValue().id().equals(theirs)) {
                    ObjectNode copy = message.deepCopy();
                    ((ObjectNode) copy.path("params")).put("requestId", e.getKey());
                    remoteRequests.remove(e.getKey());
                    client.accept(copy);
                    return;
                }
            }
            return;
        }
        client.accept(message);
    }

    private void fromClientResponse(ObjectNode message) {
        String id = message.get("id").asText();
        CompletableFuture<ObjectNode> own = ownRequests.get(id);
        if (own != null) {
            own.complete(message);
            return;
        }
        RemoteRequest r = remoteRequests.remove(id);
        if (r != null) {
            ObjectNode copy = message.deepCopy();
            copy.set("id", r.id());
            pool.execute(() -> sendQuietly(r.remote(), copy));
        }
    }

    private void fromClientNotification(String method, ObjectNode message) {
        switch (method) {
            case "notifications/initialized":
                return; // each remote was sent its own right after initialize
            case "notifications/cancelled": {
                JsonNode requestId = message.path("params").path("requestId");
                RemoteConnection r = inFlightRemote.get(requestId); // before the cancel ends the call and forgets it
                CallHandle h = inFlight.get(requestId);
                if (h != null) {
                    h.cancel();
                }
                if (r != null) {
                    pool.execute(() -> sendQuietly(r, message));
                }
                return;
            }
            default:
                for (RemoteConnection r : remotes) {
                    if (r.initialized()) {
                        pool.execute(() -> sendQuietly(r, message));
                    }
                }
        }
    }

    private void sendQuietly(RemoteConnection remote, ObjectNode message) {
        try {
            remote.send(message);
        } catch (ProxyException e) {
            LOG.debug("proxy: passing {} to {} failed: {}", message.path("method").asText("a response"),
                    remote.target().name(), e.getMessage());
        }
    }

    private String exposedName(RemoteConnection r, String name) {
        return prefixed ? r.target().name() + PREFIX_SEPARATOR + name : name;
    }

    private ObjectNode request(String method) {
        return json.createObjectNode().put("jsonrpc", "2.0").put("id", "aws-mcp-proxy-" + ids.incrementAndGet())
                .put("method", method);
    }

    /** A copy of a request with the {@code --metadata} pairs in {@code params._meta} (the client's own keys win). */
    private ObjectNode withMeta(ObjectNode request) {
        ObjectNode copy = request.deepCopy();
        if (options.metadata().isEmpty()) {
            return copy;
        }
        ObjectNode params = copy.has("params") && copy.get("params").isObject() ? (ObjectNode) copy.get("params")
                : copy.putObject("params");
        ObjectNode meta = params.has("_meta") && params.get("_meta").isObject() ? (ObjectNode) params.get("_meta")
                : params.putObject("_meta");
        Map<String, String> add = new LinkedHashMap<>(options.metadata());
        add.forEach((k, v) -> {
            if (!meta.has(k)) {
                meta.put(k, v);
            }
        });
        return copy;
    }

    private void respond(ObjectNode request, ObjectNode response) {
        ObjectNode out = response.deepCopy();
        out.set("id", request.get("id"));
        CallHandle h = inFlight.get(request.get("id"));
        if (h != null && h.cancelled()) {
            return; // the client cancelled: it gets no answer
        }
        client.accept(out);
    }

    private void respondResult(ObjectNode request, ObjectNode result) {
        ObjectNode out = json.createObjectNode().put("jsonrpc", "2.0");
        out.set("id", request.get("id"));
        out.set("result", result);
        respond(request, out);
    }

    private void respondError(ObjectNode request, int code, String message) {
        ObjectNode out = json.createObjectNode().put("jsonrpc", "2.0");
        out.set("id", request.get("id"));
        out.putObject("error").put("code", code).put("message", message);
        respond(request, out);
    }

    /**
     * Waits for the requests still being served (the client closed its input after sending them), bounded.
     *
     * @param wait the longest wait
     */
    public void drain(Duration wait) {
        pool.shutdown();
        try {
            pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends every remote session. */
    @Override
    public void close() {
        inFlight.values().forEach(CallHandle::cancel);
        pool.shutdownNow();
        for (RemoteConnection r : remotes) {
            r.close();
        }
    }

    private record RemoteTool(RemoteConnection remote, String name, Boolean readOnlyHint) {}

    private record RemoteRequest(RemoteConnection remote, JsonNode id) {}
}
