package dev.awsmcp.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.policy.CommandPlan;
import dev.awsmcp.policy.Decision;
import dev.awsmcp.policy.DecisionContext;
import dev.awsmcp.policy.FileAccessMode;
import dev.awsmcp.policy.PlannedCall;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges whether a remote tool call is a read, offline, before it is forwarded: by the {@link ToolRules}
 * (always-read knowledge tools; {@code call_aws} commands and {@code run_script} scripts classified by the same
 * classifier and read-only policy as {@code aws-mcp serve --read-only}; denied tools), else by the remote's
 * {@code readOnlyHint}. Anything it cannot place is not a read: unknown means deny.
 */
public final class RemoteToolGate {
    private final ToolRules rules;
    private final PolicyEngine readOnly;
    private final CommandParser parser;
    private final ServiceCatalog catalog;

    /**
     * @param rules the tool rules
     */
    public RemoteToolGate(ToolRules rules) {
        this.rules = rules;
        // The command runs on the remote, so its file:// arguments name the remote's files: never read ours.
        this.readOnly = PolicyEngine.of(PolicySettings.defaults().withReadOnly(true)
                .withFileAccess(FileAccessMode.NO_ACCESS, null));
        this.catalog = readOnly.classifier().catalog();
        this.parser = new CommandParser(catalog, readOnly.fileGuard(), CustomizationRegistry.bundled().commandNames());
    }

    /**
     * What a call is.
     *
     * @param read        whether it was judged a read
     * @param rule        what decided ({@code proxy:command}, the rule's origin, {@code annotation:readOnlyHint}, ...)
     * @param reason      one sentence
     * @param iamActions  the IAM actions of the AWS calls inside, when known
     * @param accessLevel their riskiest access level, or null
     * @param command     the AWS CLI command inside (call_aws), or null
     */
    public record Judgement(boolean read, String rule, String reason, List<String> iamActions, String accessLevel,
                            String command) {
        public Judgement {
            iamActions = List.copyOf(iamActions);
        }
    }

    /**
     * Whether read-only mode lists a tool: a rule keeps it (read, command, script), or no rule covers it and the
     * remote annotates it {@code readOnlyHint=true}.
     *
     * @param remoteTool   the remote's tool name
     * @param readOnlyHint the remote's annotation
     * @return whether to list it
     */
    public boolean listed(String remoteTool, boolean readOnlyHint) {
        Optional<ToolRule> r = rules.match(remoteTool);
        return r.map(rule -> rule.judge() != ToolRule.Judge.DENY).orElse(readOnlyHint);
    }

    /**
     * Judges one call.
     *
     * @param remoteTool   the remote's tool name
     * @param readOnlyHint the remote's annotation (null when the tool was never listed)
     * @param arguments    the call's arguments
     * @return the judgement
     */
    public Judgement judge(String remoteTool, Boolean readOnlyHint, JsonNode arguments) {
        Optional<ToolRule> match = rules.match(remoteTool);
        if (match.isEmpty()) {
            if (Boolean.TRUE.equals(readOnlyHint)) {
                return new Judgement(true, "annotation:readOnlyHint", "The remote annotates " + remoteTool
                        + " as read-only (readOnlyHint).", List.of(), null, null);
            }
            return new Judgement(false, "proxy:unknown-tool", "No read-only rule covers the remote tool '" + remoteTool
                    + "' and the remote does not annotate it readOnlyHint=true.", List.of(), null, null);
        }
        ToolRule rule = match.get();
        switch (rule.judge()) {
            case READ:
                return new Judgement(true, rule.origin(), "'" + remoteTool + "' is a read by rule (" + rule.tool() + ").",
                        List.of(), null, null);
            case DENY:
                return new Judgement(false, rule.origin(), rule.reason() != null ? rule.reason()
                        : "'" + remoteTool + "' is denied in read-only mode by rule (" + rule.tool() + ").", List.of(), null, null);
            case COMMAND:
                return commands(rule, argument(arguments, rule.argument()));
            case SCRIPT:
                return script(rule, argument(arguments, rule.argument()));
            default:
                throw new IllegalStateException(rule.judge().name());
        }
    }

    private Judgement commands(ToolRule rule, JsonNode value) {
        List<String> commands = new ArrayList<>();
        if (value != null && value.isTextual()) {
            commands.add(value.asText());
        } else if (value != null && value.isArray() && value.size() > 0) {
            for (JsonNode c : value) {
                if (!c.isTextual()) {
                    return notRead(rule, "its '" + rule.argument() + "' list holds a value that is not a command", null);
                }
                commands.add(c.asText());
            }
        } else {
            return notRead(rule, "it has no '" + rule.argument() + "' command to classify", null);
        }
        Set<String> actions = new LinkedHashSet<>();
        String level = null;
        for (String command : commands) {
            Decision d;
            try {
                ParsedCommand parsed = parser.parse(command);
                CommandPlan plan = readOnly.plan(parsed);
                d = readOnly.decide(plan, DecisionContext.of(plan.options(), Map.of()));
            } catch (AwsMcpException e) {
                return notRead(rule, "the command cannot be classified (" + e.getMessage() + ")", command);
            }
            actions.addAll(d.iamActions());
            level = d.accessLevel().label();
            if (!d.allowed()) {
                return new Judgement(false, "proxy:command/" + d.ruleId(), "The remote command is not a read: " + d.reason(),
                        List.copyOf(actions), level, String.join(" && ", commands));
            }
        }
        return new Judgement(true, "proxy:command", "The remote command is a read (" + String.join(", ", actions) + ").",
                List.copyOf(actions), level, String.join(" && ", commands));
    }

    private Judgement script(ToolRule rule, JsonNode value) {
        if (value == null || !value.isTextual()) {
            return notRead(rule, "it has no '" + rule.argument() + "' script to check", null);
        }
        ScriptCalls.Extraction x = ScriptCalls.of(value.asText());
        if (x.hidden() != null) {
            return notRead(rule, x.hidden(), null);
        }
        Set<String> actions = new LinkedHashSet<>();
        String level = null;
        for (ScriptCalls.BotoCall call : x.calls()) {
            Optional<ServiceModel> model = catalog.byName(call.service()).map(catalog::model)
                    .or(() -> catalog.model(call.service()));
            Optional<Operation> op = model.flatMap(m -> m.operation(call.operation()));
            if (op.isEmpty()) {
                return notRead(rule, "line " + call.line() + " calls " + call.service() + " " + call.operation()
                        + ", which is not an operation of the bundled models (operation_name is the PascalCase API name)", null);
            }
            CommandPlan plan = CommandPlan.of("call_boto3 " + call.service() + " " + call.operation(),
                    model.get().cliName() + " " + op.get().name(), GlobalOptions.none(),
                    List.of(PlannedCall.api(model.get(), op.get(), null)));
            Decision d = readOnly.decide(plan, DecisionContext.unknown());
            actions.addAll(d.iamActions());
            level = d.accessLevel().label();
            if (!d.allowed()) {
                return new Judgement(false, "proxy:script/" + d.ruleId(), "Line " + call.line() + " of the script calls "
                        + call.service() + " " + call.operation() + ", which is not a read: " + d.reason(),
                        List.copyOf(actions), level, null);
            }
        }
        return new Judgement(true, "proxy:script", x.calls().isEmpty() ? "The script makes no AWS call."
                : "Every AWS call of the script is a read (" + String.join(", ", actions) + ").", List.copyOf(actions), level, null);
    }

    private static Judgement notRead(ToolRule rule, String why, String command) {
        return new Judgement(false, rule.origin(), "The call cannot be shown to be a read: " + why + ".", List.of(), null, command);
    }

    /** The value at a dotted path of the arguments, or null. */
    static JsonNode argument(JsonNode arguments, String path) {
        JsonNode n = arguments;
        for (String part : path.split("\\.")) {
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(part);
        }
        return n;
    }
}
