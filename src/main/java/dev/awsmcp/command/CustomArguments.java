package dev.awsmcp.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.command.internal.ArgumentTable;
import dev.awsmcp.command.internal.ArgvParser;
import dev.awsmcp.command.internal.CliArgument;
import dev.awsmcp.command.internal.InputValidator;
import dev.awsmcp.command.internal.ParamFiles;
import dev.awsmcp.command.internal.ValueUnpacker;
import dev.awsmcp.model.SchemaShapes;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import dev.awsmcp.text.ClosestNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The argument table of a hand-written AWS CLI command ({@code BasicCommand.ARG_TABLE} in
 * {@code awscli/customizations/commands.py}), parsed the way the CLI parses it: argparse for the words (prefixes,
 * {@code --name=value}, flags, {@code nargs='+'} lists), then for every argument with a schema the same
 * {@code file://}, shorthand and JSON unpacking as a model parameter, and validation against the schema (missing
 * and unknown members). Build one per command, once; {@link #parse} is thread-safe.
 *
 * <pre>{@code
 * static final CustomArguments ARGS = new CustomArguments("emr add-steps", List.of(
 *         Argument.text("cluster-id").asRequired(), Argument.schema("steps", STEPS_SCHEMA).asRequired()));
 * ObjectNode values = ARGS.parse(command.args(), calls.files());
 * values.path("steps").get(0).path("Args");
 * }</pre>
 */
public final class CustomArguments {
    /**
     * One argument.
     *
     * @param name         the option name without dashes, e.g. {@code instance-groups}
     * @param schema       its JSON schema ({@code {"type": "string"}} for a plain value)
     * @param flag         {@code action='store_true'}: takes no value
     * @param required     the command refuses to run without it
     * @param defaultValue the value when it is not given, or null
     */
    public record Argument(String name, JsonNode schema, boolean flag, boolean required, JsonNode defaultValue) {
        public Argument {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(schema, "schema");
        }

        /** A plain text value ({@code cli_type_name} string, the default). */
        public static Argument text(String name) {
            return schema(name, type("string"));
        }

        /** A whole number ({@code cli_type_name: integer}). */
        public static Argument integer(String name) {
            return schema(name, type("integer"));
        }

        /** A flag ({@code action: store_true}); its value is true when given. */
        public static Argument flag(String name) {
            return new Argument(name, type("boolean"), true, false, null);
        }

        /** One or more words ({@code nargs='+'} without a schema), each a string. */
        public static Argument words(String name) {
            ObjectNode list = JsonNodeFactory.instance.objectNode().put("type", "array");
            list.set("items", type("string"));
            return schema(name, list);
        }

        /** A value described by a schema; an {@code array} schema takes one or more words ({@code nargs='+'}). */
        public static Argument schema(String name, JsonNode schema) {
            return new Argument(name, schema, false, false, null);
        }

        /** This argument, required. */
        public Argument asRequired() {
            return new Argument(name, schema, flag, true, defaultValue);
        }

        /** This argument with a default value. */
        public Argument withDefault(String value) {
            return new Argument(name, schema, flag, required, TextNode.valueOf(value));
        }

        private static JsonNode type(String type) {
            return JsonNodeFactory.instance.objectNode().put("type", type);
        }
    }

    private final String command;
    private final List<Argument> arguments;
    /** The shapes and argument table, built on first parse: every registered command has one, most never run. */
    private volatile Built built;

    private record Built(Shape shape, List<CliArgument> table) {}

    /**
     * @param command   the command for messages, e.g. {@code emr create-cluster}
     * @param arguments its arguments in the CLI's order
     * @throws IllegalArgumentException for a schema without {@code type}
     */
    public CustomArguments(String command, List<Argument> arguments) {
        this.command = Objects.requireNonNull(command, "command");
        this.arguments = List.copyOf(arguments);
        for (Argument a : this.arguments) {
            if (!a.schema().has("type")) {
                throw new IllegalArgumentException("the schema of --" + a.name() + " has no type");
            }
        }
    }

    private Built built() {
        Built b = built;
        if (b == null) {
            Map<String, JsonNode> schemas = new LinkedHashMap<>();
            for (Argument a : arguments) {
                schemas.put(a.name(), a.schema());
            }
            Shape shape = SchemaShapes.arguments(schemas);
            List<CliArgument> args = new ArrayList<>();
            for (Argument a : arguments) {
                ShapeType type = shape.member(a.name()).shape().type();
                CliArgument.Arity arity = a.flag() ? CliArgument.Arity.FLAG_TRUE
                        : type == ShapeType.LIST ? CliArgument.Arity.MANY : CliArgument.Arity.ONE;
                args.add(new CliArgument(a.name(), arity, a.name(), shape.member(a.name()), a.name(), a.required(),
                        (ctx, arg, value) -> { }, List.of(), a.flag() ? "boolean" : type.botocoreName(), null, false));
            }
            built = b = new Built(shape, List.copyOf(args)); // a race builds it twice, harmlessly
        }
        return b;
    }

    /**
     * A customization's timestamp value as botocore's {@code parse_to_aware_datetime} reads it: epoch seconds, ISO
     * 8601 with or without time and offset (UTC when none), RFC 822.
     *
     * @param text the value as given
     * @return the instant, or null when it is no timestamp
     */
    public static java.time.Instant timestamp(String text) {
        return dev.awsmcp.command.internal.TimestampArguments.parse(text);
    }

    /**
     * A parsed text value.
     *
     * @param values what {@link #parse} returned
     * @param name   the argument name
     * @return its text, or null when it was not given
     */
    public static String text(JsonNode values, String name) {
        JsonNode v = values.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * A parsed flag.
     *
     * @param values what {@link #parse} returned
     * @param name   the flag's name
     * @return whether it was given
     */
    public static boolean flag(JsonNode values, String name) {
        return values.path(name).asBoolean(false);
    }

    /** The option names, with dashes, in order. */
    public List<String> optionNames() {
        return arguments.stream().map(a -> "--" + a.name()).toList();
    }

    /**
     * Parses the words after the subcommand.
     *
     * @param words the words, global options removed
     * @param files where {@code file://} values are read (the file guard)
     * @return argument name to value: text, numbers, booleans (flags: true when given), lists and objects as the
     *         schema says; arguments not given and without a default are absent
     * @throws CommandException (exit 252) for an unknown option, a missing value or required argument, shorthand or
     *         JSON that does not parse, or a value that does not fit its schema
     */
    public ObjectNode parse(List<String> words, FileReader files) {
        Built b = built();
        List<CliArgument> table = b.table();
        Shape shape = b.shape();
        ArgumentTable argumentTable = ArgumentTable.custom(command, table);
        ArgvParser.Result parsed = ArgvParser.parse(argumentTable, words);
        List<String> missing = new ArrayList<>();
        for (Argument a : arguments) {
            if (a.required() && !parsed.values().containsKey(a.name())) {
                missing.add("--" + a.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new CommandException("MissingParameter", "the following arguments are required: "
                    + String.join(", ", missing), "Run 'aws " + command + " help' for its options.");
        }
        // argparse reports missing required options first; the CLI then refuses the words left over
        rejectUnknown(parsed);
        ValueUnpacker unpacker = new ValueUnpacker(new ParamFiles(files));
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        for (CliArgument arg : table) {
            Object raw = parsed.values().get(arg.dest());
            Argument spec = arguments.get(table.indexOf(arg));
            if (raw == null) {
                if (spec.defaultValue() != null) {
                    values.set(arg.name(), spec.defaultValue().deepCopy());
                }
                continue;
            }
            if (raw instanceof Boolean) {
                values.set(arg.name(), BooleanNode.valueOf((Boolean) raw));
                continue;
            }
            if (raw instanceof List && ((List<?>) raw).isEmpty()) {
                throw new CommandException("MissingValue", "argument " + arg.cliName() + ": expected at least one "
                        + "argument", "Write " + arg.cliName() + " followed by one or more values.");
            }
            values.set(arg.name(), unpacker.unpack("custom", command, arg, raw));
        }
        List<InputValidator.Problem> problems = InputValidator.validate(values, shape);
        if (!problems.isEmpty()) {
            InputValidator.Problem p = problems.get(0);
            String top = p.path().split("[.\\[ ]")[0];
            throw new CommandException(p.kind().equals("missing") ? "MissingParameter" : p.kind().equals("unknown")
                    ? "UnknownParameter" : "InvalidParameterType", "aws " + command + ": " + p.message()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                    "Check --" + top + "; run 'aws " + command + " help' for the keys it takes.");
        }
        return values;
    }

    private void rejectUnknown(ArgvParser.Result parsed) {
        if (parsed.unknown().isEmpty()) {
            return;
        }
        String first = parsed.unknown().stream().filter(w -> w.startsWith("-")).findFirst()
                .orElse(parsed.unknown().get(0));
        String bare = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
        List<String> close = bare.startsWith("-") ? ClosestNames.closest(bare, optionNames(), 3) : List.of();
        throw new CommandException("UnknownOptions", "Unknown options: " + String.join(",", parsed.unknown()),
                (close.isEmpty() ? "" : "Did you mean " + String.join(" or ", close) + "? ")
                        + "Run 'aws " + command + " help' for its options.");
    }
}
