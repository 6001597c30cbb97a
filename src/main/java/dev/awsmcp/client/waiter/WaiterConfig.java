package dev.awsmcp.client.waiter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One waiter of {@code waiters-2.json}.
 *
 * @param name        the waiter's model name, e.g. {@code InstanceRunning}
 * @param operation   the operation it polls
 * @param delay       seconds between attempts
 * @param maxAttempts attempts before giving up
 * @param acceptors   acceptors in order; the first match decides
 */
public record WaiterConfig(String name, String operation, int delay, int maxAttempts, List<Acceptor> acceptors) {
    public WaiterConfig {
        acceptors = List.copyOf(acceptors);
        if (delay < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("waiter " + name + " needs delay >= 0 and maxAttempts >= 1");
        }
    }

    /**
     * @param service the service model
     * @param name    the waiter's model name
     * @return the waiter, or empty when the service has none by that name
     */
    public static Optional<WaiterConfig> of(ServiceModel service, String name) {
        return service.waiters()
                .map(w -> w.path("waiters").get(name))
                .filter(JsonNode::isObject)
                .map(w -> parse(name, w));
    }

    static WaiterConfig parse(String name, JsonNode w) {
        List<Acceptor> acceptors = new ArrayList<>();
        for (JsonNode a : w.path("acceptors")) {
            acceptors.add(new Acceptor(a.path("state").asText(), a.path("matcher").asText(),
                    a.hasNonNull("argument") ? a.get("argument").asText() : null, a.get("expected")));
        }
        return new WaiterConfig(name, w.path("operation").asText(), w.path("delay").asInt(15),
                w.path("maxAttempts").asInt(40), acceptors);
    }
}
