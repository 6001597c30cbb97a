package dev.awsmcp.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case in {@code output/golden/cases.json} rendered in every format must equal what the AWS CLI's own Python
 * formatters printed for it ({@code output/golden/generate.py} wrote {@code expected/}). A missing expected file
 * means the CLI itself fails on that input.
 */
class GoldenFormatsTest {
    private static final String BASE = "/output/golden/";
    private static final List<String> FORMATS = List.of("json", "text", "table", "yaml", "yaml-stream");
    private static final OutputFormatter OUTPUT = CliOutput.create();

    static List<Arguments> cases() throws IOException {
        JsonNode all;
        try (InputStream in = GoldenFormatsTest.class.getResourceAsStream(BASE + "cases.json")) {
            all = new ObjectMapper().readTree(in);
        }
        List<Arguments> args = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = all.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> c = it.next();
            for (String format : FORMATS) {
                String expected = read(BASE + "expected/" + c.getKey() + "." + format);
                if (expected != null) {
                    args.add(Arguments.of(c.getKey(), format, c.getValue().get("title").asText(),
                            c.getValue().get("data"), expected));
                }
            }
        }
        return args;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void rendersExactlyAsTheAwsCli(String name, String format, String title, JsonNode data, String expected) {
        assertThat(OUTPUT.render(data, format, title)).isEqualTo(expected);
    }

    private static String read(String path) throws IOException {
        try (InputStream in = GoldenFormatsTest.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
