package dev.awsmcp.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.command.internal.CommandTable;
import dev.awsmcp.command.internal.RoleArguments;
import dev.awsmcp.command.internal.GlobalOptionsParser;
import dev.awsmcp.command.internal.OperationBinder;
import dev.awsmcp.command.internal.ParamFiles;
import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.ServiceSummary;
import dev.awsmcp.text.ClosestNames;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns an AWS-CLI-style command string into a {@link ParsedCommand} without sending anything: tokenizes like a
 * shell (refusing pipes and other shell operators), takes out the global options, resolves the service and
 * operation by their AWS CLI names, and binds every argument with the AWS CLI's value syntaxes (shorthand, JSON,
 * {@code file://}, lists, flags, timestamps, blobs), then validates as botocore does.
 *
 * <pre>{@code
 * CommandParser parser = new CommandParser(ServiceCatalog.bundled(), FileReader.denyAll());
 * ParsedCommand c = parser.parse("aws ec2 describe-instances --instance-ids i-1 --region eu-west-1");
 * }</pre>
 *
 * Thread-safe: one instance can serve many threads.
 */
public final class CommandParser {
    private final ServiceCatalog catalog;
    private final OperationBinder binder;
    private final CustomCommandNames customs;

    /**
     * @param catalog    the service models
     * @param fileReader reads {@code file://}/{@code fileb://} values
     */
    public CommandParser(ServiceCatalog catalog, FileReader fileReader) {
        this(catalog, fileReader, CustomCommandNames.NONE);
    }

    /**
     * A parser that also accepts the registered customizations' commands.
     *
     * @param catalog    the service models
     * @param fileReader reads {@code file://} and {@code fileb://} values
     * @param customs    registered customization commands beyond the AWS CLI's command table
     */
    public CommandParser(ServiceCatalog catalog, FileReader fileReader, CustomCommandNames customs) {
        this.customs = Objects.requireNonNull(customs, "customs");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.binder = new OperationBinder(new ParamFiles(Objects.requireNonNull(fileReader, "fileReader")));
    }

    /**
     * Parses one command.
     *
     * @param commandLine e.g. {@code aws s3api list-objects-v2 --bucket b --max-items 10}
     * @return the bound call, waiter, high-level command or skeleton
     * @throws CommandException when the command cannot be bound (one sentence, with a repair hint)
     */
    public ParsedCommand parse(String commandLine) {
        Objects.requireNonNull(commandLine, "commandLine");
        List<String> words = CommandTokenizer.tokenize(commandLine);
        if (words.isEmpty() || !words.get(0).equals("aws")) {
            throw new CommandException("NotAnAwsCommand", words.isEmpty() ? "The command is empty."
                    : "The command must start with 'aws', but starts with '" + words.get(0) + "'.",
                    "Write one AWS CLI command, e.g. aws ec2 describe-instances --region us-east-1.");
        }
        GlobalOptionsParser.Result g = GlobalOptionsParser.parse(words.subList(1, words.size()));
        GlobalOptions globals = globals(g.values());
        List<String> rest = g.rest();
        if (rest.isEmpty() || rest.get(0).equals("help")) {
            return new HighLevelCommand("help", "", rest.isEmpty() ? List.of() : rest.subList(1, rest.size()),
                    "AWS CLI help.", globals, commandLine);
        }
        String service = CommandTable.SERVICE_ALIASES.getOrDefault(rest.get(0), rest.get(0));
        boolean registeredGroup = customs.hasGroup(service) && catalog.byCliName(service).isEmpty();
        if (CommandTable.TOP_LEVEL.containsKey(service) || registeredGroup) {
            String sub = rest.size() > 1 ? rest.get(1) : "";
            Set<String> subs = new TreeSet<>(CommandTable.TOP_LEVEL_SUBCOMMANDS.getOrDefault(service, Set.of()));
            subs.addAll(customs.commands(service).keySet());
            if (!sub.isEmpty() && !sub.equals("help") && !sub.startsWith("-") && !subs.contains(sub)
                    && !service.equals("configure")) {
                List<String> close = ClosestNames.closest(sub, subs, 3);
                throw new CommandException("UnknownOperation", "'aws " + service + "' has no subcommand '" + sub + "'.",
                        "Valid subcommands: " + String.join(", ", subs)
                                + (close.isEmpty() ? "" : "; did you mean " + close.get(0) + "?"));
            }
            List<String> args = sub.isEmpty() || sub.startsWith("-") ? rest.subList(1, rest.size())
                    : rest.subList(2, rest.size());
            if (service.equals("s3")) {
                // the s3 commands have no role options of their own: --role-arn runs them as that role
                RoleArguments.Extracted role = RoleArguments.extract(args, name -> false);
                args = role.words();
                globals = role.role() == null ? globals : globals.withRole(role.role());
            }
            String description = CommandTable.TOP_LEVEL.containsKey(service) ? CommandTable.TOP_LEVEL.get(service)
                    : customs.description(service, sub).orElse("A registered customization.");
            return new HighLevelCommand(service, sub.startsWith("-") ? "" : sub, args, description, globals,
                    commandLine);
        }
        ServiceSummary summary = catalog.byCliName(service).orElseThrow(() -> unknownService(service));
        if (rest.size() < 2) {
            throw new CommandException("MissingOperation", "'aws " + service + "' needs an operation.",
                    "Run 'aws-mcp help " + service + "' to list its operations, e.g. aws " + service + " "
                            + summary.operations().stream().map(CliNames::toCli).filter(o -> o.startsWith("list")
                            || o.startsWith("describe")).findFirst().orElse(CliNames.toCli(summary.operations().get(0)))
                            + ".");
        }
        String opName = rest.get(1);
        List<String> opWords = rest.subList(2, rest.size());
        if (opName.equals("help")) {
            return new HighLevelCommand(service, "help", opWords, "Help for the service.", globals, commandLine);
        }
        String custom = customs.description(service, opName).orElse(CommandTable.custom(service, opName));
        if (custom != null) {
            return new HighLevelCommand(service, opName, opWords, custom, globals, commandLine);
        }
        ServiceModel model = catalog.model(summary);
        if (opName.equals("wait")) {
            return waiter(model, opWords, globals, commandLine);
        }
        String modelOpName = CommandTable.COMMAND_ALIASES.getOrDefault(service, Map.of()).get(opName);
        Optional<Operation> op = model.operationByCliName(modelOpName != null ? modelOpName : opName);
        if (op.isEmpty() || modelOpName == null && CommandTable.removed(service, opName)) {
            throw unknownOperation(model, opName);
        }
        if (opWords.size() == 1 && opWords.get(0).equals("help")) {
            return new HighLevelCommand(service, "help", List.of(opName), "Help for the operation.", globals, commandLine);
        }
        return binder.bind(service, opName, model, op.get(), opWords, globals, commandLine);
    }

    private ParsedCommand waiter(ServiceModel model, List<String> words, GlobalOptions globals, String commandLine) {
        JsonNode waiters = model.waiters().map(w -> w.path("waiters")).orElse(null);
        if (waiters == null || waiters.size() == 0) {
            throw new CommandException("UnknownOperation", "'aws " + model.cliName() + "' has no waiters.",
                    "Poll the describe/get operation instead; run 'aws-mcp help " + model.cliName() + "'.");
        }
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = waiters.fieldNames(); it.hasNext(); ) {
            names.add(CliNames.toCli(it.next()));
        }
        if (words.isEmpty()) {
            throw new CommandException("MissingOperation", "'aws " + model.cliName() + " wait' needs a waiter name.",
                    "Waiters: " + String.join(", ", names) + ".");
        }
        String cli = words.get(0);
        for (Iterator<Map.Entry<String, JsonNode>> it = waiters.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (CliNames.toCli(e.getKey()).equals(cli)) {
                String opName = e.getValue().path("operation").asText();
                Operation op = model.operation(opName).orElseThrow(() -> new CommandException("UnknownOperation",
                        "Waiter " + cli + " polls " + opName + ", which the model does not define.", null));
                ParsedCommand bound = binder.bind("wait", cli, model, op, words.subList(1, words.size()), globals,
                        commandLine);
                if (bound instanceof BoundCall) {
                    return new WaiterCall(e.getKey(), cli, (BoundCall) bound);
                }
                return bound;
            }
        }
        List<String> close = ClosestNames.closest(cli, names, 3);
        throw new CommandException("UnknownOperation", "'aws " + model.cliName() + " wait' has no waiter '" + cli + "'.",
                (close.isEmpty() ? "" : "Did you mean " + String.join(" or ", close) + "? ")
                        + "Waiters: " + String.join(", ", names) + ".");
    }

    private CommandException unknownService(String service) {
        List<String> names = new ArrayList<>(catalog.cliNames());
        names.addAll(CommandTable.TOP_LEVEL.keySet());
        names.addAll(customs.byGroup().keySet());
        List<String> close = ClosestNames.closest(service, names, 3);
        String hint = close.isEmpty() ? "Run 'aws-mcp help' to list services."
                : "Did you mean " + String.join(" or ", close) + "?";
        if (service.equals("s3") || service.equals("s3api")) {
            hint = "Use s3api for S3 API operations.";
        }
        return new CommandException("UnknownService", "There is no AWS CLI service '" + service + "'.", hint);
    }

    private CommandException unknownOperation(ServiceModel model, String opName) {
        List<String> ops = new ArrayList<>();
        for (String o : model.cliOperationNames()) {
            if (!CommandTable.removed(model.cliName(), o)) {
                ops.add(o);
            }
        }
        ops.addAll(CommandTable.CUSTOM.getOrDefault(model.cliName(), Map.of()).keySet());
        ops.addAll(customs.commands(model.cliName()).keySet());
        if (model.waiters().isPresent()) {
            ops.add("wait");
        }
        List<String> close = ClosestNames.closest(opName, ops, 3);
        String removed = CommandTable.removed(model.cliName(), opName)
                ? " (the AWS CLI removed this deprecated command)" : "";
        return new CommandException("UnknownOperation", "'aws " + model.cliName() + "' has no operation '" + opName + "'"
                + removed + ".", (close.isEmpty() ? "" : "Did you mean " + String.join(" or ", close) + "? ")
                + "Run 'aws-mcp help " + model.cliName() + "' for the list.");
    }

    private static GlobalOptions globals(Map<String, String> v) {
        return new GlobalOptions(v.get("region"), v.get("profile"), v.get("endpoint-url"), v.get("output"),
                v.get("query"), !v.containsKey("no-paginate"), null, null, null,
                intOption(v, "cli-read-timeout"), intOption(v, "cli-connect-timeout"), v.get("color"),
                v.containsKey("no-sign-request"), v.containsKey("no-verify-ssl"), v.get("ca-bundle"),
                v.containsKey("debug"), v.getOrDefault("cli-binary-format", DEFAULT_BINARY_FORMAT));
    }

    /**
     * The default {@code --cli-binary-format}: {@code raw-in-base64-out} (AWS CLI v1 behaviour), because agents write
     * raw payloads ({@code lambda invoke --payload '{"a":1}'}) far more often than base64.
     */
    public static final String DEFAULT_BINARY_FORMAT = "raw-in-base64-out";

    private static Integer intOption(Map<String, String> v, String name) {
        String s = v.get(name);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            // the CLI reads these after argparse (int() in its session set-up), so it exits 255 here, not 2
            throw new CommandException("InvalidTimeoutValue", "Global option --" + name + " expects whole seconds, not '"
                    + s + "'.", "Write --" + name + " 60 (0 means no timeout).");
        }
    }
}
