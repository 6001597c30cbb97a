package dev.awsmcp.command.internal;

import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The AWS CLI's {@code building-argument-table} handlers that apply to every operation
 * ({@code awscli/handlers.py} order, most specific first as botocore's event emitter runs them):
 * service-specific customizations ({@link ServiceArguments}), renames and aliases, ec2's pulled-up booleans, the
 * streaming {@code outfile} positional, {@code --cli-input-json}/{@code --cli-input-yaml},
 * {@code --generate-cli-skeleton} and the paging arguments.
 */
final class Customizations {
    private Customizations() {}

    static void apply(ArgumentTable t) {
        ServiceArguments.apply(t);
        ArgumentRenames.apply(t);
        if (t.service().equals("ec2")) {
            pullUpBooleans(t);
        }
        boolean outfile = addStreamingOutfile(t);
        if (!outfile) {
            t.put(new CliArgument("cli-input-json", CliArgument.Arity.ONE, "cli-input-json", null, null, false,
                    (ctx, a, v) -> ctx.cliInputJson = (String) v, List.of(), "string",
                    "Reads arguments from the JSON string provided (file:// allowed); explicit arguments win.", false));
            t.put(new CliArgument("cli-input-yaml", CliArgument.Arity.ONE, "cli-input-yaml", null, null, false,
                    (ctx, a, v) -> ctx.cliInputYaml = (String) v, List.of(), "string",
                    "Reads arguments from the YAML string provided (file:// allowed); explicit arguments win.", false));
            t.put(new CliArgument("generate-cli-skeleton", CliArgument.Arity.OPTIONAL, "generate-cli-skeleton", null,
                    null, false, (ctx, a, v) -> ctx.skeleton = v == ArgvParser.NO_VALUE ? "input" : (String) v,
                    List.of("input", "output"), "string",
                    "Prints a JSON skeleton of the input (default) or output instead of calling the API.", false));
        }
        Paging.apply(t);
    }

    /** {@code streamingoutputarg.py}: operations whose output payload is a blob take a positional outfile. */
    private static boolean addStreamingOutfile(ArgumentTable t) {
        Shape out = t.operation().output();
        if (out == null || out.payload() == null) {
            return false;
        }
        Member payload = out.member(out.payload());
        if (payload == null || payload.shape().type() != ShapeType.BLOB) {
            return false;
        }
        t.put(new CliArgument("outfile", CliArgument.Arity.POSITIONAL, "outfile", null, null, true,
                (ctx, a, v) -> ctx.localArgs().put("outfile", (String) v), List.of(), "string",
                "Filename where the content will be saved.", false));
        return true;
    }

    /** {@code toplevelbool.py}: ec2 structures holding one boolean {@code Value} become flags. */
    private static void pullUpBooleans(ArgumentTable t) {
        List<CliArgument> snapshot = new ArrayList<>(t.all());
        for (CliArgument a : snapshot) {
            Shape s = a.shape();
            if (s == null || s.type() != ShapeType.STRUCTURE || s.members().size() != 1) {
                continue;
            }
            Map.Entry<String, Member> only = s.members().entrySet().iterator().next();
            if (!only.getKey().equals("Value") || only.getValue().shape().type() != ShapeType.BOOLEAN) {
                continue;
            }
            String member = a.serializedName();
            t.put(new CliArgument(a.name(), CliArgument.Arity.OPTIONAL, a.dest(), a.member(), member, a.required(),
                    (ctx, arg, v) -> {
                        if (v == ArgvParser.NO_VALUE) {
                            ctx.params().set(member, ValueUnpacker.object().put("Value", true));
                        } else {
                            ctx.params().set(member, ctx.unpack(arg, v));
                        }
                    }, List.of(), "boolean", a.documentation(), false));
            t.put(new CliArgument("no-" + a.name(), CliArgument.Arity.FLAG_TRUE, "no-" + a.dest(), a.member(), member,
                    false, (ctx, arg, v) -> {
                        if (Boolean.TRUE.equals(v)) {
                            ctx.params().set(member, ValueUnpacker.object().put("Value", false));
                        }
                    }, List.of(), "boolean", a.documentation(), true));
        }
    }
}
