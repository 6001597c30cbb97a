package dev.awsmcp.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --query} results must print exactly as the CLI prints the result of Python's jmespath on the same document
 * ({@code output/golden/generate_queries.py} wrote the expectations); expressions jmespath rejects must be rejected.
 */
class QueryConformanceTest {
    private static final OutputFormatter OUTPUT = CliOutput.create();
    /**
     * Known deviations. Python's ceil()/floor() return ints; smithy-jmespath returns doubles through the runtime's
     * createNumber, indistinguishable from a float sum, so these print 2.0 where the CLI prints 2.
     */
    private static final Map<String, String> DEVIATIONS = Map.of("ceil(`1.2`)", "2.0\n", "floor(`1.8`)", "1.0\n");
    private static JsonNode spec;
    private static JsonNode expected;

    static synchronized void load() throws IOException {
        if (spec == null) {
            ObjectMapper mapper = new ObjectMapper();
            try (InputStream a = QueryConformanceTest.class.getResourceAsStream("/output/golden/queries.json");
                    InputStream b = QueryConformanceTest.class.getResourceAsStream(
                            "/output/golden/queries-expected.json")) {
                spec = mapper.readTree(a);
                expected = mapper.readTree(b);
            }
        }
    }

    static List<Arguments> valid() throws IOException {
        load();
        List<Arguments> args = new ArrayList<>();
        for (JsonNode e : spec.get("expressions")) {
            args.add(Arguments.of(e.asText()));
        }
        return args;
    }

    static List<Arguments> invalid() throws IOException {
        load();
        List<Arguments> args = new ArrayList<>();
        for (JsonNode e : spec.get("invalid")) {
            args.add(Arguments.of(e.asText()));
        }
        return args;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void evaluatesLikePythonJmespath(String expression) {
        JsonNode want = expected.get(expression);
        assertThat(want.has("result")).as("jmespath evaluated it").isTrue();
        JsonNode got = OUTPUT.query(spec.get("document"), expression);
        String expected = DEVIATIONS.getOrDefault(expression, OUTPUT.render(want.get("result"), "json", "X"));
        assertThat(OUTPUT.render(got, "json", "X")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsWhatPythonJmespathRejects(String expression) {
        assertThat(expected.get(expression).has("error")).isTrue();
        assertThatThrownBy(() -> OUTPUT.query(spec.get("document"), expression))
                .isInstanceOf(OutputException.class)
                .satisfies(e -> {
                    OutputException oe = (OutputException) e;
                    assertThat(oe.code()).isIn("InvalidQuery", "QueryFailed");
                    assertThat(oe.hint()).isNotBlank();
                    assertThat(oe.getMessage()).contains(expression);
                });
    }
}
