package dev.awsmcp.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The tools' JSON schemas, kept as resources next to this class ({@code <tool>.input.json}, {@code <tool>.output.json}). */
final class ToolSchemas {
    private static final TypeRef<Map<String, Object>> MAP = new TypeRef<>() { };

    private final McpJsonMapper json;

    /** Reads with a mapper of its own (tests). */
    ToolSchemas() {
        this(McpJson.shared());
    }

    /**
     * @param json the server's mapper: sharing it shares Jackson's deserializer caches, built once per mapper
     */
    ToolSchemas(McpJsonMapper json) {
        this.json = json;
    }

    private Map<String, Object> load(String name) {
        try (InputStream in = ToolSchemas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + name);
            }
            return json.readValue(in.readAllBytes(), MAP);
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
