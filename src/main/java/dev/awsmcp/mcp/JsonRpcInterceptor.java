package dev.awsmcp.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Looks at each incoming JSON-RPC message before the SDK does: tags {@code tools/call} requests with a call key in
 * {@code params._meta} (registering them for cancellation) and consumes {@code notifications/cancelled}, which the
 * SDK would only log as unhandled. Every other message passes through unchanged.
 */
final class JsonRpcInterceptor {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CancellationRegistry registry;
    private final java.util.Set<String> tools;
    private final Runnable promptsListed;
    private volatile Runnable onInitialized = () -> { };

    /**
     * @param registry where calls are registered
     * @param tools    the tool names that have a handler (calls to other names are never finished, so not tracked)
     */
    JsonRpcInterceptor(CancellationRegistry registry, java.util.Set<String> tools) {
        this(registry, tools, () -> {});
    }

    /**
     * @param registry      where calls are registered
     * @param tools         the tool names that have a handler
     * @param promptsListed told when a client lists prompts (so prompts added later are announced)
     */
    JsonRpcInterceptor(CancellationRegistry registry, java.util.Set<String> tools, Runnable promptsListed) {
        this.registry = registry;
        this.tools = java.util.Set.copyOf(tools);
        this.promptsListed = promptsListed;
    }

    /** The prompt names and resource templates that have a completion; null until the server is built. */
    private volatile java.util.Set<String> completable;
    /** The reference every other completion request is answered through (by argument name; often nothing). */
    private volatile String fallbackPrompt;

    /**
     * Sets which completion references exist; a request for any other one (a SOP prompt, a prompt or template the
     * server does not have) is answered through {@code fallbackPrompt}, by argument name: the SDK would otherwise
     * answer "not found" for a SOP prompt's {@code region}, and MCP clients and the conformance suite expect a
     * (possibly empty) list.
     */
    void completions(java.util.Set<String> refs, String fallbackPrompt) {
        this.completable = java.util.Set.copyOf(refs);
        this.fallbackPrompt = fallbackPrompt;
    }

    /** Runs once, when the first client says the handshake is done. */
    void onInitialized(Runnable hook) {
        this.onInitialized = hook;
    }

    /**
     * @param session the session the message belongs to ({@code stdio}, or the HTTP session id)
     * @param message one JSON-RPC message
     * @return the message to hand to the SDK, or null when it was consumed here
     */
    String intercept(String session, String message) {
        if (message.contains("prompts/list")) {
            promptsListed.run();
        }
        if (message.contains("notifications/initialized")) {
            Runnable hook = onInitialized;
            onInitialized = () -> { };
            hook.run();
            return message;
        }
        boolean call = message.contains("tools/call");
        boolean cancel = message.contains("notifications/cancelled");
        boolean complete = message.contains("completion/complete") && completable != null;
        if (!call && !cancel && !complete) {
            return message;
        }
        JsonNode node;
        try {
            node = JSON.readTree(message);
        } catch (IOException e) {
            return message; // malformed: the SDK answers with a parse error
        }
        if (!(node instanceof ObjectNode msg)) {
            return message;
        }
        String method = msg.path("method").asText("");
        if (method.equals("completion/complete") && msg.path("params").path("ref").isObject()) {
            ObjectNode ref = (ObjectNode) msg.path("params").path("ref");
            String name = ref.path("type").asText().equals("ref/resource") ? ref.path("uri").asText() : ref.path("name").asText();
            if (!completable.contains(name)) {
                ref.removeAll();
                ref.put("type", "ref/prompt").put("name", fallbackPrompt);
                return msg.toString();
            }
            return message;
        }
        if (method.equals("notifications/cancelled")) {
            JsonNode id = msg.path("params").path("requestId");
            if (!id.isMissingNode()) {
                registry.cancel(CancellationRegistry.key(session, id.asText()));
            }
            return null;
        }
        if (method.equals("tools/call") && msg.hasNonNull("id") && msg.path("params").isObject()
                && tools.contains(msg.path("params").path("name").asText())) {
            String key = CancellationRegistry.key(session, msg.get("id").asText());
            ObjectNode params = (ObjectNode) msg.get("params");
            JsonNode meta = params.get("_meta");
            ObjectNode m = meta instanceof ObjectNode o ? o : params.putObject("_meta");
            m.put(CancellationRegistry.META_KEY, key);
            registry.register(key);
            return msg.toString();
        }
        return message;
    }

    /**
     * Looks at an outgoing message: a response to a tool call the client cancelled while it ran is dropped, as the
     * MCP spec asks of the receiver of {@code notifications/cancelled} (SHOULD NOT send a response). Used on the
     * stdio transport only; see {@link StdioTransport} for why HTTP still answers.
     *
     * @param session the session ({@code stdio})
     * @param message one outgoing JSON-RPC message
     * @return true to send it, false to drop it
     */
    boolean send(String session, String message) {
        if (!registry.hasUnanswered()) {
            return true;
        }
        try {
            JsonNode msg = JSON.readTree(message);
            JsonNode id = msg.path("id");
            return msg.has("method") || !id.isValueNode() || id.isNull()
                    || !registry.dropResponse(CancellationRegistry.key(session, id.asText()));
        } catch (IOException e) {
            return true;
        }
    }
}
