package dev.awsmcp.client.protocol.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.client.protocol.ProtocolException;
import dev.awsmcp.client.protocol.ProtocolRegistry;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.ServiceErrorException;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Output event streams of the JSON protocols, read from a complete body. */
class JsonEventStreamTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsLambdaResponseStreamEventsInOrder() {
        ServiceModel lambda = ServiceCatalog.bundled().model("lambda").orElseThrow();
        byte[] body = new EventStreamEncoder()
                .message(Map.of(":message-type", "event", ":event-type", "PayloadChunk"), utf8("hello "))
                .message(Map.of(":message-type", "event", ":event-type", "PayloadChunk"), utf8("world"))
                .message(Map.of(":message-type", "event", ":event-type", "InvokeComplete", ":content-type", "application/json"),
                        utf8("{\"LogResult\":\"bG9n\"}"))
                .bytes();
        ProtocolCodec codec = ProtocolRegistry.defaultRegistry().codecFor(lambda);
        ObjectNode out = codec.deserialize(lambda, lambda.operation("InvokeWithResponseStream").orElseThrow(),
                new RawResponse(200, Map.of("X-Amz-Executed-Version", java.util.List.of("$LATEST")), body));
        assertThat(out.get("ExecutedVersion").asText()).isEqualTo("$LATEST");
        assertThat(out.get("EventStream")).hasSize(3);
        assertThat(out.get("EventStream").get(1).get("PayloadChunk").get("Payload").isBinary()).isTrue();
        assertThat(out.get("EventStream").get(2).get("InvokeComplete").get("LogResult").asText()).isEqualTo("bG9n");
    }

    @Test
    void readsTheInitialResponseOfAnRpcStreamAndRaisesModelledExceptions() {
        ServiceModel logs = ServiceCatalog.bundled().model("logs").orElseThrow();
        ProtocolCodec codec = ProtocolRegistry.defaultRegistry().codecFor(logs);
        byte[] ok = new EventStreamEncoder()
                .message(Map.of(":message-type", "event", ":event-type", "initial-response"), utf8("{}"))
                .message(Map.of(":message-type", "event", ":event-type", "sessionStart"),
                        utf8("{\"requestId\":\"r\",\"sessionId\":\"s\"}"))
                .bytes();
        ObjectNode out = codec.deserialize(logs, logs.operation("StartLiveTail").orElseThrow(), new RawResponse(200, Map.of(), ok));
        assertThat(out.get("responseStream").get(0).get("sessionStart").get("sessionId").asText()).isEqualTo("s");

        byte[] failing = new EventStreamEncoder()
                .message(Map.of(":message-type", "exception", ":exception-type", "SessionTimeoutException"),
                        utf8("{\"message\":\"timed out\"}"))
                .bytes();
        assertThatThrownBy(() -> codec.deserialize(logs, logs.operation("StartLiveTail").orElseThrow(),
                new RawResponse(200, Map.of(), failing)))
                .isInstanceOf(ServiceErrorException.class)
                .hasMessage("SessionTimeoutException: timed out");
    }

    @Test
    void rejectsABrokenFrame() {
        byte[] body = new EventStreamEncoder().message(Map.of(":message-type", "event"), utf8("x")).bytes();
        body[body.length - 1] ^= 1;
        assertThatThrownBy(() -> EventStreamMessage.decodeAll(body))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("checksum");
    }
}
