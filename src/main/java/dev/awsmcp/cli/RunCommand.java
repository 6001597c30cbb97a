package dev.awsmcp.cli;

import dev.awsmcp.ExecutionContext;
import dev.awsmcp.batch.AccountRegions;
import dev.awsmcp.batch.FanOut;
import dev.awsmcp.mcp.ProfileSummaries;
import dev.awsmcp.output.CliOutput;
import dev.awsmcp.regions.RegionCatalog;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code aws-mcp run '<command>'}: runs one AWS CLI command in-process, prints exactly what the AWS CLI prints on
 * stdout (errors on stderr) and exits with the CLI's exit code. {@code run --jsonl FILE|-} runs one command per
 * line and prints one JSON result per line.
 */
final class RunCommand implements Subcommand {
    private final Supplier<AwsMcp> facade;

    RunCommand() {
        // like serve, every command leaves an audit line (AWS_MCP_AUDIT_FILE, AWS_MCP_AUDIT_CLOUDWATCH); no caller
        // identity lookup, which would add an STS call to a one-shot process. Output is AWS CLI v1's, timestamps
        // included: as the service sent them, unless the profile sets cli_timestamp_format.
        this(() -> {
            dev.awsmcp.audit.AuditFlags.Result audit = dev.awsmcp.audit.AuditFlags.parse(List.of(), System.getenv());
            dev.awsmcp.audit.AuditFlags.checkWritable(audit.file());
            return ServePipeline.facade(dev.awsmcp.mcp.ServerConfig.parse(List.of(), Map.of()), null, audit, null, false,
                    "wire");
        });
    }

    RunCommand(Supplier<AwsMcp> facade) {
        this.facade = facade;
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "Run an AWS CLI command in-process: run 'aws s3api list-buckets' | run --jsonl FILE|-";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            usage(args.isEmpty() ? err : out);
            return args.isEmpty() ? 2 : 0;
        }
        if (args.get(0).equals("--jsonl")) {
            if (args.size() != 2) {
                err.println("aws-mcp run: --jsonl takes one argument, a file of commands or - for standard input.");
                return 2;
            }
            return batch(args.get(1), in, out, err);
        }
        AwsMcp opened = open(err);
        if (opened == null) {
            return 255;
        }
        try (AwsMcp aws = opened) {
            String command = join(args);
            CommandResult r = FanOut.applies(command) ? fanOut(aws, command, err) : aws.execute(command);
            out.print(r.text());
            out.flush();
            if (r.error() != null) {
                printError(r, err);
            }
            return r.exitCode();
        }
    }

    /** Runs a {@code --profiles}/{@code --accounts} fan-out with a progress line on a terminal. */
    private static CommandResult fanOut(AwsMcp aws, String command, PrintStream err) {
        FanOut fanOut = new FanOut(aws, new AccountRegions(aws, RegionCatalog::bundled, null),
                ProfileSummaries.defaults()::credentialed, CliOutput.create(), FanOut.Limits.DEFAULTS);
        boolean terminal = System.console() != null;
        ExecutionContext context = new ExecutionContext("aws-mcp-run", null, "run", (done, total, message) -> {
            if (terminal && total > 0) {
                err.print("\r" + message + "   ");
                err.flush();
            }
        }, null, null);
        CommandResult r = fanOut.run(command, context).merged();
        if (terminal) {
            err.print("\r\033[K");
            err.flush();
        }
        return r;
    }

    private int batch(String source, InputStream in, PrintStream out, PrintStream err) throws IOException {
        BufferedReader reader;
        if (source.equals("-")) {
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        } else {
            Path file = Path.of(source);
            if (!Files.isReadable(file)) {
                err.println("aws-mcp run: cannot read the command file " + source + ".");
                return 255;
            }
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
        int exit = 0;
        AwsMcp opened = open(err);
        if (opened == null) {
            reader.close();
            return 255;
        }
        try (reader; AwsMcp aws = opened) {
            String line;
            while ((line = reader.readLine()) != null) {
                String command = line.trim();
                if (command.isEmpty() || command.startsWith("#")) {
                    continue;
                }
                CommandResult r = aws.execute(command);
                out.println(CliJson.JSON.writeValueAsString(toJson(r)));
                out.flush();
                if (r.exitCode() != 0) {
                    exit = r.exitCode();
                }
            }
        }
        return exit;
    }

    /** One line of {@code --jsonl} output. */
    static ObjectNode toJson(CommandResult r) {
        ObjectNode o = CliJson.JSON.createObjectNode();
        o.put("command", r.command());
        o.put("exitCode", r.exitCode());
        o.set("output", r.json());
        if (r.error() != null) {
            ObjectNode e = o.putObject("error");
            e.put("code", r.error().code());
            e.put("message", r.error().message());
            if (r.error().hint() != null) {
                e.put("hint", r.error().hint());
            }
        }
        if (r.nextToken() != null) {
            o.put("nextToken", r.nextToken());
        }
        r.requestIds().forEach(o.withArray("requestIds")::add);
        o.put("httpStatus", r.httpStatus());
        o.put("durationMs", r.duration().toMillis());
        return o;
    }

    /** The facade, or null after printing why it cannot run (an audit file that cannot be written). */
    private AwsMcp open(PrintStream err) {
        try {
            return facade.get();
        } catch (dev.awsmcp.error.AwsMcpException e) {
            err.println("aws-mcp run: " + e.getMessage() + (e.hint() == null ? "" : "\nHint: " + e.hint()));
            return null;
        }
    }

    private static void printError(CommandResult r, PrintStream err) {
        if (r.error().message().startsWith("An error occurred (")) {
            // The AWS CLI prints service errors after an empty line.
            err.println();
        }
        err.println(r.error().message());
        if (r.error().hint() != null) {
            err.println("Hint: " + r.error().hint());
        }
    }

    /** Several arguments are one command split by the shell; words with spaces are quoted again. */
    static String join(List<String> args) {
        if (args.size() == 1) {
            return args.get(0);
        }
        List<String> words = new ArrayList<>();
        for (String a : args) {
            words.add(a.isEmpty() || a.matches(".*[\\s'\"\\\\$`].*") ? "'" + a.replace("'", "'\\''") + "'" : a);
        }
        return String.join(" ", words);
    }

    private static void usage(PrintStream p) {
        p.println("Usage: aws-mcp run '<aws command>'");
        p.println("       aws-mcp run --jsonl FILE|-");
        p.println();
        p.println("Runs AWS CLI commands in-process (no aws subprocess) and prints what the AWS CLI prints.");
        p.println("Exit codes (AWS CLI v1): 0 ok, 1 some s3 transfers failed, 2 the command line did not parse, 130 cancelled, 255 any other error (service errors too).");
        p.println("--jsonl reads one command per line (blank lines and # comments skipped) and prints one JSON");
        p.println("object per line: command, exitCode, output, error, nextToken, requestIds, httpStatus, durationMs.");
    }
}
