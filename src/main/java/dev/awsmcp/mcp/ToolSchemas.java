package dev.awsmcp.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The tools' JSON schemas, kept as resources next to this class ({@code <tool>.input.json}, {@code <tool>.output.json}). */
final class ToolSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String name) {
        try (InputStream in = ToolSchemas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + name);
            }
            return JSON.readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + name, e);
        }
    }

    Map<String, Object> input(String tool) {
        return load(tool + ".input.json");
    }

    Map<String, Object> output(String tool) {
        return load(tool + ".output.json");
    }
}
