package dev.awsmcp.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Fits one command's output into a character budget without breaking JSON: drops null and empty members, then
 * shortens the largest arrays element by element (and, last, over-long strings), and describes what was cut.
 *
 * <p>Stand-in until the output stage's {@code OutputBudget} is merged; the MCP layer then delegates to it.
 */
final class ResultBudget {
    /** Characters kept free for the continuation note. */
    private static final int NOTE_RESERVE = 600;
    private static final int MAX_ROUNDS = 32;

    private ResultBudget() {}

    /**
     * The output, possibly shortened.
     *
     * @param json  the fitted JSON (null when nothing could be kept)
     * @param cuts  what was shortened: {@code {path, shown, total}} per array, {@code {path, chars}} per string
     * @param chars the compact size of the original output
     */
    record Fitted(JsonNode json, List<Map<String, Object>> cuts, int chars) {
        boolean truncated() {
            return !cuts.isEmpty();
        }
    }

    /**
     * Prunes and fits JSON into {@code maxChars} (measured compact).
     *
     * @param json     the output
     * @param maxChars the budget
     * @return the fitted output
     */
    static Fitted fit(JsonNode json, int maxChars) {
        if (json == null) {
            return new Fitted(null, List.of(), 0);
        }
        JsonNode pruned = prune(json.deepCopy());
        int original = size(pruned);
        int target = Math.max(maxChars - NOTE_RESERVE, maxChars / 2);
        if (original <= maxChars) {
            return new Fitted(pruned, List.of(), original);
        }
        List<Map<String, Object>> cuts = new ArrayList<>();
        int current = original;
        for (int round = 0; round < MAX_ROUNDS && current > target; round++) {
            Found biggest = largestArray(pruned, "", null);
            if (biggest == null || biggest.array.size() == 0) {
                break;
            }
            int total = biggest.array.size();
            int keep = keepCount(biggest.array, current - target);
            while (biggest.array.size() > keep) {
                biggest.array.remove(biggest.array.size() - 1);
            }
            cuts.add(Map.of("path", biggest.path.isEmpty() ? "@" : biggest.path, "shown", keep, "total", total));
            current = size(pruned);
        }
        for (int round = 0; round < MAX_ROUNDS && current > target; round++) {
            Found longest = longestString(pruned, "", null, null);
            if (longest == null) {
                break;
            }
            String s = longest.text;
            int keep = Math.max(0, s.length() - (current - target) - 40);
            String cut = s.substring(0, keep) + "...[" + (s.length() - keep) + " more chars]";
            longest.setter.accept(cut);
            cuts.add(Map.of("path", longest.path, "chars", s.length()));
            current = size(pruned);
        }
        if (current > maxChars) {
            return new Fitted(null, List.of(Map.of("path", "@", "chars", original)), original);
        }
        return new Fitted(pruned, List.copyOf(cuts), original);
    }

    /**
     * Cuts text at a line boundary so it fits.
     *
     * @param text     the rendered output
     * @param maxChars the budget
     * @return the text unchanged, or its head
     */
    static String fitText(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int end = Math.max(0, maxChars - NOTE_RESERVE);
        int nl = text.lastIndexOf('\n', end);
        return text.substring(0, nl > end / 2 ? nl : end);
    }

    /** Compact JSON size in characters. */
    static int size(JsonNode json) {
        return json == null ? 0 : json.toString().length();
    }

    /** Drops null members and members holding empty arrays or objects (recursively). */
    static JsonNode prune(JsonNode node) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = prune(e.getValue());
                if (v.isNull() || v.isContainerNode() && v.size() == 0) {
                    it.remove();
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                prune(a.get(i));
            }
        }
        return node;
    }

    /** How many leading elements to keep so that at least {@code excess} characters go. */
    private static int keepCount(ArrayNode array, int excess) {
        int removed = 0;
        int keep = array.size();
        while (keep > 0 && removed < excess) {
            keep--;
            removed += size(array.get(keep)) + 1;
        }
        return keep;
    }

    private record Found(ArrayNode array, String path, int size, String text, java.util.function.Consumer<String> setter) {}

    /** The array with the most characters, preferring arrays of two or more elements. */
    private static Found largestArray(JsonNode node, String path, Found best) {
        if (node instanceof ArrayNode a) {
            Found mine = new Found(a, path, size(a), null, null);
            if (better(mine, best)) {
                best = mine;
            }
            for (int i = 0; i < a.size(); i++) {
                best = largestArray(a.get(i), path + "[" + i + "]", best);
            }
        } else if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                best = largestArray(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), best);
            }
        }
        return best;
    }

    private static boolean better(Found candidate, Found best) {
        if (best == null) {
            return true;
        }
        boolean c2 = candidate.array.size() >= 2;
        boolean b2 = best.array.size() >= 2;
        if (c2 != b2) {
            return c2;
        }
        return candidate.size > best.size;
    }

    private static Found longestString(JsonNode node, String path, Found best, java.util.function.Consumer<String> setter) {
        if (node instanceof TextNode t) {
            if (best == null || t.textValue().length() > best.text.length()) {
                return new Found(null, path, t.textValue().length(), t.textValue(), setter);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                int index = i;
                best = longestString(a.get(i), path + "[" + i + "]", best, s -> a.set(index, JsonNodeFactory.instance.textNode(s)));
            }
        } else if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                best = longestString(o.get(name), path.isEmpty() ? name : path + "." + name, best, s -> o.put(name, s));
            }
        }
        return best;
    }
}
