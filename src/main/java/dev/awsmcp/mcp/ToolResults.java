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
import dev.awsmcp.output.BudgetedOutput;
import dev.awsmcp.output.Omission;
import dev.awsmcp.output.OutputBudget;
import io.modelcontextprotocol.spec.McpSchema;
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
            BudgetedOutput fitted = OutputBudget.ofChars(share).apply(r.json(), br.command());
            if (fitted.json() != null) {
                entry.set("output", fitted.json());
            }
            ObjectNode note = fitted.truncated() ? note(br.command(), fitted, share) : null;
            if (note != null) {
                entry.set("truncated", note);
            }
            text.append(renderText(br.command(), r, fitted, note, share));
        } else if (r.text() != null && !r.text().isEmpty() && r.ok()) {
            String fittedText = fitText(r.text(), share);
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

    private static String renderText(String command, CommandResult r, BudgetedOutput fitted, ObjectNode note, int share) {
        StringBuilder text = new StringBuilder();
        String format = CommandText.optionValue(command, "--output").orElse("json");
        if (note == null && !format.equals("json") && r.text() != null && r.text().length() <= share) {
            text.append(r.text());
        } else if (fitted.json() != null) {
            text.append(fitted.json().toString());
        }
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        if (note != null) {
            text.append("[truncated: ").append(note.get("howToContinue").asText()).append("]\n");
        }
        return text.toString();
    }

    /**
     * The continuation note: what was cut and exactly how to get the rest. Paging suggestions are kept only for
     * operations that paginate ({@code --max-items} is an error elsewhere).
     */
    private ObjectNode note(String command, BudgetedOutput fitted, int share) {
        boolean pages = paginated.test(command);
        ObjectNode note = JSON.createObjectNode();
        note.put("originalChars", fitted.originalChars());
        note.put("returnedChars", fitted.returnedChars());
        note.put("limitChars", share);
        ArrayNode omissions = note.putArray("omissions");
        for (Omission o : fitted.omissions()) {
            omissions.addObject().put("path", o.path()).put("kind", o.kind()).put("kept", o.kept()).put("total", o.total());
        }
        ArrayNode continueWith = note.putArray("continueWith");
        fitted.continueWith().stream()
                .filter(c -> pages || !c.contains("--max-items") && !c.startsWith("--starting-token"))
                .forEach(continueWith::add);
        StringBuilder how = new StringBuilder("Output trimmed from ").append(fitted.originalChars()).append(" to ")
                .append(fitted.returnedChars()).append(" characters:");
        for (Omission o : fitted.omissions().subList(0, Math.min(3, fitted.omissions().size()))) {
            String where = o.path().isEmpty() ? "the result" : o.path();
            if (o.kind().equals("items")) {
                how.append(" kept ").append(o.kept()).append(" of ").append(o.total()).append(" items of ").append(where).append(';');
            } else if (o.kind().equals("characters")) {
                how.append(" shortened ").append(where).append(" to ").append(o.kept()).append(" of ").append(o.total())
                        .append(" characters;");
            } else {
                how.append(" omitted ").append(where).append(';');
            }
        }
        how.setLength(how.length() - 1);
        how.append(pages
                ? ". To get the rest, page with --max-items N and pass the NextToken to --starting-token, select fewer"
                        + " fields with --query, or filter on the service side"
                : ". To get the rest, select fewer fields with --query or filter on the service side");
        if (!continueWith.isEmpty()) {
            how.append(", e.g. ");
            for (int i = 0; i < continueWith.size(); i++) {
                how.append(i == 0 ? "" : " | ").append(continueWith.get(i).asText());
            }
        }
        note.put("howToContinue", how.append('.').toString());
        return note;
    }

    private static String status(CommandResult r) {
        if (r.ok()) {
            return "ok";
        }
        return r.exitCode() == CommandBatch.CANCELLED_EXIT_CODE ? "cancelled" : "error";
    }

    /** Cuts rendered text (not JSON) at a line boundary so it fits. */
    static String fitText(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Math.max(0, maxChars - 400);
        int nl = text.lastIndexOf('\n', end);
        return text.substring(0, nl > end / 2 ? nl : end);
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
