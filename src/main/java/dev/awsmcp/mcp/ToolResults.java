package dev.awsmcp.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ErrorInfo;
import dev.awsmcp.batch.BatchResult;
import dev.awsmcp.batch.CommandBatch;
import dev.awsmcp.batch.CommandText;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns command results into a {@code call_aws} tool result: {@code structuredContent} with one entry per command
 * (output, status, error and hint, request ids, pagination token, truncation note) and a compact text form, both
 * within the output budget.
 */
final class ToolResults {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A command of a batch never gets less than this, however many commands share the budget. */
    private static final int MIN_SHARE = 2_000;

    private final int maxOutput;
    private final Predicate<String> paginated;

    /**
     * @param maxOutput the character budget of one tool result
     * @param paginated tells whether a command's operation is paginated (to suggest {@code --max-items})
     */
    ToolResults(int maxOutput, Predicate<String> paginated) {
        this.maxOutput = maxOutput;
        this.paginated = paginated;
    }

    /** The tool result of a bad request (no command ran). */
    static McpSchema.CallToolResult invalid(String code, String message, String hint) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("results");
        ObjectNode error = root.putObject("error");
        error.put("code", code).put("message", message);
        if (hint != null) {
            error.put("hint", hint);
        }
        return McpSchema.CallToolResult.builder()
                .structuredContent(JSON.convertValue(root, Map.class))
                .addTextContent("Error [" + code + "]: " + message + (hint == null ? "" : "\nHint: " + hint))
                .isError(true)
                .build();
    }

    /**
     * @param results the batch results, in order
     * @return the tool result
     */
    McpSchema.CallToolResult render(List<BatchResult> results) {
        int share = Math.max(MIN_SHARE, maxOutput / Math.max(1, results.size()));
        ObjectNode root = JSON.createObjectNode();
        ArrayNode entries = root.putArray("results");
        StringBuilder text = new StringBuilder();
        int failed = 0;
        for (int i = 0; i < results.size(); i++) {
            BatchResult br = results.get(i);
            CommandResult r = br.result();
            ObjectNode entry = entries.addObject();
            String body = entry(entry, br, share);
            if (!r.ok()) {
                failed++;
            }
            if (results.size() > 1) {
                text.append(i == 0 ? "" : "\n").append("### [").append(i + 1).append('/').append(results.size()).append("] ")
                        .append(br.command()).append(" -> ").append(r.ok() ? "ok" : "error").append('\n');
            }
            text.append(body);
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("commands", results.size()).put("succeeded", results.size() - failed).put("failed", failed);
        return McpSchema.CallToolResult.builder()
                .structuredContent(JSON.convertValue(root, Map.class))
                .addTextContent(text.toString())
                .isError(failed == results.size())
                .build();
    }

    /** Fills one structured entry and returns its text form. */
    private String entry(ObjectNode entry, BatchResult br, int share) {
        CommandResult r = br.result();
        entry.put("command", br.command());
        entry.put("status", status(r));
        entry.put("exitCode", r.exitCode());
        putIfPresent(entry, "service", r.service());
        putIfPresent(entry, "operation", r.operation());
        putIfPresent(entry, "region", br.region());
        StringBuilder text = new StringBuilder();
        if (r.error() != null) {
            ErrorInfo e = r.error();
            ObjectNode error = entry.putObject("error");
            error.put("code", e.code()).put("message", e.message());
            putIfPresent(error, "hint", e.hint());
            text.append("Error [").append(e.code()).append("]: ").append(e.message());
            if (e.hint() != null) {
                text.append("\nHint: ").append(e.hint());
            }
            text.append('\n');
        }
        if (r.json() != null) {
            ResultBudget.Fitted fitted = ResultBudget.fit(r.json(), share);
            if (fitted.json() != null) {
                entry.set("output", fitted.json());
            }
            if (fitted.truncated()) {
                entry.set("truncated", note(br.command(), fitted, r.json(), share));
            }
            text.append(renderText(br.command(), r, fitted, share));
        } else if (r.text() != null && !r.text().isEmpty() && r.ok()) {
            String fittedText = ResultBudget.fitText(r.text(), share);
            entry.put("text", fittedText);
            text.append(fittedText.endsWith("\n") ? fittedText : fittedText + "\n");
            if (fittedText.length() < r.text().length()) {
                ObjectNode note = entry.putObject("truncated");
                note.put("originalChars", r.text().length());
                note.put("howToContinue", "The text output was cut at " + fittedText.length() + " of " + r.text().length()
                        + " characters. Narrow the command (filters, --query, a prefix) or use --output json to get"
                        + " item-wise truncation.");
                text.append("[truncated: ").append(note.get("howToContinue").asText()).append("]\n");
            }
        }
        if (r.nextToken() != null) {
            entry.put("nextToken", r.nextToken());
            text.append("NextToken: ").append(r.nextToken())
                    .append(" (repeat the command with --starting-token ").append(r.nextToken()).append(" to continue)\n");
        }
        if (!r.requestIds().isEmpty()) {
            ArrayNode ids = entry.putArray("requestIds");
            r.requestIds().forEach(ids::add);
        }
        if (r.httpStatus() > 0) {
            entry.put("httpStatus", r.httpStatus());
        }
        if (r.duration() != null) {
            entry.put("durationMs", r.duration().toMillis());
        }
        return text.toString();
    }

    private String renderText(String command, CommandResult r, ResultBudget.Fitted fitted, int share) {
        StringBuilder text = new StringBuilder();
        String format = CommandText.optionValue(command, "--output").orElse("json");
        if (!fitted.truncated() && !format.equals("json") && r.text() != null && r.text().length() <= share) {
            text.append(r.text());
        } else if (fitted.json() != null) {
            text.append(fitted.json().toString());
        }
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        if (fitted.truncated()) {
            text.append("[truncated: ").append(note(command, fitted, r.json(), share).get("howToContinue").asText()).append("]\n");
        }
        return text.toString();
    }

    /** The continuation note: what was cut and exactly how to get the rest. */
    private ObjectNode note(String command, ResultBudget.Fitted fitted, JsonNode original, int share) {
        ObjectNode note = JSON.createObjectNode();
        note.put("originalChars", fitted.chars());
        note.put("limitChars", share);
        ArrayNode cuts = note.putArray("cuts");
        StringBuilder how = new StringBuilder("Output exceeded the " + share + "-character limit.");
        String firstArray = null;
        int shown = -1;
        for (Map<String, Object> cut : fitted.cuts()) {
            cuts.add(JSON.valueToTree(cut));
            if (cut.containsKey("total")) {
                how.append(' ').append(cut.get("path")).append(" shows ").append(cut.get("shown")).append(" of ")
                        .append(cut.get("total")).append(" items.");
                if (firstArray == null) {
                    firstArray = String.valueOf(cut.get("path"));
                    shown = ((Number) cut.get("shown")).intValue();
                }
            } else {
                how.append(' ').append(cut.get("path")).append(" was shortened from ").append(cut.get("chars")).append(" characters.");
            }
        }
        if (firstArray != null) {
            how.append(" Select fewer fields with --query '").append(querySuggestion(firstArray, original)).append('\'');
            how.append(" or filter on the service side (e.g. --filters).");
            if (paginated.test(command)) {
                int pageItems = Math.max(1, shown);
                how.append(" Or page: add --max-items ").append(pageItems)
                        .append(", then repeat with --starting-token <NextToken from that result>.");
            }
        } else {
            how.append(" Select the fields you need with --query.");
        }
        note.put("howToContinue", how.toString());
        return note;
    }

    /** A JMESPath projection over the cut array with its first two scalar fields, e.g. {@code Reservations[].Instances[].[InstanceId,State]}. */
    static String querySuggestion(String path, JsonNode original) {
        String base = path.equals("@") ? "[]" : path.replaceAll("\\[\\d+]", "[]") + "[]";
        JsonNode array = original;
        if (!path.equals("@")) {
            for (String part : path.replaceAll("\\[(\\d+)]", ".$1").split("\\.")) {
                array = array.isArray() ? array.path(Integer.parseInt(part)) : array.path(part);
            }
        }
        List<String> fields = new ArrayList<>();
        JsonNode first = array.path(0);
        Iterator<Map.Entry<String, JsonNode>> it = first.fields();
        while (it.hasNext() && fields.size() < 2) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isValueNode() && e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                fields.add(e.getKey());
            }
        }
        return fields.isEmpty() ? base : base + ".[" + String.join(",", fields) + "]";
    }

    private static String status(CommandResult r) {
        if (r.ok()) {
            return "ok";
        }
        return r.exitCode() == CommandBatch.CANCELLED_EXIT_CODE ? "cancelled" : "error";
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
