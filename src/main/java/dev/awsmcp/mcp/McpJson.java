package dev.awsmcp.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * The server's JSON mapper, and a warm-up of what answering {@code initialize} needs from it.
 *
 * <p>The mapper is made directly rather than through {@code McpJsonDefaults}, whose {@code ServiceLoader} opens
 * every jar on the class path (the same mapper the SDK's default would give: Jackson's defaults).
 *
 * <p>The first time Jackson reads or writes a type it builds a (de)serializer by reflection, interpreted code at
 * start-up: for the handshake's message types that is ~80 ms of CPU, which the {@code initialize} answer would wait
 * for after the request arrives. {@link #warmUp} builds them on a second thread while the main thread sets the server
 * up; the caches belong to the mapper, so the SDK's later calls on the same mapper find them ready.
 */
final class McpJson {

    /** A request as clients send it: the capabilities object exercises the nested types. */
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{\"roots\":{\"listChanged\":true},\"sampling\":{},"
            + "\"elicitation\":{}},\"clientInfo\":{\"name\":\"warm-up\",\"version\":\"0\"}}}";

    private static final AtomicBoolean WARMING = new AtomicBoolean();

    private McpJson() {}

    /** Created on first use: creating the first {@link ObjectMapper} initialises much of Jackson and the JDK's locale data. */
    private static final class Shared {
        static final McpJsonMapper MAPPER = newMapper();
    }

    /** @return a new mapper with Jackson's default settings */
    static McpJsonMapper newMapper() {
        return new JacksonMcpJsonMapper(new ObjectMapper());
    }

    /**
     * @return the process-wide mapper (as the SDK's default, {@code McpJsonDefaults.getMapper()}, is process-wide)
     */
    static McpJsonMapper shared() {
        return Shared.MAPPER;
    }

    /**
     * Looks up a class that is not there, as Reactor does on its first subscription (Micrometer's context registry,
     * an optional dependency): a miss makes the class loader open every jar on the class path (~20 ms of CPU with
     * ~100 jars), which is better done here than on the main thread.
     */
    private static void probeClassPath() {
        try {
            Class.forName("io.micrometer.context.ContextRegistry", false, McpJson.class.getClassLoader());
        } catch (ClassNotFoundException expected) {
            // the usual case: the jars are open now
        }
    }

    /**
     * Starts (once per process) a daemon thread that creates {@link #shared()}, reads an {@code initialize} request
     * and writes an answer with it, the way the SDK will, draws a random UUID (the SDK's session id; the first
     * one seeds {@code SecureRandom}) and opens the class path's jars ({@link #probeClassPath}). Only fills caches:
     * nothing is sent, and a failure is logged at debug level and otherwise ignored.
     */
    static void warmUp() {
        if (!WARMING.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                McpJsonMapper mapper = shared();
                UUID.randomUUID();
                probeClassPath();
                McpSchema.JSONRPCMessage message = McpSchema.deserializeJsonRpcMessage(mapper, INITIALIZE);
                McpSchema.InitializeRequest request = mapper.convertValue(((McpSchema.JSONRPCRequest) message).params(),
                        new TypeRef<McpSchema.InitializeRequest>() { });
                McpSchema.ServerCapabilities capabilities = McpSchema.ServerCapabilities.builder()
                        .tools(false).resources(false, false).prompts(false).logging().build();
                McpSchema.InitializeResult result = new McpSchema.InitializeResult(request.protocolVersion(), capabilities,
                        new McpSchema.Implementation(AwsMcpServer.NAME, AwsMcpServer.VERSION), "warm-up");
                mapper.writeValueAsString(new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, 0, result, null));
            } catch (Exception | LinkageError e) {
                LoggerFactory.getLogger(McpJson.class).debug("JSON warm-up failed (harmless): {}", e.toString());
            }
        }, "aws-mcp-json-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
