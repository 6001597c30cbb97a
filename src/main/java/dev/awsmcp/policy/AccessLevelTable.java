package dev.awsmcp.policy;

import dev.awsmcp.model.AccessLevel;
import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.model.ServiceCatalog;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Service Authorization Reference table ({@code iam/access-levels.json.gz}): IAM prefix → action → access
 * level. Action names are matched case-insensitively, as IAM does.
 */
final class AccessLevelTable {
    /** An IAM action with its canonical spelling and level. */
    record Entry(String prefix, String action, AccessLevel level) {
        String qualified() {
            return prefix + ":" + action;
        }
    }

    private final Map<String, Map<String, Entry>> byPrefix;

    private AccessLevelTable(Map<String, Map<String, Entry>> byPrefix) {
        this.byPrefix = byPrefix;
    }

    static AccessLevelTable load(ServiceCatalog catalog) {
        JsonNode root = catalog.readJson("iam/access-levels.json.gz")
                .orElseThrow(() -> new IllegalStateException("service-models/iam/access-levels.json.gz is missing"));
        Map<String, Map<String, Entry>> byPrefix = new HashMap<>();
        root.fields().forEachRemaining(p -> {
            Map<String, Entry> actions = new HashMap<>();
            p.getValue().path("actions").fields().forEachRemaining(a -> actions.put(a.getKey().toLowerCase(Locale.ROOT),
                    new Entry(p.getKey(), a.getKey(), AccessLevel.parse(a.getValue().asText()))));
            byPrefix.put(p.getKey(), actions);
        });
        return new AccessLevelTable(byPrefix);
    }

    boolean hasPrefix(String prefix) {
        return byPrefix.containsKey(prefix);
    }

    Optional<Entry> find(String prefix, String action) {
        Map<String, Entry> actions = byPrefix.get(prefix);
        return actions == null ? Optional.empty() : Optional.ofNullable(actions.get(action.toLowerCase(Locale.ROOT)));
    }

    /** Looks up {@code prefix:Action}. */
    Optional<Entry> find(String qualified) {
        int colon = qualified.indexOf(':');
        return colon < 0 ? Optional.empty() : find(qualified.substring(0, colon), qualified.substring(colon + 1));
    }
}
