package dev.awsmcp.sop;

import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one tokenized command against the bundled models without the command parser: the service and operation
 * exist, every {@code --option} is a member of the operation's input (in its CLI spelling, with the AWS CLI's
 * argument renames) or a global option, booleans take no value, required members are present, and literal enum
 * values are allowed.
 */
final class SopCommandModelCheck {
    /** Global options and whether they take a value. */
    private static final Map<String, Boolean> GLOBALS = Map.ofEntries(
            Map.entry("--region", true), Map.entry("--profile", true), Map.entry("--endpoint-url", true),
            Map.entry("--output", true), Map.entry("--query", true), Map.entry("--no-paginate", false),
            Map.entry("--page-size", true), Map.entry("--max-items", true), Map.entry("--starting-token", true),
            Map.entry("--cli-read-timeout", true), Map.entry("--cli-connect-timeout", true), Map.entry("--color", true),
            Map.entry("--no-cli-pager", false), Map.entry("--no-sign-request", false),
            Map.entry("--cli-binary-format", true), Map.entry("--cli-input-json", true));

    /** The AWS CLI's argument renames we use ({@code awscli/customizations/argrename.py}): service.op.original → new. */
    private static final Map<String, String> RENAMES = Map.of(
            "sns.subscribe.endpoint", "notification-endpoint",
            "eks.create-cluster.version", "kubernetes-version",
            "eks.create-nodegroup.version", "kubernetes-version",
            "apigateway.create-rest-api.version", "api-version");

    private final ServiceCatalog catalog = ServiceCatalog.bundled();

    /** Problems with one command, empty when it is fine. */
    List<String> check(List<String> tokens) {
        List<String> problems = new ArrayList<>();
        if (tokens.size() < 3 || !tokens.get(0).equals("aws")) {
            return List.of("expected 'aws <service> <operation> ...'");
        }
        String service = tokens.get(1);
        String opName = tokens.get(2);
        Optional<ServiceModel> model = catalog.byCliName(service).map(catalog::model);
        if (model.isEmpty()) {
            return List.of("unknown service '" + service + "'");
        }
        Optional<Operation> op = model.get().operationByCliName(opName);
        if (op.isEmpty()) {
            return List.of("unknown operation '" + service + " " + opName + "'");
        }
        Map<String, Member> options = new HashMap<>();
        for (Map.Entry<String, Member> e : op.get().inputMembers().entrySet()) {
            String cli = CliNames.toCli(e.getKey());
            String renamed = RENAMES.get(service + "." + opName + "." + cli);
            options.put("--" + (renamed != null ? renamed : cli), e.getValue());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 3; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!t.startsWith("--")) {
                problems.add("unexpected value '" + t + "' (no option before it)");
                continue;
            }
            List<String> values = new ArrayList<>();
            while (i + 1 < tokens.size() && !tokens.get(i + 1).startsWith("--")) {
                values.add(tokens.get(++i));
            }
            if (GLOBALS.containsKey(t)) {
                if (GLOBALS.get(t) != (values.size() == 1)) {
                    problems.add("global option " + t + (GLOBALS.get(t) ? " needs one value" : " takes no value"));
                }
                continue;
            }
            Member member = options.get(t);
            boolean negated = false;
            if (member == null && t.startsWith("--no-")) {
                member = options.get("--" + t.substring(5));
                negated = member != null;
            }
            if (member == null) {
                problems.add("unknown option " + t + " for " + service + " " + opName);
                continue;
            }
            if (!seen.add(member.name())) {
                problems.add("option " + t + " given twice");
            }
            Shape shape = member.shape();
            if (shape.type() == ShapeType.BOOLEAN) {
                if (!values.isEmpty()) {
                    problems.add("boolean option " + t + " takes no value (use --" + (negated ? "" : "no-") + "...)");
                }
                continue;
            }
            if (negated) {
                problems.add("--no- form on non-boolean option " + t);
                continue;
            }
            if (values.isEmpty()) {
                problems.add("option " + t + " needs a value");
                continue;
            }
            if (shape.isEnum() && values.size() == 1 && !shape.enumValues().contains(values.get(0))) {
                problems.add("option " + t + " value '" + values.get(0) + "' is not one of " + shape.enumValues());
            }
            if (shape.type() != ShapeType.LIST && values.size() > 1) {
                problems.add("option " + t + " takes one value, got " + values);
            }
            if ((shape.type() == ShapeType.INTEGER || shape.type() == ShapeType.LONG) && !values.get(0).matches("-?\\d+")) {
                problems.add("option " + t + " needs an integer, got '" + values.get(0) + "'");
            }
        }
        for (Map.Entry<String, Member> e : options.entrySet()) {
            Member m = e.getValue();
            if (m.required() && !m.idempotencyToken() && !seen.contains(m.name())) {
                problems.add("missing required option " + e.getKey());
            }
        }
        return problems;
    }
}
