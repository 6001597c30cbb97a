package dev.awsmcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.testing.SimplePathSearch;
import dev.awsmcp.model.Shape;
import dev.awsmcp.output.OutputFormatter;

/** A stand-in for the output stage (built on another branch): JSON with the CLI's 4-space indent. */
final class FakeFormatter implements OutputFormatter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SimplePathSearch paths = new SimplePathSearch();

    @Override
    public JsonNode toCliJson(Shape outputShape, ObjectNode output) {
        return output;
    }

    @Override
    public JsonNode query(JsonNode json, String expression) {
        return paths.search(json, expression);
    }

    @Override
    public String render(JsonNode json, String format, String title) {
        if (json == null || json.isObject() && json.isEmpty()) {
            return "";
        }
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("    ", "\n"))
                .withArrayIndenter(new DefaultIndenter("    ", "\n"));
        try {
            return JSON.writer(pp).writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
