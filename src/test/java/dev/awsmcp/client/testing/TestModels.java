package dev.awsmcp.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.model.ServiceModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** In-memory service models for tests. */
public final class TestModels {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile ServiceModel demo;

    private TestModels() {}

    /** A small JSON 1.1 service with a paginated ListThings and ThingReady/ThingDeleted waiters. */
    public static ServiceModel demo() {
        if (demo == null) {
            demo = ServiceModel.fromJson("demo", "demo", read("demo-service-2.json"),
                    Map.of("paginators-1.json", read("demo-paginators-1.json"), "waiters-2.json", read("demo-waiters-2.json")));
        }
        return demo;
    }

    private static JsonNode read(String name) {
        try (InputStream in = TestModels.class.getResourceAsStream("/testmodels/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
