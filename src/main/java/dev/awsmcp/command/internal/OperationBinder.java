package dev.awsmcp.command.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.command.Skeleton;
import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.text.ClosestNames;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Binds the words after {@code aws <service> <operation>} to the operation: argument table, argparse-like parsing,
 * paging rules, required arguments, value unpacking, {@code --cli-input-json}/{@code --cli-input-yaml} merge,
 * botocore validation and normalization. The AWS CLI's {@code ServiceOperation.__call__}.
 */
public final class OperationBinder {
    private static final YAMLMapper YAML = new YAMLMapper();

    private final ParamFiles files;
    private final ValueUnpacker unpacker;

    /** @param files file:// access */
    public OperationBinder(ParamFiles files) {
        this.files = files;
        this.unpacker = new ValueUnpacker(files);
    }

    /**
     * Binds an operation.
     *
     * @param tableService the service name the CLI's customizations see ({@code wait} for waiters)
     * @param commandName  the CLI command name ({@code describe-instances}, or the waiter name)
     * @param model        the service
     * @param op           the operation
     * @param words        the words after the operation, global options removed
     * @param globals      the parsed global options
     * @param commandLine  the original command
     * @return a bound call, or a skeleton
     */
    public ParsedCommand bind(String tableService, String commandName, ServiceModel model, Operation op,
                              List<String> words, GlobalOptions globals, String commandLine) {
        ArgumentTable table = ArgumentTable.forOperation(tableService, commandName, model, op);
        RoleArguments.Extracted role = RoleArguments.extract(words, table);
        if (role.role() != null) {
            globals = globals.withRole(role.role());
        }
        ArgvParser.Result parsed = ArgvParser.parse(table, role.words());
        String where = "aws " + model.cliName() + " " + (tableService.equals("wait") ? "wait " : "") + commandName;
        rejectUnknown(table, parsed, where, model, op);
        rejectDuplicates(table, parsed);
        Map<String, Object> values = parsed.values();
        BindContext ctx = new BindContext(table, unpacker, values);

        Object skeletonValue = values.get("generate-cli-skeleton");
        String skeleton = skeletonValue == null ? null
                : skeletonValue == ArgvParser.NO_VALUE ? "input" : (String) skeletonValue;
        if (skeleton != null && !skeleton.equals("input") && !skeleton.equals("output")) {
            throw new CommandException("InvalidOptionValue", "--generate-cli-skeleton accepts 'input' or 'output', "
                    + "not '" + skeleton + "'.", "Write --generate-cli-skeleton (input) or --generate-cli-skeleton output.");
        }
        if ("input".equals(skeleton)) {
            return new Skeleton(model, op, "input", SkeletonGenerator.generate(op.input(), false), globals, commandLine);
        }

        boolean paginate = globals.paginate();
        if (table.paginated()) {
            for (String manual : table.manualPagingArgs()) {
                CliArgument a = table.get(manual);
                if (a != null && values.containsKey(a.dest())) {
                    paginate = false;
                }
            }
            if (!paginate) {
                List<String> used = new ArrayList<>();
                for (String p : List.of("starting-token", "page-size", "max-items")) {
                    if (!table.shadowed().containsKey(p) && values.containsKey(p)) {
                        used.add("--" + p);
                    }
                }
                if (!used.isEmpty()) {
                    throw new CommandException("PagingConflict", "Cannot specify --no-paginate (or the operation's own "
                            + "paging parameters) along with pagination arguments: " + String.join(", ", used) + ".",
                            "Either drop " + String.join(", ", used) + " or drop --no-paginate and the operation's own "
                                    + "token/limit parameters.");
                }
                table.shadowed().forEach((k, v) -> table.put(v));
            }
        }

        boolean inputJson = values.containsKey("cli-input-json") || values.containsKey("cli-input-yaml");
        if (!inputJson && skeleton == null) {
            List<CliArgument> missing = new ArrayList<>();
            for (CliArgument a : table.all()) {
                if (a.required() && !values.containsKey(a.dest())) {
                    missing.add(a);
                }
            }
            if (!missing.isEmpty()) {
                throw missing(where, missing);
            }
        }

        for (CliArgument a : new ArrayList<>(table.all())) {
            if (values.containsKey(a.dest()) && table.get(a.name()) == a) {
                Object v = values.get(a.dest());
                a.binder().bind(ctx, a, v);
            }
        }
        ObjectNode params = ctx.params();
        mergeInput(ctx, params);
        ServiceArguments.afterBind(ctx);

        List<InputValidator.Problem> problems = InputValidator.validate(params, op.input());
        if (!problems.isEmpty()) {
            throw invalid(where, problems, op);
        }
        ValueNormalizer.normalize(params, op.input(), "base64".equals(globals.cliBinaryFormat()));

        Integer pageSize = toInt(ctx.pageSize);
        if (tableService.equals("ec2") && paginate && pageSize == null
                && Ec2PageSize.inject(commandName, params)) {
            pageSize = Ec2PageSize.DEFAULT_PAGE_SIZE;
        }
        GlobalOptions opts = new GlobalOptions(globals.region(), globals.profile(), globals.endpointUrl(),
                globals.output(), globals.query(), paginate, pageSize, toInt(ctx.maxItems),
                ctx.startingToken, globals.readTimeoutSeconds(), globals.connectTimeoutSeconds(), globals.color(),
                globals.noSignRequest(), globals.noVerifySsl(), globals.caBundle(), globals.debug(),
                globals.cliBinaryFormat(), globals.role());
        if ("output".equals(skeleton)) {
            return new Skeleton(model, op, "output", SkeletonGenerator.generate(op.output(), true), opts, commandLine);
        }
        return new BoundCall(model, op, params, opts, commandLine, ctx.localArgs());
    }

    private static Integer toInt(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Number) {
            long l = ((Number) o).longValue();
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, l));
        }
        try {
            return Integer.valueOf(o.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void mergeInput(BindContext ctx, ObjectNode params) {
        Object json = ctx.parsed().get("cli-input-json");
        Object yaml = ctx.parsed().get("cli-input-yaml");
        if (json == null && yaml == null) {
            return;
        }
        String name = json != null ? "--cli-input-json" : "--cli-input-yaml";
        String raw = (String) (json != null ? json : yaml);
        JsonNode loaded = files.load(raw, name);
        String text = loaded == null ? raw : loaded.isBinary()
                ? new String(((com.fasterxml.jackson.databind.node.BinaryNode) loaded).binaryValue(),
                java.nio.charset.StandardCharsets.UTF_8) : loaded.asText();
        JsonNode input;
        if (json != null) {
            input = Json.parse(text, name);
        } else {
            try {
                input = YAML.readTree(text);
            } catch (java.io.IOException e) {
                throw new CommandException("InvalidYaml", "Error parsing parameter '--cli-input-yaml': "
                        + e.getMessage().split("\n")[0] + ".", "Pass a YAML mapping of parameter names to values, as "
                        + "--generate-cli-skeleton prints for JSON.");
            }
        }
        if (input == null || !input.isObject()) {
            throw new CommandException("InvalidParameterValue", "The value of " + name + " must be a JSON/YAML object "
                    + "of parameter names to values.", "Start from the output of --generate-cli-skeleton.");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = input.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!params.has(e.getKey())) {
                params.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    private static void rejectUnknown(ArgumentTable table, ArgvParser.Result parsed, String where,
                                      ServiceModel model, Operation op) {
        if (parsed.unknown().isEmpty()) {
            return;
        }
        List<String> names = table.all().stream().filter(a -> !a.hidden()).map(CliArgument::cliName).toList();
        String first = parsed.unknown().stream().filter(w -> w.startsWith("-")).findFirst().orElse(null);
        if (first == null) {
            String w = parsed.unknown().get(0);
            throw new CommandException("UnexpectedValue", "Unexpected value '" + w + "' for " + where
                    + ": it follows no parameter that takes it.",
                    "Quote values that contain spaces; put list values right after their parameter "
                            + "(--instance-ids i-1 i-2); parameters: " + String.join(" ", names));
        }
        String bare = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
        List<String> close = ClosestNames.closest(bare, names, 3);
        throw new CommandException("UnknownParameter", where + " has no parameter " + bare
                + (parsed.unknown().size() > 1 ? " (unknown: " + String.join(", ", parsed.unknown()) + ")" : "") + ".",
                (close.isEmpty() ? "" : "Did you mean " + String.join(" or ", close) + "? ")
                        + "Run 'aws-mcp help " + model.cliName() + " " + op.cliName() + "' for the parameters.");
    }

    private static void rejectDuplicates(ArgumentTable table, ArgvParser.Result parsed) {
        Map<String, Object> seen = new java.util.HashMap<>();
        for (int i = 0; i < parsed.given().size(); i++) {
            String name = parsed.given().get(i);
            CliArgument a = table.get(name);
            String key = a == null ? name : a.dest();
            Object value = parsed.givenValues().get(i);
            if (seen.containsKey(key) && !java.util.Objects.equals(seen.put(key, value), value)) {
                throw new CommandException("DuplicateParameter", "The parameter --" + name + " is given more than once "
                        + "with different values; the AWS CLI would silently keep only the last one.",
                        a != null && a.arity() == CliArgument.Arity.MANY
                                ? "Give all values after one --" + name + " (e.g. --" + name + " a b), or one JSON list."
                                : "Keep one --" + name + ".");
            }
            seen.put(key, value);
        }
    }

    private static CommandException missing(String where, List<CliArgument> missing) {
        String list = missing.stream().map(a -> a.cliName() + " (" + a.typeName() + ")")
                .collect(Collectors.joining(", "));
        String example = missing.stream().map(a -> a.cliName() + " " + exampleValue(a))
                .collect(Collectors.joining(" "));
        return new CommandException("MissingParameter", where + " is missing required parameter"
                + (missing.size() > 1 ? "s" : "") + ": " + list + ".", "Add " + example + ".");
    }

    static String exampleValue(CliArgument a) {
        if (a.arity() == CliArgument.Arity.POSITIONAL) {
            return "";
        }
        if (a.shape() != null) {
            String sh = ShorthandDocs.syntax(a.shape());
            if (sh != null) {
                sh = sh.endsWith(" ...") ? sh.substring(0, sh.length() - 4) : sh;
                return sh.contains(" ") || sh.contains("{") ? "'" + sh + "'" : sh;
            }
            if (a.shape().isEnum()) {
                return String.join("|", a.shape().enumValues().subList(0, Math.min(4, a.shape().enumValues().size())));
            }
        }
        return "<" + a.typeName() + ">";
    }

    private static CommandException invalid(String where, List<InputValidator.Problem> problems, Operation op) {
        InputValidator.Problem p = problems.get(0);
        String code;
        switch (p.kind()) {
            case "missing": code = "MissingParameter"; break;
            case "unknown": code = "UnknownParameter"; break;
            case "min": code = "ParameterOutOfRange"; break;
            default: code = "InvalidParameterType"; break;
        }
        String msg = p.message();
        if (problems.size() > 1) {
            msg = msg.substring(0, msg.length() - 1) + " (and " + (problems.size() - 1) + " more: "
                    + problems.stream().skip(1).limit(3).map(InputValidator.Problem::message)
                    .collect(Collectors.joining(" ")) + ")";
        }
        String top = p.path().split("[.\\[ ]")[0];
        String hint;
        dev.awsmcp.model.Member m = op.inputMembers().get(top);
        if (m != null) {
            String sh = ShorthandDocs.syntax(m.shape());
            hint = "Check --" + CliNames.toCli(top) + " (type " + m.shape().type().botocoreName() + ")"
                    + (sh != null ? "; shorthand form: " + sh : "") + ".";
        } else if ("unknown".equals(p.kind())) {
            hint = "Use the member names of the operation's input (see --generate-cli-skeleton).";
        } else {
            hint = "Run 'aws-mcp help' for the operation to see parameter types.";
        }
        return new CommandException(code, where + ": " + msg, hint);
    }
}
