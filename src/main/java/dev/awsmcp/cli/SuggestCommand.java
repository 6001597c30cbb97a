package dev.awsmcp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.suggest.Suggester;
import dev.awsmcp.suggest.SuggestionJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aws-mcp suggest '<task>' [--limit N] [--json]} prints the best commands for a task;
 * {@code aws-mcp suggest --jsonl FILE|- [--limit N]} reads JSON lines with a {@code query} field and writes one JSON
 * answer per line.
 */
final class SuggestCommand implements Subcommand {
    @Override
    public String name() {
        return "suggest";
    }

    @Override
    public String summary() {
        return "Suggest aws commands for a task described in words; --jsonl FILE|- for batches.";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            out.println("Usage: aws-mcp suggest '<task>' [--limit N] [--json]");
            out.println("       aws-mcp suggest --jsonl FILE|- [--limit N]   (lines {\"query\": ...}; one JSON answer "
                    + "per line)");
            return args.isEmpty() ? 252 : 0;
        }
        int limit = Suggester.DEFAULT_LIMIT;
        boolean json = false;
        String jsonl = null;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--limit") || a.equals("--jsonl")) {
                if (i + 1 >= args.size()) {
                    err.println("aws-mcp suggest: " + a + " needs a value.");
                    return 252;
                }
                String v = args.get(++i);
                if (a.equals("--jsonl")) {
                    jsonl = v;
                } else {
                    try {
                        limit = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        err.println("aws-mcp suggest: --limit must be a number, was '" + v + "'.");
                        return 252;
                    }
                }
            } else if (a.equals("--json")) {
                json = true;
            } else {
                words.add(a);
            }
        }
        Suggester suggester = Suggester.bundled();
        if (jsonl != null) {
            if (!words.isEmpty()) {
                err.println("aws-mcp suggest: give either a task or --jsonl, not both.");
                return 252;
            }
            try (InputStream src = jsonl.equals("-") ? in : Files.newInputStream(Path.of(jsonl))) {
                return jsonl(suggester, src, out, limit);
            }
        }
        String task = String.join(" ", words);
        try {
            var suggestions = suggester.suggest(task, limit);
            if (json) {
                out.println(CliJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                        SuggestionJson.answer(task, suggestions)));
            } else {
                out.print(SuggestionJson.render(suggestions));
            }
            return 0;
        } catch (AwsMcpException e) {
            err.println("aws-mcp suggest: " + e.getMessage() + (e.hint() == null ? "" : "\nHint: " + e.hint()));
            return e.exitCode();
        }
    }

    private static int jsonl(Suggester suggester, InputStream in, PrintStream out, int limit) throws IOException {
        int failures = 0;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            ObjectNode result;
            try {
                JsonNode input = CliJson.JSON.readTree(line);
                String query = input.path("query").asText("");
                result = SuggestionJson.answer(query, suggester.suggest(query, limit));
                result.remove("task");
                result.put("query", query);
                result.set("suggestions", result.remove("suggestions"));
            } catch (AwsMcpException e) {
                failures++;
                result = error(lineNo, e.code(), e.getMessage(), e.hint());
            } catch (IOException e) {
                failures++;
                result = error(lineNo, "InvalidJson", "Line " + lineNo + " is not a JSON object.",
                        "Write one object per line, e.g. {\"query\": \"list my s3 buckets\"}.");
            }
            w.write(CliJson.JSON.writeValueAsString(result));
            w.newLine();
        }
        w.flush();
        return failures == 0 ? 0 : 252;
    }

    private static ObjectNode error(int line, String code, String message, String hint) {
        ObjectNode o = CliJson.JSON.createObjectNode();
        o.put("line", line);
        ObjectNode e = o.putObject("error");
        e.put("code", code);
        e.put("message", message);
        if (hint != null) {
            e.put("hint", hint);
        }
        return o;
    }
}
