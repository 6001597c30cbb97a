package dev.awsmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fits one command's JSON result into an agent's context. Null and empty members are dropped; if the JSON is still
 * larger than the cap (measured as compact JSON), lists are cut to their first items, largest list first, then long
 * strings are shortened, and as a last resort whole values are replaced by a marker. The result is always complete
 * JSON (never cut mid-structure) and comes with a note saying what was left out and how to get it:
 * {@code --max-items}/{@code --starting-token} for lists, {@code --query} to select fields.
 *
 * <pre>{@code
 * BudgetedOutput r = OutputBudget.ofChars(50_000).apply(json, "aws ec2 describe-instances");
 * }</pre>
 */
public final class OutputBudget {
    /** The default cap: fits comfortably in an agent's context next to its other work. */
    public static final int DEFAULT_MAX_CHARS = 50_000;
    private static final int MIN_CHARS = 200;
    private static final int SHORT_STRING = 120;
    private static final Pattern MAX_ITEMS = Pattern.compile("\\s--max-items(?:\\s+|=)\\S+");
    private static final Pattern PAGE_SIZE = Pattern.compile("\\s--page-size(?:\\s+|=)\\S+");
    private static final Pattern QUERY = Pattern.compile("\\s--query(?:\\s+|=)('[^']*'|\"[^\"]*\"|\\S+)");

    private final int maxChars;
    private final boolean dropEmpty;

    private OutputBudget(int maxChars, boolean dropEmpty) {
        this.maxChars = maxChars;
        this.dropEmpty = dropEmpty;
    }

    /** A budget of {@link #DEFAULT_MAX_CHARS} characters. */
    public static OutputBudget defaults() {
        return new OutputBudget(DEFAULT_MAX_CHARS, true);
    }

    /**
     * A budget of {@code maxChars} characters.
     *
     * @param maxChars the cap, at least 200
     * @return the budget
     * @throws IllegalArgumentException when smaller than 200
     */
    public static OutputBudget ofChars(int maxChars) {
        if (maxChars < MIN_CHARS) {
            throw new IllegalArgumentException("maxChars must be at least " + MIN_CHARS + ", was " + maxChars);
        }
        return new OutputBudget(maxChars, true);
    }

    /**
     * The same cap, keeping null and empty members (they are dropped by default).
     *
     * @return a budget that only trims
     */
    public OutputBudget keepingEmptyMembers() {
        return new OutputBudget(maxChars, false);
    }

    /** The cap in characters. */
    public int maxChars() {
        return maxChars;
    }

    /**
     * Fits {@code json} into the budget.
     *
     * @param json the CLI JSON of one command (not modified)
     * @return the fitted result
     */
    public BudgetedOutput apply(JsonNode json) {
        return apply(json, null);
    }

    /**
     * Fits {@code json} into the budget, phrasing continuation hints as edits of {@code commandLine}.
     *
     * @param json        the CLI JSON of one command (not modified)
     * @param commandLine the command that produced it ({@code aws ec2 describe-instances ...}), or null
     * @return the fitted result
     */
    public BudgetedOutput apply(JsonNode json, String commandLine) {
        if (json == null) {
            return new BudgetedOutput(null, 0, 0, false, List.of(), null, List.of(), null);
        }
        int original = (int) Math.min(Integer.MAX_VALUE, JsonSize.of(json));
        JsonNode work = dropEmpty ? pruned(json.deepCopy()) : json.deepCopy();
        if (work == null) {
            // Everything was empty: keep the empty shape rather than returning nothing.
            work = json.isArray() ? ((ArrayNode) json.deepCopy()).removeAll() : json.isObject()
                    ? ((ObjectNode) json.deepCopy()).removeAll() : json.deepCopy();
        }
        String nextToken = work.isObject() && work.path("NextToken").isTextual() ? work.get("NextToken").asText() : null;
        List<Omission> omissions = new ArrayList<>();
        Holder root = new Holder(work);
        if (JsonSize.of(root.value) > maxChars) {
            trimLists(root, omissions);
        }
        if (JsonSize.of(root.value) > maxChars) {
            shortenStrings(root, omissions);
        }
        if (JsonSize.of(root.value) > maxChars) {
            replaceLargest(root, omissions);
        }
        int returned = (int) JsonSize.of(root.value);
        omissions.sort(Comparator.comparingInt(Omission::omitted).reversed());
        if (omissions.isEmpty()) {
            return new BudgetedOutput(root.value, original, returned, false, List.of(), nextToken, List.of(), null);
        }
        List<String> continueWith = suggestions(root.value, omissions, commandLine, nextToken);
        return new BudgetedOutput(root.value, original, returned, true, omissions, nextToken, continueWith,
                note(original, omissions, continueWith));
    }

    // ---- pruning --------------------------------------------------------------------------------------------

    /** Drops null, empty-string, empty-list and empty-object members; returns null when nothing is left. */
    private static JsonNode pruned(JsonNode node) {
        if (node.isObject()) {
            ObjectNode obj = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = pruned(e.getValue());
                if (v == null) {
                    it.remove();
                } else if (v != e.getValue()) {
                    e.setValue(v);
                }
            }
            return obj.isEmpty() ? null : obj;
        }
        if (node.isArray()) {
            ArrayNode arr = (ArrayNode) node;
            for (int i = 0; i < arr.size(); i++) {
                JsonNode v = pruned(arr.get(i));
                if (v != null && v != arr.get(i)) {
                    arr.set(i, v);
                }
            }
            return arr.isEmpty() ? null : arr;
        }
        if (node.isNull() || (node.isTextual() && node.textValue().isEmpty())) {
            return null;
        }
        return node;
    }

    // ---- trimming -------------------------------------------------------------------------------------------

    private void trimLists(Holder root, List<Omission> omissions) {
        List<Object> trimmed = new ArrayList<>();
        while (JsonSize.of(root.value) > maxChars) {
            Located largest = largest(root.value, "", n -> n.isArray() && n.size() > 1
                    && trimmed.stream().noneMatch(t -> t == n));
            if (largest == null) {
                return;
            }
            ArrayNode array = (ArrayNode) largest.node;
            trimmed.add(array);
            long total = JsonSize.of(root.value);
            long fixed = total - JsonSize.of(array);
            long budget = maxChars - fixed;
            int keep = 0;
            long used = 2;
            for (int i = 0; i < array.size(); i++) {
                long item = JsonSize.of(array.get(i)) + (i > 0 ? 1 : 0);
                if (used + item > budget && keep >= 1) {
                    break;
                }
                used += item;
                keep++;
            }
            int size = array.size();
            if (keep < size) {
                while (array.size() > keep) {
                    array.remove(array.size() - 1);
                }
                omissions.add(new Omission(largest.path, "items", keep, size));
            }
        }
    }

    private void shortenStrings(Holder root, List<Omission> omissions) {
        while (JsonSize.of(root.value) > maxChars) {
            Located largest = largest(root.value, "", n -> n.isTextual() && n.textValue().length() > SHORT_STRING);
            if (largest == null || largest.parent == null) {
                return;
            }
            String text = largest.node.textValue();
            long excess = JsonSize.of(root.value) - maxChars;
            int keep = (int) Math.max(SHORT_STRING, text.length() - excess - 40);
            if (keep >= text.length()) {
                return;
            }
            String cut = text.substring(0, keep) + "…[" + (text.length() - keep) + " more characters]";
            largest.replace(TextNode.valueOf(cut));
            omissions.add(new Omission(largest.path, "characters", keep, text.length()));
        }
    }

    private void replaceLargest(Holder root, List<Omission> omissions) {
        while (JsonSize.of(root.value) > maxChars) {
            Located largest = largest(root.value, "", n -> n.isContainerNode() || n.isTextual());
            if (largest == null || largest.parent == null) {
                long size = JsonSize.of(root.value);
                root.value = TextNode.valueOf("[output of " + size + " characters omitted]");
                omissions.add(new Omission("", "value", 0, (int) Math.min(Integer.MAX_VALUE, size)));
                return;
            }
            long size = JsonSize.of(largest.node);
            largest.replace(TextNode.valueOf("[" + size + " characters omitted]"));
            omissions.add(new Omission(largest.path, "value", 0, (int) Math.min(Integer.MAX_VALUE, size)));
        }
    }

    /**
     * The largest node (by JSON size) that matches, with its path and parent. One post-order pass computes every
     * size once; paths are only spelled out for the winner.
     */
    private static Located largest(JsonNode root, String rootPath, java.util.function.Predicate<JsonNode> wanted) {
        Best best = new Best();
        sizeOf(root, null, null, null, -1, wanted, best);
        if (best.node == null) {
            return null;
        }
        return new Located(best.node, best.frame == null ? rootPath : best.frame.path(), best.parent, best.key,
                best.index);
    }

    private static final class Best {
        JsonNode node;
        Frame frame;
        JsonNode parent;
        String key;
        int index;
        long size = -1;
    }

    /** A step of the path from the root, kept as a linked list so unused paths cost nothing. */
    private static final class Frame {
        final Frame up;
        final String key;
        final int index;

        Frame(Frame up, String key, int index) {
            this.up = up;
            this.key = key;
            this.index = index;
        }

        String path() {
            String prefix = up == null ? "" : up.path();
            return key != null ? join(prefix, key) : prefix + "[" + index + "]";
        }
    }

    private static long sizeOf(JsonNode node, Frame frame, JsonNode parent, String key, int index,
            java.util.function.Predicate<JsonNode> wanted, Best best) {
        long size;
        if (node.isObject()) {
            size = 2 + Math.max(0, node.size() - 1);
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                size += JsonSize.string(e.getKey()) + 1
                        + sizeOf(e.getValue(), new Frame(frame, e.getKey(), -1), node, e.getKey(), -1, wanted, best);
            }
        } else if (node.isArray()) {
            size = 2 + Math.max(0, node.size() - 1);
            for (int i = 0; i < node.size(); i++) {
                size += sizeOf(node.get(i), new Frame(frame, null, i), node, null, i, wanted, best);
            }
        } else {
            size = JsonSize.of(node);
        }
        if (size > best.size && wanted.test(node)) {
            best.size = size;
            best.node = node;
            best.frame = frame;
            best.parent = parent;
            best.key = key;
            best.index = index;
        }
        return size;
    }

    private static String join(String path, String key) {
        String k = key.matches("[A-Za-z_][A-Za-z0-9_]*") ? key : "\"" + key.replace("\"", "\\\"") + "\"";
        return path.isEmpty() ? k : path + "." + k;
    }

    // ---- the note -------------------------------------------------------------------------------------------

    private static List<String> suggestions(JsonNode result, List<Omission> omissions, String commandLine,
            String nextToken) {
        List<String> out = new ArrayList<>();
        Omission list = omissions.stream().filter(o -> o.kind().equals("items")).findFirst().orElse(null);
        String base = commandLine == null ? null : PAGE_SIZE.matcher(MAX_ITEMS.matcher(" " + commandLine.strip())
                .replaceAll("")).replaceAll("").strip();
        if (list != null && isTopLevel(list.path())) {
            String option = "--max-items " + list.kept();
            out.add(base == null ? option : base + " " + option);
        }
        if (list != null) {
            String query = fieldSelection(result, list.path());
            if (query != null) {
                String option = "--query '" + query + "'";
                String withoutQuery = base == null ? null : QUERY.matcher(" " + base).replaceAll("").strip();
                out.add(withoutQuery == null ? option : withoutQuery + " " + option);
            }
        }
        if (nextToken != null) {
            out.add("--starting-token " + nextToken);
        }
        return out;
    }

    /** A list that hangs directly off the result (what --max-items counts), not one nested in an item. */
    private static boolean isTopLevel(String path) {
        return path.isEmpty() || !(path.contains("[") || path.contains("."));
    }

    /** {@code Reservations[].Instances[].{InstanceId: InstanceId, ...}} built from the first kept item. */
    private static String fieldSelection(JsonNode result, String path) {
        String projection = path.replaceAll("\\[\\d+]", "[]");
        JsonNode list = result;
        for (String part : path.replaceAll("\\[\\d+]", ".0").split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            list = part.equals("0") ? list.path(0) : list.path(part.replace("\"", ""));
        }
        JsonNode first = list.path(0);
        if (!first.isObject()) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(k -> {
            if (first.get(k).isValueNode() && k.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                keys.add(k);
            }
        });
        keys.sort(Comparator.comparingInt(OutputBudget::identifierRank));
        if (keys.isEmpty()) {
            return null;
        }
        List<String> chosen = keys.subList(0, Math.min(4, keys.size()));
        StringBuilder q = new StringBuilder(projection.isEmpty() ? "[]" : projection + "[]").append(".{");
        for (int i = 0; i < chosen.size(); i++) {
            q.append(i == 0 ? "" : ", ").append(chosen.get(i)).append(": ").append(chosen.get(i));
        }
        return q.append('}').toString();
    }

    private static int identifierRank(String key) {
        if (key.endsWith("Id") || key.endsWith("Name") || key.equals("Key")) {
            return 0;
        }
        if (key.endsWith("Arn") || key.endsWith("Type") || key.endsWith("State") || key.endsWith("Status")) {
            return 1;
        }
        return 2;
    }

    private String note(int original, List<Omission> omissions, List<String> continueWith) {
        StringBuilder s = new StringBuilder("Output trimmed from " + original + " to fit " + maxChars + " characters: ");
        for (int i = 0; i < Math.min(3, omissions.size()); i++) {
            Omission o = omissions.get(i);
            String where = o.path().isEmpty() ? "the result" : o.path();
            s.append(i == 0 ? "" : "; ");
            switch (o.kind()) {
                case "items":
                    s.append("kept ").append(o.kept()).append(" of ").append(o.total()).append(" items of ").append(where)
                            .append(" (").append(o.omitted()).append(" omitted)");
                    break;
                case "characters":
                    s.append("shortened ").append(where).append(" to ").append(o.kept()).append(" of ")
                            .append(o.total()).append(" characters");
                    break;
                default:
                    s.append("omitted ").append(where).append(" (").append(o.total()).append(" characters)");
            }
        }
        if (omissions.size() > 3) {
            s.append("; and ").append(omissions.size() - 3).append(" more cuts");
        }
        s.append(". ");
        if (continueWith.isEmpty()) {
            s.append("Narrow the request with --query or a server-side filter to see the rest.");
        } else {
            s.append("To get the rest, page with --max-items and pass each NextToken to --starting-token, "
                    + "select fewer fields with --query, or narrow with a server-side filter: ")
                    .append(String.join(" | ", continueWith)).append('.');
        }
        return s.toString();
    }

    private static final class Holder {
        JsonNode value;

        Holder(JsonNode value) {
            this.value = value;
        }
    }

    private static final class Located {
        final JsonNode node;
        final String path;
        final JsonNode parent;
        final String key;
        final int index;

        Located(JsonNode node, String path, JsonNode parent, String key, int index) {
            this.node = node;
            this.path = path;
            this.parent = parent;
            this.key = key;
            this.index = index;
        }

        void replace(JsonNode replacement) {
            if (parent instanceof ObjectNode) {
                ((ObjectNode) parent).set(key, replacement);
            } else if (parent instanceof ArrayNode) {
                ((ArrayNode) parent).set(index, replacement);
            }
        }
    }
}
