package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.HighLevelCommand;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code aws logs start-live-tail} ({@code awscli/customizations/logs/startlivetail.py}): starts a Live Tail session
 * and prints the message of each log event as it streams in, one per line. The CLI tails until it is interrupted (a
 * session lasts up to three hours); a call here reads the stream for {@code AWS_MCP_LIVE_TAIL_SECONDS} (default 15,
 * at most 10,800) or until the caller cancels it, then returns what arrived.
 */
final class LogsLiveTail implements Customization {
    static final String SECONDS_VARIABLE = "AWS_MCP_LIVE_TAIL_SECONDS";
    static final int DEFAULT_SECONDS = 15;
    private static final int MAX_SECONDS = 3 * 60 * 60;
    private static final CustomArguments ARGS = new CustomArguments("logs start-live-tail", List.of(
            Argument.words("log-group-identifiers").asRequired(), Argument.words("log-stream-names"),
            Argument.words("log-stream-name-prefixes"), Argument.text("log-event-filter-pattern")));

    @Override
    public String group() {
        return "logs";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("start-live-tail", "Streams the log events of log groups as they arrive, for "
                + SECONDS_VARIABLE + " seconds (default " + DEFAULT_SECONDS + ").");
    }

    @Override
    public void plan(Invocation in, CustomPlan plan) {
        plan.api("logs", "StartLiveTail");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        ObjectNode args = ARGS.parse(h.args(), calls.files());
        Duration readFor = Duration.ofSeconds(seconds(calls));
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.set("logGroupIdentifiers", args.get("log-group-identifiers"));
        if (args.has("log-stream-names")) {
            request.set("logStreamNames", args.get("log-stream-names"));
        }
        if (args.has("log-stream-name-prefixes")) {
            request.set("logStreamNamePrefixes", args.get("log-stream-name-prefixes"));
        }
        if (CustomArguments.text(args, "log-event-filter-pattern") != null) {
            request.put("logEventFilterPattern", CustomArguments.text(args, "log-event-filter-pattern"));
        }
        JsonNode output = calls.callStreaming("logs", "StartLiveTail", request, readFor, h.options());
        StringBuilder out = new StringBuilder();
        for (JsonNode event : output.path("responseStream")) {
            for (JsonNode logEvent : event.path("sessionUpdate").path("sessionResults")) {
                out.append(logEvent.path("message").asText()).append('\n');
            }
        }
        return CustomResult.printed(out.toString());
    }

    private static int seconds(CustomCalls calls) {
        String text = calls.environmentVariable(SECONDS_VARIABLE).orElse(null);
        if (text == null || text.isBlank()) {
            return DEFAULT_SECONDS;
        }
        try {
            int s = Integer.parseInt(text.strip());
            if (s >= 1 && s <= MAX_SECONDS) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CustomCommandException("InvalidLiveTailSeconds", SECONDS_VARIABLE + " must be a whole number of "
                + "seconds from 1 to " + MAX_SECONDS + ", not '" + text + "'.", "Set it to e.g. 30, or unset it for "
                + DEFAULT_SECONDS + ".");
    }
}
