package dev.awsmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.text.CodePointOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code --output table}, a port of awscli/formatter.py {@code TableFormatter}: the operation name titles the
 * table; a dict's scalar keys (sorted) become one header row and one value row (a single scalar key becomes a
 * key/value row); non-scalar members become indented sub-sections titled with their key; a list of dicts shares one
 * header set and starts a new section per element when elements have nested members.
 */
final class TableRenderer {
    private final MultiTable table;

    private TableRenderer(int terminalWidth) {
        this.table = new MultiTable(terminalWidth);
    }

    static String render(JsonNode json, String title, int terminalWidth) {
        if (json == null || !(json.isObject() || json.isArray() || json.isTextual())) {
            // The CLI fails on a bare number, boolean or null here; printing it is kinder.
            return json == null || json.isNull() ? "" : PythonValues.str(json) + "\n";
        }
        TableRenderer renderer = new TableRenderer(terminalWidth);
        try {
            return renderer.build(title, json, 0) ? renderer.table.render() : "";
        } catch (IllegalArgumentException e) {
            throw new OutputException("UnrenderableTable",
                    "This output cannot be drawn as a table: " + e.getMessage() + ".",
                    "Use --output json, or --query to select rows of equal shape (e.g. 'Items[].[Name,Id]').");
        }
    }

    private boolean build(String title, JsonNode current, int indentLevel) {
        if (isFalsy(current)) {
            return false;
        }
        if (title != null) {
            table.newSection(title, indentLevel);
        }
        if (current.isArray()) {
            if (current.get(0).isObject()) {
                buildSubTableFromList(current, indentLevel, title);
            } else {
                for (JsonNode item : current) {
                    if (TextRenderer.isScalar(item)) {
                        table.addRow(List.of(PythonValues.str(item)));
                    } else if (allScalar(item)) {
                        List<String> row = new ArrayList<>();
                        item.forEach(el -> row.add(PythonValues.str(el)));
                        table.addRow(row);
                    } else {
                        build(null, item, 0);
                    }
                }
            }
        }
        if (current.isObject()) {
            buildSubTableFromDict(current, indentLevel);
        }
        return true;
    }

    private void buildSubTableFromDict(JsonNode current, int indentLevel) {
        List<String> headers = new ArrayList<>();
        List<String> more = new ArrayList<>();
        groupScalarKeys(current, headers, more);
        if (headers.size() == 1) {
            table.addRow(List.of(headers.get(0), PythonValues.str(current.get(headers.get(0)))));
        } else if (!headers.isEmpty()) {
            table.addRowHeader(headers);
            List<String> row = new ArrayList<>();
            for (String k : headers) {
                row.add(PythonValues.str(current.get(k)));
            }
            table.addRow(row);
        }
        for (String remaining : more) {
            build(remaining, current.get(remaining), indentLevel + 1);
        }
    }

    private void buildSubTableFromList(JsonNode current, int indentLevel, String title) {
        TreeSet<String> headerSet = new TreeSet<>(CodePointOrder.STRINGS);
        TreeSet<String> moreSet = new TreeSet<>(CodePointOrder.STRINGS);
        for (JsonNode item : current) {
            if (item.isObject()) {
                List<String> h = new ArrayList<>();
                List<String> m = new ArrayList<>();
                groupScalarKeys(item, h, m);
                headerSet.addAll(h);
                moreSet.addAll(m);
            }
        }
        List<String> headers = new ArrayList<>(headerSet);
        List<String> more = new ArrayList<>(moreSet);
        table.addRowHeader(headers);
        boolean first = true;
        for (JsonNode element : current) {
            if (!element.isObject()) {
                continue;
            }
            if (!first && !more.isEmpty()) {
                table.newSection(title, indentLevel);
                table.addRowHeader(headers);
            }
            first = false;
            List<String> row = new ArrayList<>();
            for (String header : headers) {
                JsonNode v = element.get(header);
                row.add(v == null ? "" : PythonValues.str(v));
            }
            table.addRow(row);
            for (String remaining : more) {
                if (element.has(remaining)) {
                    build(remaining, element.get(remaining), indentLevel + 1);
                }
            }
        }
    }

    private static void groupScalarKeys(JsonNode current, List<String> headers, List<String> more) {
        current.fields().forEachRemaining(e -> (TextRenderer.isScalar(e.getValue()) ? headers : more).add(e.getKey()));
        headers.sort(CodePointOrder.STRINGS);
        more.sort(CodePointOrder.STRINGS);
    }

    private static boolean allScalar(JsonNode list) {
        for (JsonNode el : list) {
            if (!TextRenderer.isScalar(el)) {
                return false;
            }
        }
        return true;
    }

    /** Python truthiness, which the CLI uses to skip empty members. */
    private static boolean isFalsy(JsonNode v) {
        if (v == null || v.isNull()) {
            return true;
        }
        if (v.isObject() || v.isArray()) {
            return v.isEmpty();
        }
        if (v.isTextual()) {
            return v.textValue().isEmpty();
        }
        if (v.isBoolean()) {
            return !v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() == 0;
        }
        return false;
    }
}
