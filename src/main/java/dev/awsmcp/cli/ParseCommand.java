package dev.awsmcp.cli;

import dev.awsmcp.custom.CustomizationRegistry;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.command.ParsedCommandJson;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.model.ServiceCatalog;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code aws-mcp parse '<aws command>'} prints the bound call as JSON without sending it;
 * {@code aws-mcp parse --jsonl FILE|-} parses one command per line and writes one JSON result per line.
 * {@code file://} values are read relative to the working directory.
 */
final class ParseCommand implements Subcommand {
    @Override
    public String name() {
        return "parse";
    }

    @Override
    public String summary() {
        return "Parse an aws command and print the bound call as JSON (nothing is sent); --jsonl FILE|- for batches.";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            out.println("Usage: aws-mcp parse '<aws command>'");
            out.println("       aws-mcp parse --jsonl FILE|-   (one command per line; one JSON result per line)");
            return args.isEmpty() ? 252 : 0;
        }
        CommandParser parser = new CommandParser(ServiceCatalog.bundled(), localFiles(), CustomizationRegistry.bundled().commandNames());
        if (args.get(0).equals("--jsonl")) {
            if (args.size() != 2) {
                err.println("aws-mcp parse: --jsonl needs a file name or '-'.");
                return 252;
            }
            return jsonl(parser, args.get(1).equals("-") ? in : Files.newInputStream(Path.of(args.get(1))), out);
        }
        String command = String.join(" ", args);
        try {
            ParsedCommand c = parser.parse(command);
            out.println(CliJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ParsedCommandJson.toJson(c)));
            return 0;
        } catch (AwsMcpException e) {
            err.println("aws-mcp parse: " + e.getMessage() + (e.hint() == null ? "" : "\nHint: " + e.hint()));
            return e.exitCode();
        }
    }

    private static int jsonl(CommandParser parser, InputStream in, PrintStream out) throws Exception {
        int failures = 0;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode result = CliJson.JSON.createObjectNode();
            result.put("command", line);
            try {
                ParsedCommand c = parser.parse(line);
                result.put("ok", true);
                result.set("result", ParsedCommandJson.toJson(c));
            } catch (AwsMcpException e) {
                failures++;
                result.put("ok", false);
                result.set("error", ParsedCommandJson.error(e));
            } catch (RuntimeException e) {
                failures++;
                result.put("ok", false);
                result.set("error", ParsedCommandJson.error(new CommandException("InternalError",
                        "The parser failed unexpectedly: " + e, "Report this command.")));
            }
            w.write(CliJson.JSON.writeValueAsString(result));
            w.newLine();
        }
        w.flush();
        return failures == 0 ? 0 : 252;
    }

    private static FileReader localFiles() {
        return path -> Files.readAllBytes(Path.of(path.startsWith("~/")
                ? System.getProperty("user.home") + path.substring(1) : path));
    }
}
