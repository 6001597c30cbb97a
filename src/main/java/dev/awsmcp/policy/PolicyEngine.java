package dev.awsmcp.policy;

import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.model.AccessLevel;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.ParsedCommand;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a command may run. Precedence, first match wins:
 * <ol>
 *   <li><b>screen</b> ({@code screen:*}): shell operators, command substitution, look-alike characters → deny;</li>
 *   <li><b>file guard</b> ({@code file-guard}): a local path outside the working directory → deny;</li>
 *   <li><b>deny rules</b> ({@code rule:<id>}): any deny rule of the policy file that matches → deny, wherever it
 *       stands in the file;</li>
 *   <li><b>options</b> ({@code option:*}): {@code --endpoint-url} to a non-loopback host, {@code --no-verify-ssl},
 *       {@code --ca-bundle} → deny unless the policy allows them;</li>
 *   <li><b>read-only mode</b> ({@code mode:read-only}): anything but a read → deny; {@code unknown} always;
 *       sensitive reads unless {@code allowSensitiveReads} or an allow rule names them explicitly; reads placed only
 *       by the name heuristic unless {@code allowHeuristicReads} or an allow rule names them explicitly;</li>
 *   <li><b>allow and consent rules</b>, in file order ({@code rule:<id>}): the first that matches decides;</li>
 *   <li><b>consent mode</b> ({@code mode:require-consent}): anything but a data/override-placed read → consent;</li>
 *   <li><b>default</b> ({@code default}): the file's {@code default}, allow unless set.</li>
 * </ol>
 * A consent verdict is then settled by {@link #resolveConsent}: accepted → allow, declined or no way to ask → deny.
 *
 * <p>Thread-safe.
 */
public final class PolicyEngine {
    private final PolicySettings settings;
    private final Classifier classifier;
    private final FileGuard fileGuard;
    private final CommandPlanner planner;

    private final CustomizationRegistry customizations;

    private PolicyEngine(PolicySettings settings, Classifier classifier, FileGuard fileGuard,
                         CustomizationRegistry customizations) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.fileGuard = fileGuard;
        this.customizations = Objects.requireNonNull(customizations, "customizations");
        this.planner = new CommandPlanner(classifier.catalog(), customizations);
    }

    /**
     * This policy, planning customizations from another registry (the facade passes its own, so that a
     * customization an embedder registered is judged by its plan).
     *
     * @param registry the customizations that run
     * @return an engine with the same settings, classifier and file guard
     */
    public PolicyEngine withCustomizations(CustomizationRegistry registry) {
        return registry == customizations ? this : new PolicyEngine(settings, classifier, fileGuard, registry);
    }

    /**
     * An engine with the bundled classifier and the file guard the settings describe.
     *
     * @param settings the policy
     * @return the engine
     */
    public static PolicyEngine of(PolicySettings settings) {
        return new PolicyEngine(settings, Classifier.bundled(), FileGuard.from(settings), CustomizationRegistry.bundled());
    }

    /**
     * An engine with an explicit classifier and file guard.
     *
     * @param settings   the policy
     * @param classifier the classifier
     * @param fileGuard  the guard for the plan's local paths, or null to skip path checks here
     * @return the engine
     */
    public static PolicyEngine of(PolicySettings settings, Classifier classifier, FileGuard fileGuard) {
        return new PolicyEngine(settings, classifier, fileGuard, CustomizationRegistry.bundled());
    }

    /** The policy in effect. */
    public PolicySettings settings() {
        return settings;
    }

    /** Whether a rule matches on the account id (the gate then asks for the caller's account). */
    public boolean needsAccount() {
        return settings.rules().stream().anyMatch(r -> !r.accounts().isEmpty());
    }

    /** The classifier. */
    public Classifier classifier() {
        return classifier;
    }

    /** The file guard (also the {@link dev.awsmcp.command.FileReader} the parser should use), or null. */
    public FileGuard fileGuard() {
        return fileGuard;
    }

    /**
     * Classifies every call of a plan.
     *
     * @param plan the plan
     * @return one classification per call; an empty plan gives one {@code unknown} entry
     */
    public List<Classification> classify(CommandPlan plan) {
        List<Classification> out = new ArrayList<>();
        for (PlannedCall c : plan.calls()) {
            out.add(c.local() != null ? c.local() : classifier.classify(c.model(), c.operation(), c.params()));
        }
        if (out.isEmpty()) {
            out.add(new Classification("aws", PolicyRule.normalise(plan.commandPath()), List.of(),
                    AccessLevel.UNKNOWN, Source.UNKNOWN, false, "the command makes no call the classifier knows"));
        }
        return out;
    }

    /**
     * Plans a parsed command (what it calls, which local paths it touches).
     *
     * @param command the parser's result
     * @return the plan
     */
    public CommandPlan plan(ParsedCommand command) {
        return planner.plan(command);
    }

    /**
     * Decides a parsed command: {@link #plan(ParsedCommand)} then {@link #decide(CommandPlan, DecisionContext)}.
     *
     * @param command the parser's result
     * @param ctx     region, profile and account it would run with
     * @return the decision
     */
    public Decision decide(ParsedCommand command, DecisionContext ctx) {
        return decide(planner.plan(command), ctx);
    }

    /**
     * Decides a command.
     *
     * @param plan the command's plan
     * @param ctx  region, profile and account it would run with
     * @return the decision (never null; denials are returned, not thrown)
     */
    public Decision decide(CommandPlan plan, DecisionContext ctx) {
        DecisionContext context = ctx == null ? DecisionContext.unknown() : ctx;
        List<Classification> calls = classify(plan);
        Decision base = aggregate(calls);

        Optional<CommandScreen.Finding> screen = CommandScreen.check(plan.commandLine());
        if (screen.isPresent()) {
            return base.with(Verdict.DENY, "screen:" + screen.get().rule(), screen.get().reason());
        }
        Optional<String> pathProblem = checkPaths(plan);
        if (pathProblem.isPresent()) {
            return base.with(Verdict.DENY, "file-guard", pathProblem.get());
        }
        for (PolicyRule r : settings.rules()) {
            if (r.effect() == Verdict.DENY && r.matches(plan.commandPath(), calls, context)) {
                return base.with(Verdict.DENY, "rule:" + r.id(), "Policy rule '" + r.id() + "' denies "
                        + describe(base, calls) + unknownAccount(r, context) + ".");
            }
        }
        Optional<CommandScreen.Finding> option = OptionGuard.check(plan.options(), settings);
        if (option.isPresent()) {
            return base.with(Verdict.DENY, "option:" + option.get().rule(), option.get().reason());
        }
        if (settings.readOnly()) {
            Optional<String> why = readOnlyDenial(plan, calls, context);
            if (why.isPresent()) {
                return base.with(Verdict.DENY, "mode:read-only", why.get());
            }
        }
        for (PolicyRule r : settings.rules()) {
            if (r.effect() != Verdict.DENY && r.matches(plan.commandPath(), calls, context)) {
                return base.with(r.effect(), "rule:" + r.id(), "Policy rule '" + r.id() + "' "
                        + (r.effect() == Verdict.ALLOW ? "allows " : "asks for consent before ") + describe(base, calls) + ".");
            }
        }
        if (settings.requireConsent()) {
            Optional<Classification> risky = calls.stream().filter(c -> !plainRead(c)).findFirst();
            if (risky.isPresent()) {
                return base.with(Verdict.CONSENT, "mode:require-consent", "Consent mode asks a human before "
                        + describe(risky.get()) + ".");
            }
        }
        Verdict d = settings.defaultVerdict();
        return base.with(d, "default", (d == Verdict.ALLOW ? "Allowed " : d == Verdict.DENY ? "Denied " : "Consent needed for ")
                + describe(base, calls) + " by the policy default" + (d != Verdict.ALLOW && context.account() == null
                && settings.rules().stream().anyMatch(r -> r.effect() != Verdict.DENY && !r.accounts().isEmpty())
                ? ACCOUNT_UNKNOWN : "") + ".");
    }

    /**
     * Said when an account-scoped rule judged a command whose account is not known (the caller identity lookup
     * has not finished or failed): unknown facts never widen access, so deny rules apply and allow rules do not.
     */
    private static final String ACCOUNT_UNKNOWN = " (the account id of the credentials is not known: the server "
            + "learns it from sts get-caller-identity, which failed or did not answer in time, so rules scoped to "
            + "'accounts' treat it as unknown: deny rules apply, allow rules do not; check that the credentials work "
            + "and STS is reachable, then retry (a failed lookup is tried again after 5 minutes))";

    private static String unknownAccount(PolicyRule r, DecisionContext ctx) {
        return ctx.account() == null && !r.accounts().isEmpty() ? ACCOUNT_UNKNOWN : "";
    }

    /**
     * Settles a consent decision with the human's answer. Other verdicts are returned unchanged.
     *
     * @param decision a decision from {@link #decide}
     * @param answer   the answer; UNSUPPORTED when the client cannot ask
     * @return allow ({@code consent:accepted}) or deny ({@code consent:declined}, {@code consent:unavailable})
     */
    public Decision resolveConsent(Decision decision, ConsentAnswer answer) {
        if (decision.verdict() != Verdict.CONSENT) {
            return decision;
        }
        switch (answer == null ? ConsentAnswer.UNSUPPORTED : answer) {
            case ACCEPTED:
                return decision.with(Verdict.ALLOW, "consent:accepted", "A human approved " + actionsOf(decision)
                        + " (" + decision.ruleId() + " asked for consent).");
            case DECLINED:
                return decision.with(Verdict.DENY, "consent:declined", "A human declined " + actionsOf(decision)
                        + ", so nothing was sent.");
            default:
                return decision.with(Verdict.DENY, "consent:unavailable", "This call needs a human's consent ("
                        + decision.ruleId() + ") but the client cannot ask for it (no elicitation support), so "
                        + actionsOf(decision) + " was denied and nothing was sent.");
        }
    }

    /**
     * The text shown to the human when asking for consent.
     *
     * @param plan     the command
     * @param decision the consent decision
     * @return one paragraph
     */
    public static String consentPrompt(CommandPlan plan, Decision decision) {
        return "An AI agent wants to run: " + plan.commandPath() + "\nIt needs " + actionsOf(decision)
                + " (access level " + decision.accessLevel().label() + (decision.callClass() == CallClass.SENSITIVE_READ
                ? ", returns credentials or secrets" : "") + "). " + decision.reason() + " Allow it?";
    }

    private Optional<String> readOnlyDenial(CommandPlan plan, List<Classification> calls, DecisionContext ctx) {
        for (Classification c : calls) {
            switch (c.callClass()) {
                case UNKNOWN:
                    return Optional.of("Read-only mode denies " + describe(c) + ": nothing places it as a read, "
                            + "so it is treated as a write and nothing was sent.");
                case WRITE:
                    return Optional.of("Read-only mode denies " + describe(c) + "; only List and Read calls may run, "
                            + "and nothing was sent.");
                case SENSITIVE_READ:
                    if (!settings.allowSensitiveReads() && !explicitlyAllowed(plan, c, ctx)) {
                        return Optional.of("Read-only mode denies " + describe(c) + " because it returns "
                                + "credentials or secrets (sensitive-read); nothing was sent.");
                    }
                    break;
                default:
                    if (c.source() == Source.HEURISTIC && !settings.allowHeuristicReads()
                            && !explicitlyAllowed(plan, c, ctx)) {
                        return Optional.of("Read-only mode denies " + describe(c) + " because only the name "
                                + "heuristic places it as a read (not the IAM data); nothing was sent.");
                    }
            }
        }
        return Optional.empty();
    }

    private boolean explicitlyAllowed(CommandPlan plan, Classification c, DecisionContext ctx) {
        for (PolicyRule r : settings.rules()) {
            if (r.effect() == Verdict.ALLOW && r.matches(plan.commandPath(), List.of(c), ctx)
                    && r.namesExplicitly(plan.commandPath(), c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainRead(Classification c) {
        return c.callClass() == CallClass.READ && (c.source() == Source.DATA || c.source() == Source.OVERRIDE);
    }

    private Optional<String> checkPaths(CommandPlan plan) {
        if (fileGuard == null) {
            return Optional.empty();
        }
        try {
            for (String p : plan.localReads()) {
                fileGuard.checkRead(p);
            }
            for (String p : plan.localWrites()) {
                fileGuard.checkWrite(p);
            }
        } catch (CommandException e) {
            if (!e.code().equals("FileNotFound")) {
                return Optional.of(e.getMessage());
            }
        }
        return Optional.empty();
    }

    static Decision aggregate(List<Classification> calls) {
        Set<String> actions = new LinkedHashSet<>();
        AccessLevel level = AccessLevel.LIST;
        Source source = Source.DATA;
        CallClass cls = CallClass.READ;
        for (Classification c : calls) {
            actions.addAll(c.iamActions());
            level = AccessLevel.max(level, c.accessLevel());
            source = Source.weakest(source, c.source());
            cls = CallClass.max(cls, c.callClass());
        }
        return new Decision(Verdict.DENY, "pending", "pending", new ArrayList<>(actions), level, source, cls, calls);
    }

    /** The riskiest call, e.g. {@code ec2:TerminateInstances (access level Write)}. */
    private static String describe(Decision base, List<Classification> calls) {
        Classification worst = calls.get(0);
        for (Classification c : calls) {
            if (c.callClass().compareTo(worst.callClass()) > 0
                    || c.callClass() == worst.callClass() && c.accessLevel().compareTo(worst.accessLevel()) > 0) {
                worst = c;
            }
        }
        String more = base.iamActions().size() > worst.iamActions().size() ? " (and the command's other calls)" : "";
        return describe(worst) + more;
    }

    private static String describe(Classification c) {
        String actions = c.iamActions().isEmpty() ? c.service() + " " + c.operation() : String.join(", ", c.iamActions());
        return actions + " (access level " + c.accessLevel().label() + (c.source() == Source.DATA ? "" : ", " + c.source().label()) + ")";
    }

    private static String actionsOf(Decision d) {
        return d.iamActions().isEmpty() ? "the command" : String.join(", ", d.iamActions());
    }
}
