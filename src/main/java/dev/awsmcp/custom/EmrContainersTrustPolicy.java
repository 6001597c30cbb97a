package dev.awsmcp.custom;

import dev.awsmcp.text.PythonJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code aws emr-containers update-role-trust-policy} ({@code awscli/customizations/emrcontainers/}): adds to an IAM
 * role's trust policy the statement that lets EMR on EKS job pods of a namespace assume it through the cluster's OIDC
 * provider (the role name base36-encoded into the service-account pattern, as the CLI does), unless an equal
 * statement is there; {@code --dry-run} prints the merged policy instead. The EKS call ignores
 * {@code --endpoint-url}; the IAM calls go to {@code --iam-endpoint} when given.
 */
final class EmrContainersTrustPolicy implements Customization {
    private static final CustomArguments ARGS = new CustomArguments("emr-containers update-role-trust-policy", List.of(
            Argument.text("cluster-name").asRequired(), Argument.text("namespace").asRequired(),
            Argument.text("role-name").asRequired(), Argument.text("iam-endpoint"), Argument.flag("dry-run")));

    @Override
    public String group() {
        return "emr-containers";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("update-role-trust-policy", "Lets EMR on EKS jobs of a namespace assume an IAM role (adds the "
                + "trust policy statement).");
    }

    @Override
    public void plan(Invocation in, CustomPlan plan) {
        plan.api("eks", "DescribeCluster").api("iam", "GetRole");
        if (!in.has("--dry-run")) {
            plan.api("iam", "UpdateAssumeRolePolicy");
        }
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        ObjectNode args = ARGS.parse(h.args(), calls.files());
        String roleName = CustomArguments.text(args, "role-name");
        String region = calls.region(h.options());
        JsonNode cluster = calls.call("eks", "DescribeCluster", JsonNodeFactory.instance.objectNode()
                .put("name", CustomArguments.text(args, "cluster-name")), h.options().withoutEndpointUrl()).path("cluster");
        String[] arn = cluster.path("arn").asText("").split(":");
        String issuer = cluster.path("identity").path("oidc").path("issuer").asText("");
        if (arn.length < 5 || !issuer.contains("https://")) {
            throw new CustomCommandException("ClusterWithoutOidc", "The cluster " + CustomArguments.text(args,
                    "cluster-name") + " has no OIDC issuer (or no ARN) to trust.", "Check the cluster name and "
                    + "--region; an EKS cluster has an OIDC issuer once it is active.");
        }
        String account = arn[4];
        String oidc = issuer.substring(issuer.indexOf("https://") + "https://".length());
        ObjectNode statement = statement(IamRoles.partition(region), account, oidc,
                CustomArguments.text(args, "namespace"), base36(roleName));
        GlobalOptions iam = h.options().withEndpointUrl(CustomArguments.text(args, "iam-endpoint"));
        JsonNode document = calls.call("iam", "GetRole", JsonNodeFactory.instance.objectNode().put("RoleName", roleName),
                iam).path("Role").path("AssumeRolePolicyDocument");
        ObjectNode policy = document.isObject() ? (ObjectNode) document.deepCopy() : JsonNodeFactory.instance.objectNode();
        JsonNode statements = policy.get("Statement");
        if (statements != null && statements.isArray()) {
            for (JsonNode existing : statements) {
                if (matches(statement, existing)) {
                    return CustomResult.printed("Trust policy statement already exists for role " + roleName
                            + ". No changes were made!\n");
                }
            }
        }
        ArrayNode merged;
        if (statements == null || statements.isNull()) {
            merged = policy.putArray("Statement");
        } else if (statements.isArray()) {
            merged = (ArrayNode) statements;
        } else { // a single statement object: IAM allows it; the CLI cannot append to it, we make it a list
            merged = JsonNodeFactory.instance.arrayNode().add(statements);
            policy.set("Statement", merged);
        }
        merged.add(statement);
        if (CustomArguments.flag(args, "dry-run")) {
            return CustomResult.printed(PythonJson.dumps(policy, 2, true) + "\n");
        }
        calls.call("iam", "UpdateAssumeRolePolicy", JsonNodeFactory.instance.objectNode().put("RoleName", roleName)
                .put("PolicyDocument", PythonJson.dumps(policy, -1, true)), iam);
        return CustomResult.printed("Successfully updated trust policy of role " + roleName + "\n");
    }

    /** {@code TRUST_POLICY_STATEMENT_FORMAT}, in its key order. */
    private static ObjectNode statement(String partition, String account, String oidc, String namespace,
                                        String encodedRole) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("Effect", "Allow");
        s.putObject("Principal").put("Federated", "arn:" + partition + ":iam::" + account + ":oidc-provider/" + oidc);
        s.put("Action", "sts:AssumeRoleWithWebIdentity");
        s.putObject("Condition").putObject("StringLike").put(oidc + ":sub", "system:serviceaccount:" + namespace
                + ":emr-containers-sa-*-*-" + account + "-" + encodedRole);
        return s;
    }

    /** {@code check_if_dict_matches}: the same keys, nested maps alike, every other value the same string. */
    static boolean matches(JsonNode expected, JsonNode actual) {
        if (!actual.isObject() || expected.size() != actual.size()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode a = actual.get(e.getKey());
            if (e.getValue().isObject()) {
                if (!matches(e.getValue(), a == null ? JsonNodeFactory.instance.objectNode() : a)) {
                    return false;
                }
            } else if (a == null || !a.isTextual() || !a.asText().equals(e.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    /** {@code Base36.encode}: the name's code points as one base-256 number, written in base 36. */
    static String base36(String name) {
        BigInteger n = BigInteger.ZERO;
        for (int cp : name.codePoints().toArray()) {
            n = n.shiftLeft(8).add(BigInteger.valueOf(cp));
        }
        return n.toString(36);
    }
}
