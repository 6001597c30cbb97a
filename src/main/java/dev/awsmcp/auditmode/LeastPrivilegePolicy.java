package dev.awsmcp.auditmode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.policy.Decision;
import dev.awsmcp.policy.DecisionContext;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IAM policy that allows exactly the actions an audit trail shows (the iamlive idea): from any trail, an
 * audit's or an agent's {@code serve} session, only the allowed calls count; local actions ({@code local:...}) are
 * not IAM actions and are left out. Also the policy the bundled packs need, so a team can create the audit role
 * before the first run.
 */
public final class LeastPrivilegePolicy {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");

    private LeastPrivilegePolicy() {}

    /**
     * The actions of an audit trail's allowed calls.
     *
     * @param lines the trail's JSON lines
     * @return the IAM actions, sorted
     * @throws CheckException naming the line number of a line that is not an audit record
     */
    public static Set<String> actionsFromTrail(List<String> lines) {
        Set<String> actions = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode r;
            try {
                r = JsonReport.JSON.readTree(line);
            } catch (IOException e) {
                throw new CheckException("InvalidAuditTrail", "Line " + (i + 1) + " is not a JSON audit record.",
                        "Pass an aws-mcp audit trail (audit.jsonl), one JSON record per line.");
            }
            if (!r.has("iamActions")) {
                throw new CheckException("InvalidAuditTrail", "Line " + (i + 1) + " has no iamActions: it is not an "
                        + "aws-mcp audit record.", "Pass an aws-mcp audit trail (audit.jsonl).");
            }
            if ("allow".equals(r.path("decision").asText()) && r.path("httpStatus").asInt() != 0) {
                r.path("iamActions").forEach(a -> {
                    if (!a.asText().startsWith("local:")) {
                        actions.add(a.asText());
                    }
                });
            }
        }
        return actions;
    }

    /**
     * The actions every command of some checks needs, from the classifier's plans.
     *
     * @param checks the checks
     * @return the IAM actions, sorted
     */
    public static Set<String> actionsForChecks(Collection<Check> checks) {
        CommandParser parser = new CommandParser(ServiceCatalog.bundled(), FileReader.denyAll(),
                CustomizationRegistry.bundled().commandNames());
        PolicyEngine policy = PolicyEngine.of(PolicySettings.defaults());
        Set<String> actions = new TreeSet<>();
        for (Check c : checks) {
            List<String> commands = new java.util.ArrayList<>(List.of(c.list()));
            c.steps().forEach(s -> commands.add(s.command()));
            for (String template : commands) {
                String command = PLACEHOLDER.matcher(template).replaceAll(Matcher.quoteReplacement(
                        "aws-mcp-audit-placeholder-value"));
                Decision d = policy.decide(policy.plan(parser.parse(command)), DecisionContext.unknown());
                d.iamActions().stream().filter(a -> !a.startsWith("local:")).forEach(actions::add);
            }
        }
        actions.add("sts:GetCallerIdentity");
        return actions;
    }

    /**
     * An IAM policy document allowing these actions on every resource.
     *
     * @param actions the actions
     * @return the policy JSON
     */
    public static ObjectNode document(Set<String> actions) {
        ObjectNode doc = JsonReport.JSON.createObjectNode();
        doc.put("Version", "2012-10-17");
        ObjectNode s = doc.putArray("Statement").addObject();
        s.put("Sid", "AwsMcpObservedActions");
        s.put("Effect", "Allow");
        actions.forEach(s.putArray("Action")::add);
        s.put("Resource", "*");
        return doc;
    }
}
