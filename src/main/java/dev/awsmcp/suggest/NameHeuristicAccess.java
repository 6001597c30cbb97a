package dev.awsmcp.suggest;

import java.util.List;
import java.util.Map;

/**
 * A stand-in until the policy classifier is available: read vs write from the operation name's verb
 * ({@code Describe…}, {@code List…}, {@code Get…} read; anything else write). Labelled {@code name-heuristic} in every
 * answer so nobody mistakes it for the classifier.
 */
final class NameHeuristicAccess implements AccessLookup {
    private static final List<String> LIST_VERBS = List.of("List", "Search", "Scan");
    private static final List<String> READ_VERBS = List.of("Describe", "Get", "Head", "Query", "Lookup",
            "Select", "Batch Get", "Check", "Validate", "Estimate", "Preview", "Test");
    private static final Map<String, String> HIGH_LEVEL = Map.of(
            "ls", "List", "presign", "Read");

    @Override
    public Access of(CommandInfo c) {
        if (c.kind() == EntryKind.WAITER) {
            return new Access("Read", "read", "name-heuristic");
        }
        if (c.kind() == EntryKind.HIGH_LEVEL) {
            String level = HIGH_LEVEL.get(c.command());
            return level == null ? new Access("Write", "write", "name-heuristic")
                    : new Access(level, "read", "name-heuristic");
        }
        String op = c.modelOperation();
        for (String v : LIST_VERBS) {
            if (op.startsWith(v)) {
                return new Access("List", "read", "name-heuristic");
            }
        }
        for (String v : READ_VERBS) {
            if (op.startsWith(v.replace(" ", ""))) {
                return new Access("Read", "read", "name-heuristic");
            }
        }
        return new Access("Write", "write", "name-heuristic");
    }
}
