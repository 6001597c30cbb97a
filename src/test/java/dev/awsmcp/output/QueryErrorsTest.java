package dev.awsmcp.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class QueryErrorsTest {
    private static final CliOutput OUTPUT = CliOutput.create();

    private static JsonNode doc() throws Exception {
        return new ObjectMapper().readTree("{\"Items\": [{\"Name\": \"a`b\", \"State\": \"running\"}]}");
    }

    @Test
    void syntaxErrorsSayWhereAndHowToQuote() {
        assertThatThrownBy(() -> OUTPUT.query(doc(), "Items[?State=='running'"))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("at column")
                .satisfies(e -> {
                    OutputException oe = (OutputException) e;
                    assertThat(oe.code()).isEqualTo("InvalidQuery");
                    assertThat(oe.exitCode()).isEqualTo(252);
                    assertThat(oe.hint()).contains("single quotes");
                });
    }

    @Test
    void unknownFunctionsAreRejectedBeforeEvaluationWithTheFunctionList() {
        assertThatThrownBy(() -> OUTPUT.query(doc(), "lenght(Items)"))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("lenght")
                .satisfies(e -> assertThat(((OutputException) e).hint()).contains("length", "sort_by"));
    }

    @Test
    void typeErrorsDuringEvaluationAreQueryFailures() {
        assertThatThrownBy(() -> OUTPUT.query(doc(), "sum(Items[].Name)"))
                .isInstanceOf(OutputException.class)
                .satisfies(e -> assertThat(((OutputException) e).code()).isEqualTo("QueryFailed"));
    }

    @Test
    void acceptsBareWordLiteralsLikeTheCli() throws Exception {
        assertThat(OUTPUT.query(doc(), "Items[?State==`running`].Name").toString()).isEqualTo("[\"a`b\"]");
        assertThat(LegacyLiterals.rewrite("a[?b==`x y`] | 'q`' | `1`")).isEqualTo("a[?b==`\"x y\"`] | 'q`' | `1`");
    }

    @Test
    void emptyExpressionsAreRejected() {
        assertThatThrownBy(() -> OUTPUT.query(doc(), " ")).isInstanceOf(OutputException.class)
                .hasMessageContaining("empty");
    }
}
