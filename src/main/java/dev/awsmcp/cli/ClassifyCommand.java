package dev.awsmcp.cli;

import dev.awsmcp.custom.CustomizationRegistry;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.policy.Classification;
import dev.awsmcp.policy.Classifier;
import dev.awsmcp.policy.CommandPlan;
import dev.awsmcp.policy.CoverageReport;
import dev.awsmcp.policy.Decision;
import dev.awsmcp.policy.DecisionContext;
import dev.awsmcp.policy.DecisionJson;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicyFile;
import dev.awsmcp.policy.PolicyFlags;
import dev.awsmcp.policy.Source;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aws-mcp classify '<aws command>'} prints the IAM actions, access level, source and the policy decision for
 * a command without sending anything; {@code --jsonl FILE|-} does one command per line (one JSON object per line);
 * {@code --coverage} reports how the ~18,900 model operations are placed. Takes the same policy flags as
 * {@code serve}: {@code --read-only}, {@code --require-consent}, {@code --policy FILE}, ...
 */
final class ClassifyCommand implements Subcommand {
    @Override
    public String name() {
        return "classify";
    }

    @Override
    public String summary() {
        return "Show a command's IAM actions, access level and policy decision (nothing is sent); --coverage, --jsonl.";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        PolicyFlags.Result flags;
        try {
            flags = PolicyFlags.parse(args, System.getenv(), PolicyFile.defaultPath());
        } catch (AwsMcpException e) {
            err.println("aws-mcp classify: " + e.getMessage() + (e.hint() == null ? "" : "\nHint: " + e.hint()));
            return e.exitCode();
        }
        List<String> rest = new ArrayList<>(flags.remaining());
        if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h")) {
            usage(out);
            return rest.isEmpty() ? 252 : 0;
        }
        if (rest.get(0).equals("--operations")) {
            return operations(out, rest.contains("--jsonl"));
        }
        if (rest.get(0).equals("--coverage")) {
            return coverage(out, rest.contains("--summary"));
        }
        PolicyEngine engine = PolicyEngine.of(flags.settings());
        CommandParser parser = new CommandParser(engine.classifier().catalog(), engine.fileGuard(), CustomizationRegistry.bundled().commandNames());
        if (rest.get(0).equals("--jsonl")) {
            if (rest.size() != 2) {
                err.println("aws-mcp classify: --jsonl needs a file name or '-'.");
                return 252;
            }
            try (InputStream src = rest.get(1).equals("-") ? in : Files.newInputStream(Path.of(rest.get(1)))) {
                return jsonl(engine, parser, src, out);
            }
        }
        boolean json = rest.remove("--json");
        String command = String.join(" ", rest);
        ObjectNode result = classify(engine, parser, command);
        if (json) {
            out.println(CliJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else {
            print(result, out);
        }
        return result.has("error") ? result.path("error").path("exitCode").asInt(252) : 0;
    }

    /** One command to one JSON object: the decision, or the parse error as a deny. */
    static ObjectNode classify(PolicyEngine engine, CommandParser parser, String command) {
        ObjectNode o = CliJson.JSON.createObjectNode();
        o.put("command", command);
        ParsedCommand parsed;
        try {
            parsed = parser.parse(command);
        } catch (AwsMcpException e) {
            // Still screen the text, so shell tricks are reported as such even when the parser refused them first.
            CommandPlan bare = CommandPlan.of(command, "aws", null, List.of());
            Decision screened = engine.decide(bare, DecisionContext.unknown());
            o.put("decision", "deny");
            o.put("rule", screened.ruleId().startsWith("screen:") ? screened.ruleId() : "parse:" + e.code());
            o.put("reason", screened.ruleId().startsWith("screen:") ? screened.reason()
                    : e.getMessage() + " Nothing was sent.");
            ObjectNode error = o.putObject("error");
            error.put("code", e.code());
            error.put("message", e.getMessage());
            error.put("hint", e.hint());
            error.put("exitCode", e.exitCode());
            return o;
        }
        CommandPlan plan = engine.plan(parsed);
        o.put("path", plan.commandPath());
        Decision d = engine.decide(plan, DecisionContext.of(plan.options(), System.getenv()));
        o.setAll(DecisionJson.toJson(d));
        return o;
    }

    private static int jsonl(PolicyEngine engine, CommandParser parser, InputStream in, PrintStream out) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            out.println(CliJson.JSON.writeValueAsString(classify(engine, parser, line)));
        }
        out.flush();
        return 0;
    }

    private static void print(ObjectNode r, PrintStream out) {
        out.printf("command       %s%n", r.path("command").asText());
        if (r.has("error")) {
            out.printf("decision      deny (%s)%n", r.path("rule").asText());
            out.printf("reason        %s%n", r.path("reason").asText());
            if (!r.path("error").path("hint").isNull()) {
                out.printf("hint          %s%n", r.path("error").path("hint").asText());
            }
            return;
        }
        out.printf("path          %s%n", r.path("path").asText());
        List<String> actions = new ArrayList<>();
        r.path("iamActions").forEach(a -> actions.add(a.asText()));
        out.printf("iam actions   %s%n", String.join(", ", actions));
        out.printf("access level  %s%n", r.path("accessLevel").asText());
        out.printf("source        %s%n", r.path("source").asText());
        out.printf("class         %s%n", r.path("class").asText());
        if (r.path("calls").size() > 1) {
            r.path("calls").forEach(c -> out.printf("  call        %s %s: %s (%s, %s)%n", c.path("service").asText(),
                    c.path("operation").asText(), c.path("iamActions").toString(), c.path("accessLevel").asText(),
                    c.path("source").asText()));
        }
        out.printf("decision      %s (%s)%n", r.path("decision").asText(), r.path("rule").asText());
        out.printf("reason        %s%n", r.path("reason").asText());
    }

    private static int coverage(PrintStream out, boolean summaryOnly) {
        CoverageReport r = PolicyEngine.of(dev.awsmcp.policy.PolicySettings.defaults()).classifier().coverage();
        out.printf("operations  %d%n", r.total());
        for (Source s : Source.values()) {
            int n = r.bySource().get(s);
            out.printf("%-10s  %5d  (%.2f%%)%n", s.label(), n, 100.0 * n / r.total());
        }
        out.printf("placed by data or override: %.2f%%%n", 100 * r.placedShare());
        if (!summaryOnly) {
            out.println();
            out.println("not placed by data or override:");
            for (Classification c : r.unplaced()) {
                out.printf("  %-28s %-48s %-9s %s%n", c.service(), c.operation(), c.source().label(), c.accessLevel().label());
            }
        }
        return 0;
    }

    /**
     * The classifier's whole table: every model operation with its IAM actions, access level, class and source,
     * for checking against outside data and for writing policies.
     */
    private static int operations(PrintStream out, boolean jsonl) throws Exception {
        Classifier classifier = PolicyEngine.of(dev.awsmcp.policy.PolicySettings.defaults()).classifier();
        dev.awsmcp.model.ServiceCatalog catalog = classifier.catalog();
        for (Classification c : classifier.all()) {
            String cliService = c.service();
            String model = catalog.byCliName(cliService).map(dev.awsmcp.model.ServiceSummary::name).orElse(cliService);
            if (jsonl) {
                ObjectNode o = CliJson.JSON.createObjectNode();
                o.put("service", cliService);
                o.put("model", model);
                o.put("operation", c.operation());
                o.put("command", dev.awsmcp.model.CliNames.toCli(c.operation()));
                c.iamActions().forEach(o.withArray("iamActions")::add);
                o.put("accessLevel", c.accessLevel().label());
                o.put("class", c.callClass().label());
                o.put("source", c.source().label());
                o.put("sensitive", c.sensitive());
                out.println(CliJson.JSON.writeValueAsString(o));
            } else {
                out.printf("%-28s %-48s %-13s %-9s %-9s %s%n", cliService, c.operation(), c.accessLevel().label(),
                        c.callClass().label(), c.source().label(), String.join(",", c.iamActions()));
            }
        }
        out.flush();
        return 0;
    }

    private static void usage(PrintStream out) {
        out.println("Usage: aws-mcp classify [policy flags] [--json] '<aws command>'");
        out.println("       aws-mcp classify [policy flags] --jsonl FILE|-   (one command per line, one JSON object per line)");
        out.println("       aws-mcp classify --coverage [--summary]          (how the model operations are placed)");
        out.println("       aws-mcp classify --operations [--jsonl]          (every operation: IAM actions, access level, class, source)");
        out.println();
        out.println("Policy flags (as for serve): --read-only, --require-consent, --allow-sensitive-reads,");
        out.println("  --policy FILE (default " + PolicyFile.DEFAULT_LOCATION + " when it exists), --file-access workdir|unrestricted|no-access,");
        out.println("  --workdir DIR. Environment: AWS_MCP_READ_ONLY=true, AWS_MCP_REQUIRE_CONSENT=true, AWS_MCP_POLICY=FILE.");
    }
}
