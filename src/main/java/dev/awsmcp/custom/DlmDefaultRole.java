package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import java.util.List;
import java.util.Map;

/**
 * {@code aws dlm create-default-role [--resource-type snapshot|image] [--iam-endpoint URL]}
 * ({@code awscli/customizations/dlm/createdefaultrole.py}): creates Data Lifecycle Manager's default role with its
 * trust policy and attaches the managed policy, unless the role exists or the managed policy does not; prints the
 * role and the policy document, or nothing. IAM calls go to {@code --iam-endpoint} when given (not to
 * {@code --endpoint-url}), as the CLI's nested client does.
 */
final class DlmDefaultRole implements Customization {
    private static final CustomArguments ARGS = new CustomArguments("dlm create-default-role", List.of(
            Argument.text("iam-endpoint"), Argument.text("resource-type").withDefault("snapshot")));
    private static final String TRUST_POLICY = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"\", "
            + "\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"dlm.amazonaws.com\"}, \"Action\": "
            + "\"sts:AssumeRole\"}]}";

    @Override
    public String group() {
        return "dlm";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("create-default-role", "Creates the default IAM role of Data Lifecycle Manager.");
    }

    @Override
    public void plan(Invocation invocation, CustomPlan plan) {
        plan.api("iam", "GetRole").api("iam", "GetPolicy").api("iam", "CreateRole").api("iam", "AttachRolePolicy")
                .api("iam", "GetPolicyVersion");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        ObjectNode a = ARGS.parse(h.args(), calls.files());
        String type = a.get("resource-type").asText();
        if (!type.equals("snapshot") && !type.equals("image")) {
            throw new CustomCommandException("InvalidChoice", "argument --resource-type: invalid choice: '" + type
                    + "' (choose from 'snapshot', 'image')", "Use --resource-type snapshot or image.", 2);
        }
        boolean image = type.equals("image");
        String roleName = image ? "AWSDataLifecycleManagerDefaultRoleForAMIManagement"
                : "AWSDataLifecycleManagerDefaultRole";
        String policyName = image ? "AWSDataLifecycleManagerServiceRoleForAMIManagement"
                : "AWSDataLifecycleManagerServiceRole";
        GlobalOptions iam = h.options().withEndpointUrl(CustomArguments.text(a, "iam-endpoint"));
        if (IamRoles.exists(calls, iam, "GetRole", "RoleName", roleName)) {
            return CustomResult.printed("");
        }
        String arn = "arn:" + IamRoles.partition(calls.region(h.options())) + ":iam::aws:policy/service-role/" + policyName;
        if (!IamRoles.exists(calls, iam, "GetPolicy", "PolicyArn", arn)) {
            return CustomResult.printed("");
        }
        ObjectNode create = JsonNodeFactory.instance.objectNode().put("RoleName", roleName)
                .put("AssumeRolePolicyDocument", TRUST_POLICY);
        ObjectNode role = calls.call("iam", "CreateRole", create, iam);
        calls.call("iam", "AttachRolePolicy", JsonNodeFactory.instance.objectNode().put("PolicyArn", arn)
                .put("RoleName", roleName), iam);
        JsonNode policy = calls.call("iam", "GetPolicy", JsonNodeFactory.instance.objectNode().put("PolicyArn", arn),
                iam);
        JsonNode version = calls.call("iam", "GetPolicyVersion", JsonNodeFactory.instance.objectNode()
                .put("PolicyArn", arn).put("VersionId", policy.path("Policy").path("DefaultVersionId").asText("")),
                iam);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        JsonNode document = version.path("PolicyVersion").path("Document");
        result.set("RolePolicy", document.isMissingNode() ? JsonNodeFactory.instance.objectNode() : document);
        role.fields().forEachRemaining(e -> result.set(e.getKey(), e.getValue()));
        return CustomResult.document(result, "create_role");
    }
}
