package dev.awsmcp.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ErrorInfo;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.output.OutputFormatter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs one command across accounts and regions and merges the answers: {@code --profiles P1,P2} (or {@code '*'},
 * every profile with credentials), {@code --accounts ID,ID} (or {@code '*'}, every ACTIVE account of the AWS
 * Organization, from {@code organizations ListAccounts}) with {@code --role-name} (default
 * {@code OrganizationAccountAccessRole}), each combined with {@code --region '*'}.
 *
 * <p>Every target runs as an ordinary command through the facade (so the policy judges each one, read-only mode
 * included), an account through {@code --role-arn} of its role, except the caller's own account, which runs with
 * the caller's credentials. Concurrency is bounded overall and per account; one failing target is reported with its
 * error and hint while the others complete.
 *
 * <p><b>Merge rule</b> (the default): each target's JSON output (before {@code --query}) is read; every top-level
 * member that is a list is concatenated across targets in target order, and each object in it, and each object in
 * a list directly inside it ({@code Reservations[].Instances[]}), is tagged with {@code Account},
 * {@code AccountName} (when known) and {@code Region} unless it has a member of that name. Other top-level members
 * (tokens, counts) are dropped. Targets that failed are listed under {@code FanOutErrors} with their account,
 * region, code, message and hint. {@code --query} and {@code --output} then apply to the merged document.
 * {@code --no-merge} returns the per-target list instead: {@code [{Account, AccountName, Region, Profile, Status,
 * Output | Error}]}. Thread-safe.
 */
public final class FanOut {
    /** The role assumed in member accounts when {@code --role-name} is not given. */
    public static final String DEFAULT_ROLE_NAME = "OrganizationAccountAccessRole";

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * One place a command runs.
     *
     * @param profile     the profile it runs with, or null for the caller's
     * @param account     the account id, or null when not known (a profile target before it ran)
     * @param accountName the account's name from Organizations, or null
     * @param region      the region, or null for the command's own
     * @param roleArn     the role assumed in the account, or null for the caller's own credentials
     */
    public record Target(String profile, String account, String accountName, String region, String roleArn) {}

    /**
     * One target's answer.
     *
     * @param target  where it ran
     * @param command the command that ran there
     * @param result  its result (its JSON is the output before {@code --query})
     */
    public record TargetResult(Target target, String command, CommandResult result) {}

    /**
     * Limits of a fan-out.
     *
     * @param maxParallel           targets running at once overall
     * @param maxParallelPerAccount targets of one account running at once
     */
    public record Limits(int maxParallel, int maxParallelPerAccount) {
        /** 8 at once, 4 per account: enough to hide latency, few enough to stay clear of API throttling. */
        public static final Limits DEFAULTS = new Limits(8, 4);

        public Limits {
            if (maxParallel < 1 || maxParallelPerAccount < 1) {
                throw new IllegalArgumentException("fan-out limits must be at least 1");
            }
        }
    }

    /**
     * The merged answer and what each target answered.
     *
     * @param merged  one result for the whole fan-out, as the caller asked for it
     * @param targets each target's own result, in target order
     */
    public record Outcome(CommandResult merged, List<TargetResult> targets) {}

    private final AwsMcp aws;
    private final RegionSource regions;
    private final Supplier<List<String>> credentialedProfiles;
    private final OutputFormatter formatter;
    private final Limits limits;

    /**
     * @param aws                  the facade every target runs through
     * @param regions              the regions {@code --region '*'} expands to
     * @param credentialedProfiles the profiles {@code --profiles '*'} expands to (those with credentials)
     * @param formatter            applies {@code --query} and {@code --output} to the merged document
     * @param limits               concurrency limits
     */
    public FanOut(AwsMcp aws, RegionSource regions, Supplier<List<String>> credentialedProfiles,
                  OutputFormatter formatter, Limits limits) {
        this.aws = Objects.requireNonNull(aws, "aws");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.credentialedProfiles = Objects.requireNonNull(credentialedProfiles, "credentialedProfiles");
        this.formatter = Objects.requireNonNull(formatter, "formatter");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Whether a command fans out over profiles or accounts (a plain {@code --region '*'} is the batch's own).
     *
     * @param command a command string
     * @return true with {@code --profiles} or {@code --accounts}
     */
    public static boolean applies(String command) {
        return CommandText.hasOption(command, "--profiles") || CommandText.hasOption(command, "--accounts");
    }

    /**
     * The targets a command's {@code --profiles}, {@code --accounts}, {@code --role-name} and {@code --region}
     * options name, without running anything on them (audit mode runs its own commands on each).
     *
     * @param command a command string carrying the options (e.g. {@code aws sts get-caller-identity --accounts '*'})
     * @param context the caller (the Organizations and STS look-ups run with it)
     * @return the targets, or the error that stops the expansion (nothing was sent to any target)
     */
    public Expansion expand(String command, ExecutionContext context) {
        String base = CommandText.withoutOption(CommandText.withoutOption(CommandText.withoutOption(command,
                "--profiles", true), "--accounts", true), "--role-name", true);
        try {
            return new Expansion(targets(command, base, context), null);
        } catch (FanOutException e) {
            return new Expansion(List.of(), e.error);
        }
    }

    /**
     * The targets of a fan-out, or why there are none.
     *
     * @param targets the targets in order (accounts, then regions)
     * @param error   why the expansion failed, or null
     */
    public record Expansion(List<Target> targets, ErrorInfo error) {}

    /**
     * Expands, runs and merges one command.
     *
     * @param command the command as written, with {@code --profiles} or {@code --accounts}
     * @param context the caller; progress counts finished targets, cancellation stops targets not yet started
     * @return the merged answer and the per-target results; errors are results, never thrown
     */
    public Outcome run(String command, ExecutionContext context) {
        String base = command;
        for (String option : List.of("--profiles", "--accounts", "--role-name", "--query", "--output")) {
            base = CommandText.withoutOption(base, option, true);
        }
        base = CommandText.withoutOption(base, "--no-merge", false);
        String query = CommandText.optionValue(command, "--query").orElse(null);
        String output = CommandText.optionValue(command, "--output").orElse("json");
        boolean merge = !CommandText.hasOption(command, "--no-merge");
        List<Target> targets;
        try {
            targets = targets(command, base, context);
        } catch (FanOutException e) {
            return new Outcome(failure(command, e.exitCode, e.error), List.of());
        }
        List<TargetResult> results = runAll(base, targets, context);
        CommandResult merged = merge ? merged(command, results, query, output) : raw(command, results, query, output);
        return new Outcome(merged, results);
    }

    private List<Target> targets(String command, String base, ExecutionContext context) {
        String profiles = CommandText.optionValue(command, "--profiles").orElse(null);
        String accounts = CommandText.optionValue(command, "--accounts").orElse(null);
        if (profiles != null && accounts != null) {
            throw new FanOutException(252, "ConflictingFanOut", "--profiles and --accounts cannot be combined.",
                    "Use --profiles to run with several local profiles, or --accounts to run in Organization accounts.");
        }
        if (profiles != null && CommandText.hasOption(base, "--profile")) {
            throw new FanOutException(252, "ConflictingFanOut", "--profiles and --profile cannot be combined.",
                    "Drop --profile; --profiles names every profile the command runs with.");
        }
        if (accounts != null && CommandText.hasOption(base, "--role-arn")) {
            throw new FanOutException(252, "ConflictingFanOut", "--accounts and --role-arn cannot be combined.",
                    "Drop --role-arn; use --role-name to name the role assumed in each account.");
        }
        boolean allRegions = CommandText.hasRegionWildcard(base);
        String named = allRegions ? null : CommandText.optionValue(base, "--region").orElse(null);
        List<Target> out = new ArrayList<>();
        if (profiles != null) {
            List<String> known = credentialedProfiles.get();
            List<String> names = profiles.equals("*") ? known : split(profiles);
            for (String p : names) {
                if (!known.contains(p)) {
                    throw new FanOutException(253, "ProfileNotFound", "The profile '" + p + "' is not configured "
                            + "with credentials, so nothing was run.", known.isEmpty()
                            ? "Configure it in ~/.aws/config or ~/.aws/credentials."
                            : "Profiles with credentials: " + String.join(", ", known) + ".");
                }
            }
            if (names.isEmpty()) {
                throw new FanOutException(253, "NoProfiles", "No profile with credentials is configured, so --profiles '*'"
                        + " has nothing to run with.", "Configure profiles in ~/.aws/config, or name them: --profiles a,b.");
            }
            for (String p : names) {
                for (String r : allRegions ? regions.enabledRegions(p) : singleton(named)) {
                    out.add(new Target(p, null, null, r, null));
                }
            }
            return out;
        }
        String roleName = CommandText.optionValue(command, "--role-name").orElse(DEFAULT_ROLE_NAME);
        if (!ROLE_NAME.matcher(roleName).matches()) {
            throw new FanOutException(252, "InvalidRoleName", "--role-name '" + roleName + "' is not an IAM role name.",
                    "Use the role's name, not its ARN, e.g. --role-name " + DEFAULT_ROLE_NAME + ".");
        }
        String profile = CommandText.optionValue(base, "--profile").orElse(null);
        String[] caller = caller(profile, context);
        Map<String, String> names = new LinkedHashMap<>();
        if (accounts.equals("*")) {
            names.putAll(organizationAccounts(profile, context));
        } else {
            for (String id : split(accounts)) {
                if (!ACCOUNT_ID.matcher(id).matches()) {
                    throw new FanOutException(252, "InvalidAccountId", "--accounts '" + id + "' is not a 12-digit "
                            + "account id.", "Write --accounts 111122223333,444455556666 or --accounts '*'.");
                }
                names.put(id, null);
            }
        }
        List<String> enabled = allRegions ? regions.enabledRegions(profile) : singleton(named);
        for (Map.Entry<String, String> a : names.entrySet()) {
            String role = a.getKey().equals(caller[0]) ? null
                    : "arn:" + caller[1] + ":iam::" + a.getKey() + ":role/" + roleName;
            for (String r : enabled) {
                out.add(new Target(profile, a.getKey(), a.getValue(), r, role));
            }
        }
        return out;
    }

    /** The caller's account id and partition, from STS. */
    private String[] caller(String profile, ExecutionContext context) {
        CommandResult r = aws.execute("aws sts get-caller-identity --output json" + profileOption(profile),
                internal(context));
        if (!r.ok() || r.json() == null) {
            ErrorInfo e = r.error();
            throw new FanOutException(r.exitCode() == 0 ? 253 : r.exitCode(), e == null ? "NoCallerIdentity" : e.code(),
                    "Could not tell which account the caller is in: " + (e == null ? "no answer" : e.message()),
                    e == null || e.hint() == null ? "Check the credentials with 'aws sts get-caller-identity'." : e.hint());
        }
        String arn = r.json().path("Arn").asText("arn:aws:");
        return new String[] {r.json().path("Account").asText(), arn.split(":")[1]};
    }

    /** Every ACTIVE account of the caller's Organization, id to name. */
    private Map<String, String> organizationAccounts(String profile, ExecutionContext context) {
        CommandResult r = aws.execute("aws organizations list-accounts --output json" + profileOption(profile),
                internal(context));
        if (!r.ok() || r.json() == null) {
            ErrorInfo e = r.error();
            String code = e == null ? "ListAccountsFailed" : e.code();
            String hint = code.contains("NotInUse")
                    ? "This account is not in an AWS Organization; name the accounts with --accounts ID,ID, or use --profiles."
                    : code.contains("AccessDenied") || code.equals("DeniedByPolicy")
                    ? "--accounts '*' needs organizations:ListAccounts from the management account or a delegated "
                            + "administrator; name the accounts with --accounts ID,ID instead."
                    : e == null ? null : e.hint();
            throw new FanOutException(r.exitCode() == 0 ? 254 : r.exitCode(), code,
                    "Could not list the Organization's accounts: " + (e == null ? "no answer" : e.message()), hint);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode a : r.json().path("Accounts")) {
            String state = a.path("State").asText(a.path("Status").asText("ACTIVE"));
            if (state.equals("ACTIVE")) {
                out.put(a.path("Id").asText(), a.path("Name").asText(null));
            }
        }
        if (out.isEmpty()) {
            throw new FanOutException(254, "NoActiveAccounts", "The Organization lists no ACTIVE account.",
                    "Check 'aws organizations list-accounts' from the management account.");
        }
        return out;
    }

    private List<TargetResult> runAll(String base, List<Target> targets, ExecutionContext context) {
        int total = targets.size();
        AtomicInteger done = new AtomicInteger();
        Map<String, Semaphore> perAccount = new ConcurrentHashMap<>();
        ExecutionContext quiet = context.withProgress(null);
        context.progress().progress(0, total, "running on " + total + " targets");
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(limits.maxParallel(), total), r -> {
            Thread t = new Thread(r, "aws-mcp-fan-out");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TargetResult>> futures = new ArrayList<>(total);
            for (Target t : targets) {
                String command = commandFor(base, t);
                futures.add(pool.submit(() -> {
                    Semaphore gate = perAccount.computeIfAbsent(t.account() != null ? t.account()
                            : String.valueOf(t.profile()), k -> new Semaphore(limits.maxParallelPerAccount()));
                    CommandResult r;
                    gate.acquireUninterruptibly();
                    try {
                        r = context.cancelled().getAsBoolean() ? CommandBatch.failure(command,
                                CommandBatch.CANCELLED_EXIT_CODE, new ErrorInfo("Cancelled", "The call was cancelled "
                                        + "before this target ran.", "Run the command again if you still need it."))
                                : aws.execute(command, quiet);
                    } finally {
                        gate.release();
                    }
                    int n = done.incrementAndGet();
                    context.progress().progress(n, total, n + " of " + total + " targets done ("
                            + label(t) + ")");
                    return new TargetResult(t, command, r);
                }));
            }
            List<TargetResult> out = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                out.add(await(futures.get(i), targets.get(i), commandFor(base, targets.get(i))));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static TargetResult await(Future<TargetResult> f, Target t, String command) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TargetResult(t, command, CommandBatch.failure(command, CommandBatch.CANCELLED_EXIT_CODE,
                    new ErrorInfo("Cancelled", "The fan-out was interrupted.", null)));
        } catch (java.util.concurrent.ExecutionException e) {
            return new TargetResult(t, command, CommandBatch.failure(command, 255, new ErrorInfo("InternalError",
                    "The target failed unexpectedly.", "Other targets are unaffected; report the command.")));
        }
    }

    private static String commandFor(String base, Target t) {
        String c = base;
        if (t.region() != null) {
            c = CommandText.withRegion(c, t.region());
        }
        if (t.profile() != null && !CommandText.hasOption(c, "--profile")) {
            c = CommandText.withOption(c, "--profile", CommandText.quote(t.profile()));
        }
        if (t.roleArn() != null) {
            c = CommandText.withOption(c, "--role-arn", t.roleArn());
        }
        return CommandText.withOption(c, "--output", "json");
    }

    private CommandResult merged(String command, List<TargetResult> results, String query, String output) {
        ObjectNode doc = NODES.objectNode();
        ArrayNode errors = NODES.arrayNode();
        CommandResult first = null;
        List<String> ids = new ArrayList<>();
        int status = 0;
        for (TargetResult tr : results) {
            CommandResult r = tr.result();
            ids.addAll(r.requestIds());
            status = r.httpStatus() != 0 ? r.httpStatus() : status;
            if (!r.ok()) {
                ObjectNode e = errors.addObject();
                tag(e, tr.target(), r);
                describeError(e, r);
                continue;
            }
            first = first == null ? r : first;
            if (r.json() == null || !r.json().isObject()) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = r.json().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                if (!member.getValue().isArray()) {
                    continue;
                }
                ArrayNode into = doc.has(member.getKey()) ? (ArrayNode) doc.get(member.getKey())
                        : doc.putArray(member.getKey());
                for (JsonNode item : member.getValue()) {
                    JsonNode copy = item.deepCopy();
                    if (copy.isObject()) {
                        tagTree((ObjectNode) copy, tr.target(), r);
                    }
                    into.add(copy);
                }
            }
        }
        if (!errors.isEmpty()) {
            doc.set("FanOutErrors", errors);
        }
        if (first == null) {
            TargetResult f = results.isEmpty() ? null : results.get(0);
            ErrorInfo e = f == null ? new ErrorInfo("NoTargets", "The fan-out had no target.", null)
                    : new ErrorInfo(f.result().error() == null ? "Unknown" : f.result().error().code(), "Every target "
                    + "failed; the first (" + label(f.target()) + "): " + (f.result().error() == null ? "exit code "
                    + f.result().exitCode() : f.result().error().message()), f.result().error() == null ? null
                    : f.result().error().hint());
            return new CommandResult(command, null, null, f == null ? 255 : f.result().exitCode(), doc,
                    formatter.render(doc, "json", null), e, null, ids, status, Duration.ZERO);
        }
        return rendered(command, first, doc, query, output, ids, status);
    }

    private CommandResult raw(String command, List<TargetResult> results, String query, String output) {
        ArrayNode list = NODES.arrayNode();
        CommandResult first = null;
        List<String> ids = new ArrayList<>();
        int status = 0;
        for (TargetResult tr : results) {
            CommandResult r = tr.result();
            ids.addAll(r.requestIds());
            status = r.httpStatus() != 0 ? r.httpStatus() : status;
            first = first == null && r.ok() ? r : first;
            ObjectNode o = list.addObject();
            tag(o, tr.target(), r);
            if (tr.target().profile() != null) {
                o.put("Profile", tr.target().profile());
            }
            o.put("Status", r.ok() ? "OK" : "ERROR");
            if (r.ok()) {
                o.set("Output", r.json());
            } else {
                describeError(o.putObject("Error"), r);
            }
        }
        return rendered(command, first, list, query, output, ids, status);
    }

    private CommandResult rendered(String command, CommandResult first, JsonNode doc, String query, String output,
                                   List<String> ids, int status) {
        JsonNode shown = doc;
        try {
            if (query != null) {
                shown = formatter.query(doc, query);
            }
            String text = formatter.render(shown, output, first == null ? null : title(first.operation()));
            return new CommandResult(command, first == null ? null : first.service(),
                    first == null ? null : first.operation(), 0, shown, text, null, null, ids, status, Duration.ZERO);
        } catch (RuntimeException e) {
            return failure(command, 252, new ErrorInfo("InvalidQuery", "--query could not be applied to the merged "
                    + "answer: " + e.getMessage(), "The merged document has the lists of one target's output, each "
                    + "item tagged with Account and Region; write the query against that."));
        }
    }

    /** The table title the AWS CLI prints: the operation's model name ({@code describe-instances} → DescribeInstances). */
    private static String title(String cliOperation) {
        if (cliOperation == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String part : cliOperation.split("-")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    /** Code, Message and Hint of a failed target. */
    private static void describeError(ObjectNode e, CommandResult r) {
        e.put("Code", r.error() == null ? "Unknown" : r.error().code());
        e.put("Message", r.error() == null ? "exit code " + r.exitCode() : r.error().message());
        if (r.error() != null && r.error().hint() != null) {
            e.put("Hint", r.error().hint());
        }
    }

    /** Tags an object and the objects of the lists directly inside it. */
    private static void tagTree(ObjectNode o, Target t, CommandResult r) {
        tag(o, t, r);
        for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
            JsonNode child = it.next();
            if (child.isArray()) {
                for (JsonNode grand : child) {
                    if (grand.isObject()) {
                        tag((ObjectNode) grand, t, r);
                    }
                }
            }
        }
    }

    private static void tag(ObjectNode o, Target t, CommandResult r) {
        String account = t.account() != null ? t.account() : t.profile();
        if (!o.has("Account") && account != null) {
            o.put("Account", account);
        }
        if (!o.has("AccountName") && t.accountName() != null) {
            o.put("AccountName", t.accountName());
        }
        if (!o.has("Region") && t.region() != null) {
            o.put("Region", t.region());
        }
    }

    private static String label(Target t) {
        String who = t.account() != null ? t.account() : t.profile() != null ? "profile " + t.profile() : "caller";
        return t.region() == null ? who : who + " " + t.region();
    }

    private static ExecutionContext internal(ExecutionContext context) {
        return new ExecutionContext(context.clientName(), context.clientVersion(), "fan-out", null,
                context.cancelled(), context.consent(), context.mfa());
    }

    private static String profileOption(String profile) {
        return profile == null ? "" : " --profile " + CommandText.quote(profile);
    }


    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static List<String> singleton(String value) {
        List<String> l = new ArrayList<>();
        l.add(value);
        return l;
    }

    private static CommandResult failure(String command, int exitCode, ErrorInfo error) {
        return CommandBatch.failure(command, exitCode, error);
    }

    /** A fan-out that cannot start: nothing was sent to any target. */
    private static final class FanOutException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int exitCode;
        private final transient ErrorInfo error;

        FanOutException(int exitCode, String code, String message, String hint) {
            super(message, null, false, false);
            this.exitCode = exitCode;
            this.error = new ErrorInfo(code, message, hint);
        }
    }
}
