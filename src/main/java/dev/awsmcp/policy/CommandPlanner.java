package dev.awsmcp.policy;

import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.model.AccessLevel;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.command.Skeleton;
import dev.awsmcp.command.WaiterCall;
import dev.awsmcp.model.ServiceCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what the parser made of a command ({@link ParsedCommand}) into the {@link CommandPlan} the policy decides
 * on: a bound call or waiter is its operation (plus local output files such as {@code outfile}); a high-level
 * command is what {@link HighLevelPlans} says it does; a skeleton is a local read.
 */
public final class CommandPlanner {
    /**
     * Flags of the high-level commands that take no value (awscli/customizations/s3/subcommands.py
     * {@code store_true}/{@code store_false} arguments, and the like elsewhere); every other option takes one.
     */
    private static final Set<String> FLAGS = Set.of("--recursive", "--human-readable", "--summarize", "--dryrun",
            "--quiet", "--force", "--follow-symlinks", "--no-follow-symlinks", "--no-guess-mime-type",
            "--only-show-errors", "--no-progress", "--ignore-glacier-warnings", "--force-glacier-transfer",
            "--validate-same-s3-paths", "--delete", "--exact-timestamps", "--size-only", "--no-overwrite",
            "--dry-run", "--verbose", "--no-browser", "--use-device-code", "--fail-on-empty-changeset",
            "--no-fail-on-empty-changeset", "--no-execute-changeset", "--disable-rollback", "--no-disable-rollback",
            "--force-upload", "--use-json", "--ignore-hooks", "--no-ignore-hooks", "--update-outdated");

    private final HighLevelPlans highLevel;

    /**
     * @param catalog the models high-level commands are planned against
     */
    public CommandPlanner(ServiceCatalog catalog) {
        this(catalog, CustomizationRegistry.bundled());
    }

    /**
     * @param catalog        the models high-level commands are planned against
     * @param customizations the customizations that run; each plans its own commands
     */
    public CommandPlanner(ServiceCatalog catalog, CustomizationRegistry customizations) {
        this.highLevel = new HighLevelPlans(catalog, customizations);
    }

    /**
     * Plans a parsed command.
     *
     * @param command the parser's result
     * @return the plan
     */
    public CommandPlan plan(ParsedCommand command) {
        switch (command.kind()) {
            case CALL:
                return call((BoundCall) command, "aws " + ((BoundCall) command).service().cliName() + " "
                        + ((BoundCall) command).operation().cliName());
            case WAITER:
                WaiterCall w = (WaiterCall) command;
                return call(w.call(), "aws " + w.call().service().cliName() + " wait " + w.cliWaiterName());
            case SKELETON:
                Skeleton s = (Skeleton) command;
                Classification local = new Classification(s.service().cliName(), s.operation().name(),
                        List.of("local:GenerateSkeleton"), AccessLevel.READ, Source.OVERRIDE, false,
                        "prints a sample JSON document; nothing is sent");
                return CommandPlan.of(s.commandLine(), "aws " + s.service().cliName() + " " + s.operation().cliName(),
                        s.options(), List.of(PlannedCall.local(local)));
            default:
                return highLevel((HighLevelCommand) command);
        }
    }

    private static CommandPlan call(BoundCall b, String path) {
        List<String> reads = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        b.localArgs().forEach((name, value) -> {
            if (name.endsWith("outfile")) {
                writes.add(value);
            } else if (name.equals("priv-launch-key")) {
                reads.add(value);
            }
        });
        List<PlannedCall> calls = new ArrayList<>();
        calls.add(PlannedCall.api(b.service(), b.operation(), b.params()));
        if (!writes.isEmpty()) {
            calls.add(PlannedCall.local(new Classification(b.service().cliName(), b.operation().name() + " (outfile)",
                    List.of("local:WriteFile"), AccessLevel.WRITE, Source.OVERRIDE, false,
                    "writes the response to a local file")));
        }
        return new CommandPlan(b.commandLine(), path, b.options(), calls, reads, writes);
    }

    private CommandPlan highLevel(HighLevelCommand h) {
        List<String> positionals = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> args = h.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--") || a.equals("--")) {
                positionals.add(a);
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq > 0 ? a.substring(0, eq) : a;
            List<String> values = options.computeIfAbsent(name, k -> new ArrayList<>());
            if (eq > 0) {
                values.add(a.substring(eq + 1));
            } else if (!FLAGS.contains(name) && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                values.add(args.get(++i));
            }
        }
        HighLevelPlans.Plan p = highLevel.plan(h.service(), h.subcommand(), positionals, options);
        String path = ("aws " + h.service() + " " + h.subcommand()).strip();
        return new CommandPlan(h.commandLine(), path, h.options(), p.calls(), p.localReads(), p.localWrites());
    }
}
