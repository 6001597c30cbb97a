package dev.awsmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.text.CodePointOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * {@code --output text}, a port of awscli/text.py: a dict prints its scalar values (keys sorted) on one
 * tab-separated line, prefixed with the upper-cased key it hangs under; nested dicts and lists follow on their own
 * lines; a list of dicts shares one column set (the union of their scalar keys, missing ones empty); a list of
 * scalars prints on one line, or one {@code IDENTIFIER\tvalue} line each when it hangs under a key.
 */
final class TextRenderer {
    private TextRenderer() {
    }

    static String render(JsonNode json) {
        StringBuilder out = new StringBuilder(256);
        format(json, out, null, null);
        return out.toString();
    }

    private static void format(JsonNode item, StringBuilder out, String identifier, List<String> scalarKeys) {
        if (item != null && item.isObject()) {
            formatDict(scalarKeys, item, identifier, out);
        } else if (item != null && item.isArray()) {
            formatList(item, identifier, out);
        } else {
            out.append(PythonValues.str(item)).append('\n');
        }
    }

    private static void formatList(JsonNode item, String identifier, StringBuilder out) {
        if (item.isEmpty()) {
            return;
        }
        boolean anyDict = false;
        boolean anyList = false;
        for (JsonNode el : item) {
            anyDict |= el.isObject();
            anyList |= el.isArray();
        }
        if (anyDict) {
            // The CLI fails on a list mixing dicts and scalars; here scalars just print on their own line.
            List<String> allKeys = allScalarKeys(item);
            for (JsonNode element : item) {
                format(element, out, identifier, element.isObject() ? allKeys : null);
            }
        } else if (anyList) {
            List<JsonNode> scalars = new ArrayList<>();
            List<JsonNode> nonScalars = new ArrayList<>();
            for (JsonNode el : item) {
                (isScalar(el) ? scalars : nonScalars).add(el);
            }
            if (!scalars.isEmpty()) {
                formatScalarList(scalars, identifier, out);
            }
            for (JsonNode nonScalar : nonScalars) {
                format(nonScalar, out, identifier, null);
            }
        } else {
            List<JsonNode> all = new ArrayList<>(item.size());
            item.forEach(all::add);
            formatScalarList(all, identifier, out);
        }
    }

    private static void formatScalarList(List<JsonNode> elements, String identifier, StringBuilder out) {
        if (identifier != null) {
            String upper = identifier.toUpperCase(Locale.ROOT);
            for (JsonNode el : elements) {
                out.append(upper).append('\t').append(PythonValues.str(el)).append('\n');
            }
        } else {
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                out.append(PythonValues.str(elements.get(i)));
            }
            out.append('\n');
        }
    }

    private static void formatDict(List<String> scalarKeys, JsonNode item, String identifier, StringBuilder out) {
        List<String> scalars = new ArrayList<>();
        List<String> nonScalarKeys = new ArrayList<>();
        if (scalarKeys == null) {
            for (String key : sortedKeys(item)) {
                if (isScalar(item.get(key))) {
                    scalars.add(PythonValues.str(item.get(key)));
                } else {
                    nonScalarKeys.add(key);
                }
            }
        } else {
            for (String key : scalarKeys) {
                JsonNode v = item.get(key);
                scalars.add(v == null ? "" : PythonValues.str(v));
            }
            for (String key : sortedKeys(item)) {
                if (!scalarKeys.contains(key)) {
                    nonScalarKeys.add(key);
                }
            }
        }
        if (!scalars.isEmpty()) {
            if (identifier != null) {
                scalars.add(0, identifier.toUpperCase(Locale.ROOT));
            }
            out.append(String.join("\t", scalars)).append('\n');
        }
        for (String key : nonScalarKeys) {
            format(item.get(key), out, key, null);
        }
    }

    private static List<String> allScalarKeys(JsonNode listOfDicts) {
        TreeSet<String> keys = new TreeSet<>(CodePointOrder.STRINGS);
        for (JsonNode dict : listOfDicts) {
            if (!dict.isObject()) {
                continue;
            }
            dict.fields().forEachRemaining(e -> {
                if (isScalar(e.getValue())) {
                    keys.add(e.getKey());
                }
            });
        }
        return new ArrayList<>(keys);
    }

    static List<String> sortedKeys(JsonNode object) {
        List<String> keys = new ArrayList<>(object.size());
        object.fieldNames().forEachRemaining(keys::add);
        keys.sort(CodePointOrder.STRINGS);
        return keys;
    }

    static boolean isScalar(JsonNode node) {
        return node == null || !(node.isObject() || node.isArray());
    }
}
