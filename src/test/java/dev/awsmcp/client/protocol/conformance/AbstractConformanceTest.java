package dev.awsmcp.client.protocol.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.client.protocol.ProtocolRegistry;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.SerializedRequest;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.smithy.protocoltests.traits.HttpRequestTestCase;
import software.amazon.smithy.protocoltests.traits.HttpResponseTestCase;

/**
 * Runs every client {@code httpRequestTests} and {@code httpResponseTests} case of one protocol from
 * {@code smithy-aws-protocol-tests} against our codecs, through the bridged model. Subclasses name the protocol and
 * list excluded cases with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractConformanceTest {
    /** The token the protocol tests expect for auto-filled idempotency tokens. */
    static final String TOKEN = "00000000-0000-4000-8000-000000000000";
    private static final ProtocolRegistry REGISTRY = new ProtocolRegistry(() -> TOKEN);

    /** The protocol under test. */
    abstract WireProtocol protocol();

    /** Case key ({@code request <id>} or {@code response <id>}) to the reason it is excluded. */
    abstract Map<String, String> exclusions();

    Stream<ConformanceModel.Case> cases() {
        return ConformanceModel.get().cases(protocol()).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void conforms(ConformanceModel.Case c) throws Exception {
        String reason = exclusions().get(c.key());
        Assumptions.assumeTrue(reason == null, () -> "excluded: " + reason);
        if (c.request() != null) {
            checkRequest(c);
        } else {
            checkResponse(c);
        }
    }

    @Test
    void exclusionsNameExistingCases() {
        Set<String> ids = cases().map(ConformanceModel.Case::key).collect(Collectors.toSet());
        assertThat(ids).as("cases of " + protocol()).isNotEmpty();
        assertThat(ids).containsAll(exclusions().keySet());
    }

    private void checkRequest(ConformanceModel.Case c) throws Exception {
        HttpRequestTestCase t = c.request();
        ServiceModel service = ConformanceModel.get().serviceModel(c.service(), protocol());
        Operation op = service.operation(c.operation().getId().getName()).orElseThrow();
        ObjectNode input = ParamsConverter.convert(op.input(), t.getParams(), false);
        ProtocolCodec codec = REGISTRY.codecFor(service);
        SerializedRequest r = codec.serialize(service, op, input);

        List<String> problems = new ArrayList<>();
        if (!t.getMethod().equalsIgnoreCase(r.method())) {
            problems.add("method: expected " + t.getMethod() + ", got " + r.method());
        }
        String uri = t.getUri();
        String path = joinEndpointPath(t.getHost().orElse(""), r.path());
        String resolvedHost = (r.hostPrefix() == null ? "" : r.hostPrefix()) + t.getHost().orElse("");
        String bucket = input.path("Bucket").asText(null);
        if (bucket != null && t.getResolvedHost().orElse("").equals(bucket + "." + resolvedHost)
                && path.startsWith("/" + bucket)) {
            // Virtual-host addressing belongs to the endpoint stage, which moves the bucket from the path to the
            // host; stand in for it so the codec's part (the key's encoding) is still checked.
            resolvedHost = bucket + "." + resolvedHost;
            path = path.substring(bucket.length() + 1);
            path = path.isEmpty() ? "/" : path;
        }
        if (!uri.equals(path)) {
            problems.add("uri: expected " + uri + ", got " + path);
        }
        List<String> query = new ArrayList<>();
        List<String> queryKeys = new ArrayList<>();
        for (Map.Entry<String, String> q : r.query()) {
            query.add(q.getValue() == null ? q.getKey() : q.getKey() + "=" + q.getValue());
            queryKeys.add(q.getKey());
        }
        for (String expected : t.getQueryParams()) {
            if (!query.remove(expected)) {
                problems.add("query: missing " + expected + " in " + r.query());
            }
        }
        for (String forbidden : t.getForbidQueryParams()) {
            if (queryKeys.contains(forbidden)) {
                problems.add("query: forbidden " + forbidden + " present");
            }
        }
        for (String required : t.getRequireQueryParams()) {
            if (!queryKeys.contains(required)) {
                problems.add("query: required " + required + " absent");
            }
        }
        Map<String, String> headers = headerMap(r);
        t.getHeaders().forEach((name, value) -> {
            String actual = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            if (!value.equals(actual)) {
                problems.add("header " + name + ": expected '" + value + "', got '" + actual + "'");
            }
        });
        for (String forbidden : t.getForbidHeaders()) {
            if (headers.containsKey(forbidden.toLowerCase(java.util.Locale.ROOT))) {
                problems.add("header " + forbidden + " is forbidden but present");
            }
        }
        for (String required : t.getRequireHeaders()) {
            if (!headers.containsKey(required.toLowerCase(java.util.Locale.ROOT))) {
                problems.add("header " + required + " is required but absent");
            }
        }
        if (t.getResolvedHost().isPresent() && !t.getResolvedHost().get().equals(resolvedHost)) {
            problems.add("host: expected " + t.getResolvedHost().get() + ", got " + resolvedHost);
        }
        if (t.getBody().isPresent()) {
            String mediaType = t.getBodyMediaType().orElse(headers.get("content-type"));
            problems.addAll(BodyComparison.diff(mediaType, t.getBody().get(), r.body()));
        }
        assertThat(problems).as("request %s", c.id()).isEmpty();
    }

    /**
     * The transport joins the endpoint's own path and the codec's path ({@code example.com/custom} + {@code /}
     * gives {@code /custom/}); the tests state the joined form.
     */
    private static String joinEndpointPath(String host, String path) {
        int slash = host.indexOf('/');
        if (slash < 0) {
            return path;
        }
        String base = host.substring(slash);
        return base.endsWith("/") ? base + path.substring(1) : base + path;
    }

    private static Map<String, String> headerMap(SerializedRequest r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> h : r.headers()) {
            out.merge(h.getKey().toLowerCase(java.util.Locale.ROOT), h.getValue(), (a, b) -> a + ", " + b);
        }
        return out;
    }

    private void checkResponse(ConformanceModel.Case c) throws Exception {
        HttpResponseTestCase t = c.response();
        ServiceModel service = ConformanceModel.get().serviceModel(c.service(), protocol());
        Operation op = service.operation(c.operation().getId().getName()).orElseThrow();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        t.getHeaders().forEach((k, v) -> headers.put(k, List.of(v)));
        String mediaType = t.getBodyMediaType().orElse(t.getHeaders().getOrDefault("Content-Type", null));
        byte[] body = BodyComparison.responseBytes(mediaType, t.getBody().orElse(""));
        RawResponse raw = new RawResponse(t.getCode(), headers, body);
        ProtocolCodec codec = REGISTRY.codecFor(service);
        if (c.errorShape() == null) {
            ObjectNode out = codec.deserialize(service, op, raw);
            ObjectNode expected = ParamsConverter.convert(op.output(), t.getParams(), true);
            assertThat(TreeComparison.diff(expected, out)).as("response %s: %s", c.id(), out).isEmpty();
            return;
        }
        String name = ConformanceModel.get().bridge(c.service(), protocol()).name(c.errorShape().getId());
        Shape errorShape = service.shape(name).orElseThrow();
        ServiceError error = codec.parseError(service, op, raw);
        String expectedCode = t.getVendorParams().getStringMemberOrDefault("code",
                errorShape.error() != null && errorShape.error().code() != null ? errorShape.error().code() : name);
        assertThat(error.code()).as("error code of %s", c.id()).isEqualTo(expectedCode);
        ObjectNode expected = ParamsConverter.convert(errorShape, t.getParams(), true);
        assertThat(TreeComparison.diff(expected, error.members())).as("error %s: %s", c.id(), error.members()).isEmpty();
    }
}
