package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class JsonRpcInterceptorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CancellationRegistry registry = new CancellationRegistry();
    private final JsonRpcInterceptor interceptor = new JsonRpcInterceptor(registry, java.util.Set.of("call_aws"));

    @Test
    void tagsAToolCallWithItsSessionAndId() throws Exception {
        String out = interceptor.intercept("s1", "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"call_aws\",\"_meta\":{\"progressToken\":1}}}");
        JsonNode meta = JSON.readTree(out).path("params").path("_meta");
        assertThat(meta.path(CancellationRegistry.META_KEY).asText()).isEqualTo("s1#5");
        assertThat(meta.path("progressToken").asInt()).isEqualTo(1);
    }

    @Test
    void overwritesAKeyTheClientSentItself() throws Exception {
        String out = interceptor.intercept("s1", "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"call_aws\",\"_meta\":{\"dev.awsmcp/call\":\"other#1\"}}}");
        assertThat(JSON.readTree(out).path("params").path("_meta").path(CancellationRegistry.META_KEY).asText()).isEqualTo("s1#5");
    }

    @Test
    void consumesACancellationAndRaisesTheFlag() {
        interceptor.intercept("s1", "{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"tools/call\",\"params\":{\"name\":\"call_aws\"}}");
        BooleanSupplier flag = registry.flag("s1#abc");
        assertThat(flag.getAsBoolean()).isFalse();
        String out = interceptor.intercept("s1", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"abc\"}}");
        assertThat(out).isNull();
        assertThat(flag.getAsBoolean()).isTrue();
    }

    @Test
    void cancelsOnlyInTheSameSession() {
        interceptor.intercept("s1", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"call_aws\"}}");
        interceptor.intercept("s2", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":1}}");
        assertThat(registry.flag("s1#1").getAsBoolean()).isFalse();
    }

    @Test
    void leavesCallsToUnknownToolsUntracked() {
        String call = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\"}}";
        assertThat(interceptor.intercept("s", call)).isSameAs(call);
        assertThat(registry.inFlight()).isZero();
    }

    @Test
    void runsTheHandshakeHookOnce() {
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        interceptor.onInitialized(runs::incrementAndGet);
        String note = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
        assertThat(interceptor.intercept("s", note)).isSameAs(note);
        interceptor.intercept("s2", note);
        assertThat(runs).hasValue(1);
    }

    @Test
    void passesOtherMessagesUnchanged() {
        String ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
        assertThat(interceptor.intercept("s", ping)).isSameAs(ping);
        String broken = "{\"method\":\"tools/call\", oops";
        assertThat(interceptor.intercept("s", broken)).isSameAs(broken);
    }

    @Test
    void streamsLinesThroughTheInterceptorAndReportsEndOfInput() throws IOException {
        String input = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\n"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":9}}\n\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}\n";
        AtomicBoolean eof = new AtomicBoolean();
        InterceptingInputStream in = new InterceptingInputStream(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                interceptor, () -> eof.set(true));
        String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\n{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}\n");
        assertThat(eof).isTrue();
    }

    @Test
    void dropsTheResponseToACallCancelledWhileItRanOnce() {
        interceptor.intercept("stdio", "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"call_aws\"}}");
        interceptor.intercept("stdio", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":4}}");
        registry.finish("stdio#4");
        String response = "{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":{\"content\":[]}}";
        assertThat(interceptor.send("stdio", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{}}")).isTrue();
        assertThat(interceptor.send("stdio", "{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":{}}")).isTrue();
        assertThat(interceptor.send("stdio", response)).isFalse();
        assertThat(interceptor.send("stdio", response)).isTrue();
    }

    @Test
    void answersACallWhoseCancellationCameAfterItFinished() {
        interceptor.intercept("stdio", "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"call_aws\"}}");
        registry.finish("stdio#4");
        interceptor.intercept("stdio", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":4}}");
        assertThat(interceptor.send("stdio", "{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":{}}")).isTrue();
    }

    @Test
    void responseFilterForwardsWholeLinesAndDropsCancelledResponses() throws IOException {
        interceptor.intercept("stdio", "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"call_aws\"}}");
        interceptor.intercept("stdio", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":4}}");
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        ResponseFilterOutputStream out = new ResponseFilterOutputStream(sink, interceptor);
        out.write("{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":{}}".getBytes(StandardCharsets.UTF_8));
        out.write("\n".getBytes(StandardCharsets.UTF_8));
        out.write("{\"jsonrpc\":\"2.0\",\"id\":5,\"res".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertThat(sink.size()).isZero();
        out.write("ult\":{}}\n{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":\"s1\"}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":{}}\n"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":\"s1\"}\n");
    }
}
