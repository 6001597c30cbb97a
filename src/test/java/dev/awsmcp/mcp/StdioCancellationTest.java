package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Over stdio, a tool call cancelled with notifications/cancelled stops and gets no response (the MCP spec's SHOULD NOT). */
class StdioCancellationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StdioTransport transport;
    private OutputStream toServer;
    private BufferedReader fromServer;
    private FakeAwsMcp facade;

    private void start() throws Exception {
        facade = new FakeAwsMcp(true);
        ServerConfig config = ServerConfig.parse(List.of("--read-only"), Map.of());
        AwsMcpServer server = AwsMcpServer.builder(facade, config).env(Map.of("AWS_REGION", "eu-west-1"))
                .regions(p -> List.of("eu-west-1", "us-east-1")).build();
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        transport = StdioTransport.start(server, serverIn, new PipedOutputStream(clientIn));
        fromServer = new BufferedReader(new InputStreamReader(clientIn, StandardCharsets.UTF_8));
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}");
        assertThat(responseTo(1).has("result")).isTrue();
        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    }

    @AfterEach
    void stop() throws IOException {
        if (transport != null) {
            toServer.close();
            transport.close();
        }
    }

    private void send(String message) throws IOException {
        toServer.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        toServer.flush();
    }

    /** Reads messages until the response with this id; notifications and other responses are skipped. */
    private JsonNode responseTo(int id) throws IOException {
        List<Integer> seen = new java.util.ArrayList<>();
        while (true) {
            String line = fromServer.readLine();
            assertThat(line).as("server output ended; responses seen: %s", seen).isNotNull();
            JsonNode msg = JSON.readTree(line);
            if (msg.has("id") && !msg.has("method")) {
                seen.add(msg.get("id").asInt());
                if (msg.get("id").asInt() == id) {
                    return msg;
                }
            }
        }
    }

    private List<Integer> responseIdsUntil(int id) throws IOException {
        List<Integer> ids = new java.util.ArrayList<>();
        while (true) {
            JsonNode msg = JSON.readTree(fromServer.readLine());
            if (msg.has("id") && !msg.has("method")) {
                ids.add(msg.get("id").asInt());
                if (msg.get("id").asInt() == id) {
                    return ids;
                }
            }
        }
    }

    @Test
    void cancelledToolCallGetsNoResponseAndLaterCallsDo() throws Exception {
        start();
        send("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"call_aws\","
                + "\"arguments\":{\"cli_command\":\"aws test slow\"}}}");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (facade.executed.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":7,\"reason\":\"user\"}}");
        while (facade.running() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        send("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":{\"name\":\"call_aws\","
                + "\"arguments\":{\"cli_command\":\"aws sts get-caller-identity\"}}}");
        assertThat(responseIdsUntil(8)).containsExactly(8);
        assertThat(facade.executed).contains("aws test slow");
    }

    @Test
    void uncancelledCallsAreAnswered() throws Exception {
        start();
        send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"call_aws\","
                + "\"arguments\":{\"cli_command\":\"aws sts get-caller-identity\"}}}");
        assertThat(responseTo(3).path("result").path("isError").asBoolean()).isFalse();
    }
}
