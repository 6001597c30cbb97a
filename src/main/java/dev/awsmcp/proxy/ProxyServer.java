package dev.awsmcp.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.audit.AuditTrail;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the proxy over stdio: newline-delimited JSON-RPC on a pair of streams (the MCP stdio transport), one
 * {@link ProxySession} for the life of the process. Ends when the client closes its input.
 *
 * <pre>{@code
 * ProxyOptions options = ProxyOptions.parse(List.of("https://aws-mcp.us-east-1.api.aws/mcp", "--read-only"), env);
 * try (ProxySigner signer = new ProxySigner(null, env, Clock.systemUTC())) {
 *     new ProxyServer(options, signer, ToolRules.bundled(), auditTrail).serveStdio(System.in, System.out);
 * }
 * }</pre>
 */
public final class ProxyServer {
    /** The proxy's version, as the server reports it when it merges several remotes. */
    public static final String VERSION = "0.1.0";
    private static final Logger LOG = LoggerFactory.getLogger(ProxyServer.class);
    private static final java.util.List<String> WARM_UP = java.util.List.of("aws s3api list-buckets",
            "aws ec2 describe-instances", "aws iam list-roles", "aws lambda list-functions", "aws logs describe-log-groups",
            "aws cloudformation describe-stacks", "aws sts get-caller-identity");

    private final ProxyOptions options;
    private final ProxySigner signer;
    private final RemoteToolGate gate;
    private final AuditTrail audit;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param options the options
     * @param signer  signs every request
     * @param rules   the read-only rules
     * @param audit   the audit trail, or null for none
     */
    public ProxyServer(ProxyOptions options, ProxySigner signer, ToolRules rules, AuditTrail audit) {
        this.options = Objects.requireNonNull(options, "options");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.gate = new RemoteToolGate(rules);
        this.audit = audit;
        // The classifier's tables, the parser and each service model load on first use (~150 ms for ec2): load
        // the ones agents use most while the client initializes, so the first judged call does not wait for them.
        Thread warm = new Thread(() -> {
            for (String command : WARM_UP) {
                gate.judge("call_aws", null, json.createObjectNode().put("cli_command", command));
            }
        }, "aws-mcp-proxy-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /**
     * A new client session (one per stdio process, one per HTTP session).
     *
     * @param client sends a message to the client; must be thread-safe
     * @return the session
     */
    public ProxySession newSession(Consumer<ObjectNode> client) {
        return new ProxySession(options, signer, gate, audit, json, client);
    }

    /** The options. */
    public ProxyOptions options() {
        return options;
    }

    /**
     * Serves one client on a pair of streams until its input ends; calls still running are cancelled then.
     *
     * @param in  the client's messages, one JSON-RPC message per line
     * @param out where messages to the client go; carries nothing else
     * @throws IOException when the input cannot be read
     */
    public void serveStdio(InputStream in, OutputStream out) throws IOException {
        Object lock = new Object();
        Consumer<ObjectNode> client = message -> {
            byte[] line;
            try {
                line = json.writeValueAsBytes(message);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            synchronized (lock) {
                try {
                    out.write(line);
                    out.write('\n');
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException("the client's output is closed", e);
                }
            }
        };
        try (ProxySession session = newSession(client);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode message;
                try {
                    message = json.readTree(line);
                } catch (JsonProcessingException e) {
                    client.accept(parseError("The line is not JSON: " + e.getOriginalMessage()));
                    continue;
                }
                deliver(session, message, client);
            }
            LOG.debug("proxy: the client closed its input");
            session.drain(java.time.Duration.ofSeconds(30));
        }
    }

    /** Hands a parsed message (or each of a batch) to the session; answers what is not JSON-RPC. */
    void deliver(ProxySession session, JsonNode message, Consumer<ObjectNode> client) {
        if (message.isArray()) {
            message.forEach(m -> deliver(session, m, client));
            return;
        }
        if (!message.isObject() || !"2.0".equals(message.path("jsonrpc").asText())) {
            ObjectNode error = parseError("Not a JSON-RPC 2.0 message.");
            ((ObjectNode) error.get("error")).put("code", -32600);
            if (message.isObject() && message.has("id")) {
                error.set("id", message.get("id"));
            }
            client.accept(error);
            return;
        }
        session.accept((ObjectNode) message);
    }

    private ObjectNode parseError(String text) {
        ObjectNode e = json.createObjectNode().put("jsonrpc", "2.0");
        e.putNull("id");
        e.putObject("error").put("code", -32700).put("message", text);
        return e;
    }
}
