package dev.awsmcp.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tools' JSON schemas, kept as resources next to this class ({@code <tool>.input.json}, {@code <tool>.output.json}).
 *
 * <p>Each schema is read when first used (normally by {@code tools/list}), or by {@link #loadAll()}: the tools are
 * built before the server answers {@code initialize}, which needs none of them, and reading the twenty resources
 * cost ~15 ms of start-up CPU. A missing or broken resource fails on first use ({@code ToolSchemasTest} reads them
 * all).
 */
final class ToolSchemas {
    private static final TypeRef<Map<String, Object>> MAP = new TypeRef<>() { };

    private final McpJsonMapper json;
    private final List<LazySchema> handedOut = new ArrayList<>();

    /** Reads with the process-wide mapper (tests). */
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
        return lazy(tool + ".input.json");
    }

    Map<String, Object> output(String tool) {
        return lazy(tool + ".output.json");
    }

    private synchronized Map<String, Object> lazy(String name) {
        LazySchema schema = new LazySchema(name);
        handedOut.add(schema);
        return schema;
    }

    /** Reads every schema handed out so far that is not read yet (meant for a background thread). */
    void loadAll() {
        List<LazySchema> all;
        synchronized (this) {
            all = List.copyOf(handedOut);
        }
        all.forEach(LazySchema::map);
    }

    /** A read-only map that reads its resource on first access; then behaves as the parsed JSON object. */
    private final class LazySchema extends AbstractMap<String, Object> {
        private final String name;
        private volatile Map<String, Object> map;

        LazySchema(String name) {
            this.name = name;
        }

        Map<String, Object> map() {
            Map<String, Object> m = map;
            if (m == null) {
                synchronized (this) {
                    m = map;
                    if (m == null) {
                        map = m = load(name);
                    }
                }
            }
            return m;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return map().entrySet();
        }

        @Override
        public Object get(Object key) {
            return map().get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map().containsKey(key);
        }

        @Override
        public int size() {
            return map().size();
        }
    }
}
