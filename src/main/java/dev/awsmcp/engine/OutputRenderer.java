package dev.awsmcp.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.paginate.PaginatedResult;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.model.Shape;
import dev.awsmcp.output.OutputFormatter;

/**
 * Turns call outputs into what the AWS CLI prints, with the output stage: CLI JSON, {@code --query}, and the
 * format. Paginated results print like the CLI's formatters: the merged result for json/yaml/table, page by page
 * for text (each page's result keys, the first page's other keys, then {@code NEXTTOKEN}).
 */
final class OutputRenderer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OutputFormatter formatter;

    OutputRenderer(OutputFormatter formatter) {
        this.formatter = formatter;
    }

    /** Rendered output: the JSON after {@code --query} (null when empty) and the printed text. */
    record Rendered(JsonNode json, String text) {}

    Rendered single(BoundCall call, ObjectNode output, String protocol, String format) {
        Shape shape = call.operation().output();
        JsonNode cli = toCli(shape, output, protocol);
        return finish(call, cli, format);
    }

    Rendered paginated(BoundCall call, PaginatedResult result, String protocol, String format) {
        Shape shape = call.operation().output();
        ObjectNode merged = result.merged().deepCopy();
        merged.remove("NextToken");
        JsonNode cli = inOrderOf(merged, toCli(shape, merged, protocol));
        if (result.nextToken() != null && cli instanceof ObjectNode) {
            ((ObjectNode) cli).put("NextToken", result.nextToken());
        }
        if (!"text".equals(format)) {
            return finish(call, cli, format);
        }
        // The CLI's TextFormatter prints page by page rather than the merged result.
        String query = call.options().query();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < result.pages().size(); i++) {
            JsonNode page = toCli(shape, result.pages().get(i), protocol);
            ObjectNode current = i == 0 ? (ObjectNode) toCli(shape, result.nonAggregate(), protocol).deepCopy()
                    : NODES.objectNode();
            for (String key : result.resultKeys()) {
                setDotted(current, key, getDotted(page, key));
            }
            text.append(formatter.render(query == null ? current : formatter.query(current, query), "text", call.operation().name()));
        }
        if (result.nextToken() != null) {
            ObjectNode token = NODES.objectNode();
            token.putObject("NextToken").put("NextToken", result.nextToken());
            text.append(formatter.render(query == null ? token : formatter.query(token, query), "text", call.operation().name()));
        }
        return new Rendered(jsonOf(query == null ? cli : formatter.query(cli, query), query), text.toString());
    }

    Rendered document(JsonNode document, String format, String title) {
        return new Rendered(document, formatter.render(document, format, title));
    }

    /** A document a customization prints through the CLI's formatter, after {@code --query} when given. */
    Rendered document(JsonNode document, String format, String title, String query) {
        JsonNode cli = formatter.toCliDocument(document);
        JsonNode shown = query == null ? cli : formatter.query(cli, query);
        return new Rendered(jsonOf(shown, query), formatter.render(shown, format, title));
    }

    private Rendered finish(BoundCall call, JsonNode cli, String format) {
        String query = call.options().query();
        JsonNode shown = query == null ? cli : formatter.query(cli, query);
        return new Rendered(jsonOf(shown, query), formatter.render(shown, format, call.operation().name()));
    }

    /**
     * botocore's {@code build_full_result} order (result keys, then the non-aggregate keys, then NextToken) rather
     * than the model order the CLI JSON conversion applies: {@code list-objects-v2} prints Contents, CommonPrefixes,
     * RequestCharged, Prefix.
     */
    private static JsonNode inOrderOf(ObjectNode order, JsonNode converted) {
        if (!(converted instanceof ObjectNode)) {
            return converted;
        }
        ObjectNode out = NODES.objectNode();
        order.fieldNames().forEachRemaining(name -> {
            if (converted.has(name)) {
                out.set(name, converted.get(name));
            }
        });
        converted.fields().forEachRemaining(e -> {
            if (!out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    private JsonNode toCli(Shape shape, ObjectNode output, String protocol) {
        return formatter.toCliJson(shape, output, protocol);
    }

    private static JsonNode jsonOf(JsonNode shown, String query) {
        if (query == null && shown != null && shown.isObject() && shown.isEmpty()) {
            return null;
        }
        return shown;
    }

    private static JsonNode getDotted(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(part);
        }
        return n;
    }

    private static void setDotted(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode n = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = n.get(parts[i]);
            n = child instanceof ObjectNode ? (ObjectNode) child : n.putObject(parts[i]);
        }
        n.set(parts[parts.length - 1], value == null ? NODES.nullNode() : value);
    }
}
