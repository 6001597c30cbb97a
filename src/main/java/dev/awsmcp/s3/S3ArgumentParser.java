package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.shorthand.ShorthandParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses the words after {@code aws s3 <subcommand>} like the CLI's argparse does: options anywhere, {@code --name
 * value} or {@code --name=value}, unique prefixes of option names, {@code nargs='?'} options taking the next word
 * unless it looks like an option. Errors are {@link CommandException}s (exit code 252).
 */
final class S3ArgumentParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private S3ArgumentParser() {}

    /**
     * @param subcommand the subcommand
     * @param words      the words after it (global options already removed)
     * @return the parsed arguments
     * @throws CommandException for an unknown subcommand, unknown option, missing or invalid value, or wrong number of paths
     */
    static S3Args parse(String subcommand, List<String> words) {
        List<S3Option> table = S3ArgumentTables.OPTIONS.get(subcommand);
        if (table == null) {
            throw new CommandException("UnknownOperation", "'aws s3' has no subcommand '" + subcommand + "'.",
                    "Valid subcommands: cp, ls, mb, mv, presign, rb, rm, sync, website.");
        }
        List<String> paths = new ArrayList<>();
        Set<String> flags = new HashSet<>();
        Map<String, String> values = new HashMap<>();
        List<FilterRule> filters = new ArrayList<>();
        List<String> grants = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        ObjectNode metadata = null;
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!isOptionLike(w)) {
                paths.add(w);
                continue;
            }
            int eq = w.indexOf('=');
            String name = eq > 0 ? w.substring(2, eq) : w.startsWith("--") ? w.substring(2) : w.substring(1);
            String inline = eq > 0 ? w.substring(eq + 1) : null;
            S3Option opt = w.startsWith("--") ? find(subcommand, table, name) : null;
            if (opt == null) {
                unknown.add(w);
                continue;
            }
            switch (opt.arity()) {
                case FLAG:
                    if (inline != null) {
                        throw usage(subcommand, "argument --" + opt.name() + ": ignored explicit argument '" + inline + "'");
                    }
                    flags.add(opt.name());
                    break;
                case OPTIONAL: {
                    String v = inline;
                    if (v == null && i + 1 < words.size() && !isOptionLike(words.get(i + 1))) {
                        v = words.get(++i);
                    }
                    values.put(opt.name(), choice(subcommand, opt, v == null ? opt.constValue() : v));
                    break;
                }
                case MANY: {
                    if (inline != null) {
                        grants.add(inline);
                    }
                    while (i + 1 < words.size() && !isOptionLike(words.get(i + 1))) {
                        grants.add(words.get(++i));
                    }
                    if (grants.isEmpty()) {
                        throw usage(subcommand, "argument --" + opt.name() + ": expected at least one argument");
                    }
                    break;
                }
                case PAIR: {
                    if (inline != null || i + 2 >= words.size() || isOptionLike(words.get(i + 1))
                            || isOptionLike(words.get(i + 2))) {
                        throw usage(subcommand, "argument --" + opt.name() + ": expected 2 arguments");
                    }
                    tags.add(List.of(words.get(i + 1), words.get(i + 2)));
                    i += 2;
                    break;
                }
                default: {
                    String v = inline;
                    if (v == null) {
                        if (i + 1 >= words.size() || isOptionLike(words.get(i + 1))) {
                            throw usage(subcommand, "argument --" + opt.name() + ": expected one argument");
                        }
                        v = words.get(++i);
                    }
                    if (opt.arity() == S3Option.Arity.FILTER) {
                        filters.add(new FilterRule(opt.name().equals("include"), v));
                    } else if (opt.arity() == S3Option.Arity.MAP) {
                        metadata = map(subcommand, opt.name(), v);
                    } else if (opt.arity() == S3Option.Arity.INTEGER) {
                        try {
                            values.put(opt.name(), Integer.toString(Integer.parseInt(v.trim())));
                        } catch (NumberFormatException e) {
                            throw usage(subcommand, "argument --" + opt.name() + ": invalid int value: '" + v + "'");
                        }
                    } else {
                        values.put(opt.name(), choice(subcommand, opt, v));
                    }
                }
            }
        }
        int[] range = S3ArgumentTables.PATHS.get(subcommand);
        while (paths.size() > range[1]) {
            unknown.add(paths.remove(range[1]));
        }
        if (!unknown.isEmpty()) {
            throw new CommandException("UnknownParameter", "Unknown options: " + String.join(", ", unknown) + ".",
                    "Options of 'aws s3 " + subcommand + "': " + table.stream().map(o -> "--" + o.name())
                            .collect(Collectors.joining(", ")) + ". Usage: aws s3 " + subcommand + " "
                            + S3ArgumentTables.USAGE.get(subcommand) + ".");
        }
        if (paths.size() < range[0]) {
            throw usage(subcommand, "the following arguments are required: "
                    + (range[0] == 1 && !subcommand.equals("website") ? "path" : "paths"));
        }
        return new S3Args(subcommand, paths, flags, values, filters, metadata, grants, tags);
    }

    /** argparse: a word starting with '-' is an option unless it is '-' alone. */
    private static boolean isOptionLike(String w) {
        return w.length() > 1 && w.charAt(0) == '-';
    }

    private static S3Option find(String subcommand, List<S3Option> table, String name) {
        List<S3Option> prefixed = new ArrayList<>();
        for (S3Option o : table) {
            if (o.name().equals(name)) {
                return o;
            }
            if (o.name().startsWith(name)) {
                prefixed.add(o);
            }
        }
        if (prefixed.size() > 1 && !name.isEmpty()) {
            throw usage(subcommand, "ambiguous option: --" + name + " could match " + prefixed.stream()
                    .map(o -> "--" + o.name()).collect(Collectors.joining(", ")));
        }
        return prefixed.size() == 1 && !name.isEmpty() ? prefixed.get(0) : null;
    }

    private static String choice(String subcommand, S3Option opt, String v) {
        if (!opt.choices().isEmpty() && !opt.choices().contains(v)) {
            throw usage(subcommand, "argument --" + opt.name() + ": invalid choice: '" + v + "' (choose from "
                    + opt.choices().stream().map(c -> "'" + c + "'").collect(Collectors.joining(", ")) + ")");
        }
        return v;
    }

    private static ObjectNode map(String subcommand, String name, String v) {
        JsonNode parsed;
        try {
            parsed = v.trim().startsWith("{") ? JSON.readTree(v) : new ShorthandParser().parse(v);
        } catch (IOException | RuntimeException e) {
            throw usage(subcommand, "argument --" + name + ": expected key=value pairs (k1=v1,k2=v2) or a JSON object, got '"
                    + v + "'");
        }
        if (parsed == null || !parsed.isObject()) {
            throw usage(subcommand, "argument --" + name + ": expected key=value pairs or a JSON object");
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = parsed.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode()) {
                throw usage(subcommand, "argument --" + name + ": the value of '" + e.getKey() + "' must be a string");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    static CommandException usage(String subcommand, String message) {
        return new CommandException("InvalidArgument", message.endsWith(".") ? message : message + ".",
                "Usage: aws s3 " + subcommand + " " + S3ArgumentTables.USAGE.get(subcommand) + " [options].");
    }
}
