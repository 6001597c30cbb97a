package dev.awsmcp.client.protocol.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.client.protocol.ProtocolException;
import dev.awsmcp.client.protocol.ProtocolRegistry;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.client.protocol.ServiceErrorException;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.protocoltests.traits.AppliesTo;
import software.amazon.smithy.protocoltests.traits.eventstream.Event;
import software.amazon.smithy.protocoltests.traits.eventstream.EventStreamTestCase;
import software.amazon.smithy.protocoltests.traits.eventstream.EventStreamTestsTrait;
import software.amazon.smithy.protocoltests.traits.eventstream.EventType;

/**
 * The restJson1 {@code eventStreamTests} that a client reading an output event stream can run: every client case
 * whose events are all responses (input event streams are not supported, so request events are out of scope).
 * The full body is handed to the codec, as the transport does for streaming outputs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestJsonEventStreamConformanceTest {
    private static final ProtocolRegistry REGISTRY = new ProtocolRegistry(() -> AbstractConformanceTest.TOKEN);

    /** Cases by id with the reason they are excluded. */
    private static final Map<String, String> EXCLUDED = Map.of(
            "MissingRequiredInitialResponseOutput", "botocore does not validate required output members",
            "DuplexMissingRequiredInitialResponseOutput", "botocore does not validate required output members");

    record Case(String id, ServiceShape service, OperationShape operation, EventStreamTestCase test) {
        @Override
        public String toString() {
            return id;
        }
    }

    Stream<Case> cases() {
        ConformanceModel m = ConformanceModel.get();
        List<Case> out = new ArrayList<>();
        for (ServiceShape service : m.model.getServiceShapes()) {
            if (!service.hasTrait(WireProtocol.REST_JSON.traitId)) {
                continue;
            }
            for (OperationShape op : TopDownIndex.of(m.model).getContainedOperations(service)) {
                op.getTrait(EventStreamTestsTrait.class).ifPresent(t -> {
                    for (EventStreamTestCase c : t.getTestCasesFor(AppliesTo.CLIENT)) {
                        boolean responsesOnly = c.getEvents().stream().allMatch(e -> e.getType() == EventType.RESPONSE);
                        boolean relevant = !c.getEvents().isEmpty() || c.getInitialResponse().isPresent();
                        if (responsesOnly && relevant && c.getInitialRequest().isEmpty()) {
                            out.add(new Case(c.getId(), service, op, c));
                        }
                    }
                });
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsOutputEvents(Case c) throws Exception {
        String reason = EXCLUDED.get(c.id());
        Assumptions.assumeTrue(reason == null, () -> "excluded: " + reason);
        ServiceModel service = ConformanceModel.get().serviceModel(c.service(), WireProtocol.REST_JSON);
        Operation op = service.operation(c.operation().getId().getName()).orElseThrow();
        ProtocolCodec codec = REGISTRY.codecFor(service);
        EventStreamTestCase t = c.test();

        software.amazon.smithy.model.node.ObjectNode initial = t.getInitialResponse().orElse(Node.objectNode());
        int code = initial.getNumberMemberOrDefault("code", 200).intValue();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        initial.getObjectMember("headers").ifPresent(h ->
                h.getStringMap().forEach((k, v) -> headers.put(k, List.of(v.expectStringNode().getValue()))));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (code >= 300) {
            body.writeBytes(initial.getStringMemberOrDefault("body", "").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ServiceError e = codec.parseError(service, op, new RawResponse(code, headers, body.toByteArray()));
            assertThat(t.getExpectation().isFailure()).isTrue();
            t.getExpectation().getFailure().flatMap(f -> f.getErrorId())
                    .ifPresent(id -> assertThat(e.code()).isEqualTo(id.getName()));
            return;
        }
        for (Event e : t.getEvents()) {
            body.writeBytes(e.getBytes().orElseThrow());
        }
        RawResponse response = new RawResponse(code, headers, body.toByteArray());
        if (t.getExpectation().isFailure()) {
            assertThatThrownBy(() -> codec.deserialize(service, op, response))
                    .isInstanceOfAny(ServiceErrorException.class, ProtocolException.class);
            return;
        }
        ObjectNode out = codec.deserialize(service, op, response);
        Member stream = op.output().member(op.output().payload());
        ArrayNode expectedEvents = JsonNodeFactory.instance.arrayNode();
        for (Event e : t.getEvents()) {
            expectedEvents.add(ParamsConverter.convert(stream.shape(), e.getParams().orElse(Node.objectNode()), true));
        }
        ObjectNode expected = t.getInitialResponseParams()
                .map(p -> ParamsConverter.convert(op.output(), p, true))
                .orElse(JsonNodeFactory.instance.objectNode());
        expected.set(stream.name(), expectedEvents);
        List<String> diff = TreeComparison.diff(expected, out);
        assertThat(diff).as("events of %s: %s", c.id(), out).isEmpty();
    }
}
