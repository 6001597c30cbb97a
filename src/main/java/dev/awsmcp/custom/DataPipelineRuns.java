package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.HighLevelCommand;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code aws datapipeline list-runs --pipeline-id P [--status S,..] [--start-interval A,B]
 * [--schedule-interval A,B]} ({@code awscli/customizations/datapipeline/__init__.py}, {@code listrunsformatter.py}):
 * the pipeline's instance objects from {@code QueryObjects} (all pages; by default those started in the last four
 * days, local time) described 100 at a time, sorted by scheduled start and name, printed as the CLI's run table, or
 * through the output formatter when {@code --output} is given.
 */
final class DataPipelineRuns implements Customization {
    private static final CustomArguments ARGS = new CustomArguments("datapipeline list-runs", List.of(
            Argument.text("pipeline-id").asRequired(), Argument.text("status"), Argument.text("start-interval"),
            Argument.text("schedule-interval")));
    private static final List<String> STATUSES = List.of("waiting", "pending", "cancelled", "running", "finished",
            "failed", "waiting_for_runner", "waiting_on_dependencies", "shutting_down");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final int DESCRIBE_BATCH = 100;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Override
    public String group() {
        return "datapipeline";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("list-runs", "Lists the runs of a pipeline, optionally filtered by status and time.");
    }

    @Override
    public void plan(Invocation invocation, CustomPlan plan) {
        plan.api("datapipeline", "QueryObjects").api("datapipeline", "DescribeObjects");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        ObjectNode a = ARGS.parse(h.args(), calls.files());
        String pipeline = a.get("pipeline-id").asText();
        ObjectNode query = F.objectNode();
        ArrayNode selectors = query.putArray("selectors");
        List<String> start = split(a, "start-interval");
        List<String> schedule = split(a, "schedule-interval");
        if (start == null && schedule == null) {
            LocalDateTime now = LocalDateTime.ofInstant(calls.now(), calls.zone());
            selectors.add(between("@actualStartTime", now.minusDays(4).format(SECONDS), now.format(SECONDS)));
        } else {
            if (start != null) {
                selectors.add(between("@actualStartTime", interval(start, 0), interval(start, 1)));
            }
            if (schedule != null) {
                selectors.add(between("@scheduledStartTime", interval(schedule, 0), interval(schedule, 1)));
            }
        }
        List<String> statuses = split(a, "status");
        if (statuses != null) {
            ArrayNode values = F.arrayNode();
            for (String s : statuses) {
                if (!STATUSES.contains(s)) {
                    throw new CustomCommandException("InvalidStatus", "Invalid status: " + s + ", must be one of: "
                            + String.join(", ", STATUSES), "Pass --status with those names, comma-separated.");
                }
                values.add(s.toUpperCase(Locale.ROOT));
            }
            ObjectNode sel = selectors.addObject().put("fieldName", "@status");
            sel.putObject("operator").put("type", "EQ").set("values", values);
        }
        List<String> ids = new ArrayList<>();
        String marker = null;
        do {
            ObjectNode params = F.objectNode().put("pipelineId", pipeline).put("sphere", "INSTANCE");
            params.set("query", query.deepCopy());
            if (marker != null) {
                params.put("marker", marker);
            }
            JsonNode page = calls.call("datapipeline", "QueryObjects", params, h.options());
            page.path("ids").forEach(id -> ids.add(id.asText()));
            marker = page.path("hasMoreResults").asBoolean() ? page.path("marker").asText(null) : null;
        } while (marker != null);
        List<ObjectNode> runs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += DESCRIBE_BATCH) {
            ObjectNode params = F.objectNode().put("pipelineId", pipeline);
            ArrayNode batch = params.putArray("objectIds");
            ids.subList(i, Math.min(ids.size(), i + DESCRIBE_BATCH)).forEach(batch::add);
            for (JsonNode obj : calls.call("datapipeline", "DescribeObjects", params, h.options())
                    .path("pipelineObjects")) {
                ObjectNode run = F.objectNode();
                run.set("@id", obj.get("id"));
                run.set("name", obj.get("name"));
                for (JsonNode field : obj.path("fields")) {
                    run.set(field.path("key").asText(), field.has("stringValue") ? field.get("stringValue")
                            : field.has("refValue") ? field.get("refValue") : F.nullNode());
                }
                runs.add(run);
            }
        }
        runs.sort(Comparator.comparing((ObjectNode r) -> r.path("@scheduledStartTime").asText(""))
                .thenComparing(r -> r.path("name").asText("")));
        if (h.options().output() != null) {
            ArrayNode doc = F.arrayNode();
            runs.forEach(doc::add);
            return CustomResult.document(doc, "list-runs");
        }
        return CustomResult.printed(table(runs));
    }

    /** {@code ListRunsFormatter}. */
    static String table(List<ObjectNode> runs) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "       %-50.50s  %-19.19s  %-23.23s", "Name", "Scheduled Start",
                "Status")).append('\n');
        String second = String.format(Locale.ROOT, "       %-50.50s  %-19.19s  %-19.19s", "ID", "Started", "Ended");
        out.append(second).append('\n').append("-".repeat(second.length())).append('\n');
        int i = 0;
        for (ObjectNode r : runs) {
            out.append(String.format(Locale.ROOT, "%4d.  %-50.50s  %-19.19s  %-23.23s", ++i,
                    r.path("@componentParent").asText("None"), r.path("@scheduledStartTime").asText(""),
                    r.path("@status").asText(""))).append('\n');
            out.append(String.format(Locale.ROOT, "       %-50.50s  %-19.19s  %-19.19s", r.path("@id").asText(""),
                    r.path("@actualStartTime").asText(""), r.path("@actualEndTime").asText(""))).append("\n\n");
        }
        return out.toString();
    }

    private static ObjectNode between(String field, String from, String to) {
        ObjectNode sel = F.objectNode().put("fieldName", field);
        sel.putObject("operator").put("type", "BETWEEN").putArray("values").add(from).add(to);
        return sel;
    }

    private static List<String> split(ObjectNode a, String option) {
        String v = CustomArguments.text(a, option);
        if (v == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String part : v.split(",", -1)) {
            out.add(part.strip());
        }
        return out;
    }

    private static String interval(List<String> parts, int index) {
        if (parts.size() <= index) {
            throw new CustomCommandException("InvalidInterval", "list index out of range",
                    "Give the interval as START,END, e.g. 2017-10-07T00:00:00,2017-10-08T00:00:00.");
        }
        return parts.get(index);
    }
}
