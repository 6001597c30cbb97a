package dev.awsmcp.auditmode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.batch.CommandText;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.output.CliOutput;
import dev.awsmcp.output.OutputFormatter;
import dev.awsmcp.policy.Decision;
import dev.awsmcp.policy.DecisionContext;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs checks on targets (accounts × regions) and collects findings. Every command passes the read-only gate here
 * first (parsed and classified; anything but a read is refused and the check reports ERROR), then the facade's own
 * policy, and is recorded in the audit trail with the tool {@code audit:<check id>}. Answers are shared between
 * the checks that send the same command to the same target; per-resource commands run in parallel. A region that is disabled
 * or needs opt-in is skipped with a note. Thread-safe; one run at a time per instance is the intended use.
 */
public final class AuditRunner {
    /** Error codes that mean the region is not enabled for the account: skipped, with a note. */
    private static final Set<String> REGION_DISABLED = Set.of("OptInRequired", "UnrecognizedClientException",
            "InvalidClientTokenId", "AuthFailure", "UnauthorizedOperation.RegionDisabled", "RegionDisabledException");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * One place the checks run.
     *
     * @param account     the account id
     * @param accountName its name, or null
     * @param region      the region
     * @param profile     the profile the commands run with, or null
     * @param roleArn     the role they run as, or null for the caller's own credentials
     */
    public record Target(String account, String accountName, String region, String profile, String roleArn) {}

    /**
     * Limits of a run.
     *
     * @param parallelChecks checks running at once
     * @param parallelCalls  per-resource commands running at once
     */
    public record Limits(int parallelChecks, int parallelCalls) {
        /** 6 checks and 16 calls at once: enough to hide latency on 2 cores, under API throttling limits. */
        public static final Limits DEFAULTS = new Limits(6, 16);
    }

    private final AwsMcp aws;
    private final Limits limits;
    private final Clock clock;
    private final OutputFormatter jmespath = CliOutput.create();
    private final CommandParser parser = new CommandParser(ServiceCatalog.bundled(), FileReader.denyAll(),
            CustomizationRegistry.bundled().commandNames());
    private final PolicyEngine readOnly = PolicyEngine.of(PolicySettings.defaults().withReadOnly(true));

    /**
     * @param aws    the facade the commands run through (its own policy applies too)
     * @param limits concurrency
     * @param clock  the clock for ages (snapshots, keys) and report times
     */
    public AuditRunner(AwsMcp aws, Limits limits, Clock clock) {
        this.aws = Objects.requireNonNull(aws, "aws");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs the checks on the targets.
     *
     * @param checks  the checks
     * @param targets the accounts and regions; a global check runs in each account's first region only
     * @param context progress (checks done of total) and cancellation (no new command starts)
     * @return the findings and notes
     */
    public AuditResult run(List<Check> checks, List<Target> targets, ExecutionContext context) {
        Instant started = clock.instant();
        List<Job> jobs = new ArrayList<>();
        Map<String, String> home = new LinkedHashMap<>();
        for (Target t : targets) {
            home.putIfAbsent(t.account(), t.region());
        }
        for (Check c : checks) {
            for (Target t : targets) {
                if (!c.global() || Objects.equals(home.get(t.account()), t.region())) {
                    jobs.add(new Job(c, t));
                }
            }
        }
        List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        Set<String> notes = ConcurrentHashMap.newKeySet();
        Map<String, CompletableFuture<CommandResult>> lists = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService checkPool = Executors.newFixedThreadPool(limits.parallelChecks(), daemon("aws-mcp-audit"));
        ExecutorService callPool = Executors.newFixedThreadPool(limits.parallelCalls(), daemon("aws-mcp-audit-call"));
        context.progress().progress(0, jobs.size(), "running " + jobs.size() + " checks");
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(checkPool.submit(() -> {
                    findings.addAll(new CheckRun(job, lists, notes, callPool, context).run());
                    int n = done.incrementAndGet();
                    context.progress().progress(n, jobs.size(), n + " of " + jobs.size() + " checks done ("
                            + job.target.account() + " " + job.target.region() + ", " + job.check.id() + ")");
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    notes.add("A check failed unexpectedly: " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    notes.add("The audit was interrupted; the report is partial.");
                    break;
                }
            }
        } finally {
            checkPool.shutdownNow();
            callPool.shutdownNow();
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(java.util.Comparator.comparing((Finding f) -> f.check().severity())
                .thenComparing(f -> f.status().ordinal())
                .thenComparing(f -> f.check().id())
                .thenComparing(Finding::account).thenComparing(Finding::region)
                .thenComparing(f -> String.valueOf(f.resourceId())));
        List<String> noteList = new ArrayList<>(notes);
        Collections.sort(noteList);
        return new AuditResult(started, clock.instant(), checks, targets, sorted, noteList);
    }

    private record Job(Check check, Target target) {}

    /** One check on one target. */
    private final class CheckRun {
        private final Job job;
        private final Map<String, CompletableFuture<CommandResult>> lists;
        private final Set<String> notes;
        private final ExecutorService calls;
        private final ExecutionContext context;

        CheckRun(Job job, Map<String, CompletableFuture<CommandResult>> lists, Set<String> notes,
                 ExecutorService calls, ExecutionContext context) {
            this.job = job;
            this.lists = lists;
            this.notes = notes;
            this.calls = calls;
            this.context = context;
        }

        List<Finding> run() {
            Check c = job.check;
            Target t = job.target;
            String region = c.global() ? "global" : t.region();
            ObjectNode vars = NODES.objectNode().put("Account", t.account()).put("Region", t.region());
            String listCommand = command(render(c.list(), vars));
            CommandResult listed = shared(listCommand);
            if (!listed.ok()) {
                String code = listed.error() == null ? "Unknown" : listed.error().code();
                if (REGION_DISABLED.contains(code) && !c.global()) {
                    notes.add("Region " + t.region() + " skipped for account " + t.account() + ": " + code
                            + " (the region is disabled or needs opt-in).");
                    return List.of();
                }
                FindingStatus mapped = c.onError().get(code);
                if (mapped != null && c.items() == null) {
                    return List.of(finding(mapped, region, t.account(), null, listCommand, null, null,
                            mapped == FindingStatus.PASS ? null : describe(code, listed)));
                }
                return List.of(finding(FindingStatus.ERROR, region, t.account(), null, listCommand, null, null,
                        describe(code, listed)));
            }
            JsonNode list = listed.json() == null ? NODES.objectNode() : listed.json();
            if (c.items() == null) {
                ObjectNode ctx = NODES.objectNode();
                ctx.set("list", list);
                return List.of(judge(ctx, region, t.account(), null, listCommand));
            }
            JsonNode items;
            try {
                items = jmespath.query(list, c.items());
            } catch (RuntimeException e) {
                return List.of(finding(FindingStatus.ERROR, region, t.account(), null, listCommand, null, null,
                        "The check's items could not be read from the answer: " + e.getMessage()));
            }
            if (items == null || !items.isArray()) {
                return List.of();
            }
            List<Future<Finding>> pending = new ArrayList<>();
            for (JsonNode item : items) {
                pending.add(calls.submit(() -> item(item, list, vars, region, listCommand)));
            }
            List<Finding> out = new ArrayList<>();
            for (Future<Finding> f : pending) {
                try {
                    Finding finding = f.get();
                    if (finding != null) {
                        out.add(finding);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (ExecutionException e) {
                    notes.add("Check " + c.id() + " failed on one resource: " + e.getCause());
                }
            }
            return out;
        }

        /**
         * A command's answer, run once for every check that sends the same command to the same target (the bucket
         * checks share get-bucket-versioning and get-bucket-policy; every user check shares the credential report).
         * The audit trail records it under the first check that ran it.
         */
        private CommandResult shared(String command) {
            CompletableFuture<CommandResult> mine = new CompletableFuture<>();
            CompletableFuture<CommandResult> first = lists.putIfAbsent(command, mine);
            if (first != null) {
                return first.join();
            }
            try {
                mine.complete(execute(command));
            } catch (RuntimeException e) {
                mine.complete(refused(command, "InternalError", "The command failed unexpectedly: " + e));
            }
            return mine.join();
        }

        private Finding item(JsonNode item, JsonNode list, ObjectNode vars, String region, String listCommand) {
            Check c = job.check;
            ObjectNode ctx = NODES.objectNode();
            ctx.set("list", list);
            ctx.set("item", item);
            String id;
            try {
                id = text(jmespath.query(item, c.resourceId()));
            } catch (RuntimeException e) {
                id = item.toString();
            }
            ObjectNode itemVars = vars.deepCopy();
            item.fields().forEachRemaining(e -> itemVars.set(e.getKey(), e.getValue()));
            String last = listCommand;
            for (Check.Step step : c.steps()) {
                last = command(render(step.command(), itemVars));
                CommandResult r = shared(last);
                if (!r.ok()) {
                    String code = r.error() == null ? "Unknown" : r.error().code();
                    FindingStatus mapped = c.onError().get(code);
                    if (mapped == null) {
                        return finding(FindingStatus.ERROR, region, job.target.account(), id, last, null, null,
                                describe(code, r), item);
                    }
                    if (mapped != FindingStatus.PASS || c.steps().indexOf(step) == c.steps().size() - 1) {
                        return applies(ctx) ? finding(mapped, region, job.target.account(), id, last, null,
                                TextNode.valueOf(code), mapped == FindingStatus.PASS ? null : describe(code, r), item)
                                : null;
                    }
                    ctx.set(step.name(), NODES.objectNode());
                    continue;
                }
                ctx.set(step.name(), r.json() == null ? NODES.objectNode() : r.json());
            }
            if (!applies(ctx)) {
                return null;
            }
            return judge(ctx, region, job.target.account(), id, last);
        }

        private JsonNode itemOf(ObjectNode ctx) {
            return ctx.get("item");
        }

        private boolean applies(ObjectNode ctx) {
            try {
                return job.check.applies() == null || truthy(jmespath.query(ctx, job.check.applies()));
            } catch (RuntimeException e) {
                return true; // judge it: the rule then says PASS, FAIL or ERROR, so nothing drops out unseen
            }
        }

        private Finding judge(ObjectNode ctx, String region, String account, String id, String command) {
            try {
                return judgeOrThrow(ctx, region, account, id, command);
            } catch (RuntimeException e) {
                // an answer of an unexpected shape: the check cannot tell, which is never a pass
                return finding(FindingStatus.ERROR, region, account, id, command, null, null,
                        "The check's rule could not be applied to the answer: " + e.getMessage(), itemOf(ctx));
            }
        }

        private Finding judgeOrThrow(ObjectNode ctx, String region, String account, String id, String command) {
            Check c = job.check;
            String field = c.evidence() != null ? c.evidence() : c.rule();
            JsonNode value = field == null ? null : jmespath.query(ctx, field);
            JsonNode item = itemOf(ctx);
            if (c.inventory()) {
                return finding(FindingStatus.INFO, region, account, id, command, field, value, null, item);
            }
            if (c.javaRule() != null) {
                JavaRules.Verdict v = JavaRules.judge(c.javaRule(), ctx, c.params(), clock);
                return finding(v.pass() ? FindingStatus.PASS : FindingStatus.FAIL, region, account, id, command,
                        field, value, v.message(), item);
            }
            boolean pass = truthy(jmespath.query(ctx, c.rule()));
            return finding(pass ? FindingStatus.PASS : FindingStatus.FAIL, region, account, id, command, field, value,
                    pass ? null : "Expected " + c.rule() + " to hold.", item);
        }

        private Finding finding(FindingStatus status, String region, String account, String id, String command,
                                String field, JsonNode value, String message) {
            return finding(status, region, account, id, command, field, value, message, null);
        }

        private Finding finding(FindingStatus status, String region, String account, String id, String command,
                                String field, JsonNode value, String message, JsonNode item) {
            Check c = job.check;
            String resource = id != null ? id : account;
            String arn = null;
            if (c.resourceArn() != null) {
                ObjectNode vars = item != null && item.isObject() ? ((ObjectNode) item).deepCopy() : NODES.objectNode();
                vars.put("Account", account).put("Region", job.target.region());
                vars.put("Id", resource);
                arn = PLACEHOLDER.matcher(c.resourceArn()).replaceAll(m -> Matcher.quoteReplacement(
                        text(vars.path(m.group(1)))));
            }
            return new Finding(c, status, account, job.target.accountName(), region, resource, arn,
                    new Finding.Evidence(command, field, value, message));
        }

        /** Adds the target's options to a check command. */
        private String command(String rendered) {
            Target t = job.target;
            String c = CommandText.withOption(rendered, "--region", t.region());
            if (t.profile() != null) {
                c = CommandText.withOption(c, "--profile", CommandText.quote(t.profile()));
            }
            if (t.roleArn() != null) {
                c = CommandText.withOption(c, "--role-arn", t.roleArn());
            }
            return CommandText.withOption(c, "--output", "json");
        }

        private CommandResult execute(String command) {
            if (context.cancelled().getAsBoolean()) {
                return refused(command, "Cancelled", "The audit was cancelled before this command ran.");
            }
            try {
                Decision d = readOnly.decide(readOnly.plan(parser.parse(command)), DecisionContext.unknown());
                if (!d.allowed()) {
                    return refused(command, "DeniedByPolicy", "Audit mode is read-only: " + d.reason());
                }
            } catch (AwsMcpException e) {
                return refused(command, e.code(), e.getMessage());
            }
            return aws.execute(command, new ExecutionContext(context.clientName(), context.clientVersion(),
                    "audit:" + job.check.id(), null, context.cancelled(), null));
        }
    }

    private static CommandResult refused(String command, String code, String message) {
        return new CommandResult(command, null, null, 255, null, "", new dev.awsmcp.ErrorInfo(code, message, null),
                null, List.of(), 0, java.time.Duration.ZERO);
    }

    private static String describe(String code, CommandResult r) {
        return r.error() == null ? code : r.error().message();
    }

    /** Fills {@code {Field}} from the variables, shell-quoted. */
    private static String render(String template, JsonNode vars) {
        return PLACEHOLDER.matcher(template).replaceAll(m -> {
            JsonNode v = vars;
            for (String part : m.group(1).split("\\.")) {
                v = v.path(part);
            }
            return Matcher.quoteReplacement(CommandText.quote(text(v)));
        });
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? "" : n.isValueNode() ? n.asText() : n.toString();
    }

    static boolean truthy(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isArray() || n.isObject()) {
            return n.size() > 0;
        }
        return !n.isTextual() || !n.asText().isEmpty();
    }


    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
