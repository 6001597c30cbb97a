package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code aws emr create-default-roles [--iam-endpoint URL]} ({@code awscli/customizations/emr/createdefaultroles.py}):
 * creates {@code EMR_EC2_DefaultRole} with its instance profile, {@code EMR_DefaultRole} and
 * {@code EMR_AutoScaling_DefaultRole} where they are missing, each with its trust policy (service principals read
 * off the EMR endpoint, as the CLI does) and managed policy, and prints the roles it created with their policy
 * documents. Unlike the CLI it does not write {@code service_role}/{@code instance_profile} into the {@code emr}
 * section of the config file: aws-mcp does not read that section (give the roles as options).
 */
final class EmrDefaultRoles implements Customization {
    private static final CustomArguments ARGS = new CustomArguments("emr create-default-roles",
            List.of(Argument.text("iam-endpoint")));
    private static final Pattern REGION_FIRST = Pattern.compile("(https?://)([^.]+).elasticmapreduce.([^/]*)");
    private static final Pattern SERVICE_FIRST = Pattern.compile("(https?://elasticmapreduce).([^.]+).([^/]*)");
    private static final List<String> CHINA_REGIONS = List.of("cn-north-1", "cn-northwest-1");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** One default role: its name, managed policy and the services that may assume it. */
    private record DefaultRole(String name, String policy, List<String> services) {}

    @Override
    public String group() {
        return "emr";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("create-default-roles", "Creates EMR's default IAM roles and instance profile where missing.");
    }

    @Override
    public void plan(Invocation invocation, CustomPlan plan) {
        plan.api("iam", "GetRole").api("iam", "CreateRole").api("iam", "AttachRolePolicy").api("iam", "GetPolicy")
                .api("iam", "GetPolicyVersion").api("iam", "GetInstanceProfile").api("iam", "CreateInstanceProfile")
                .api("iam", "AddRoleToInstanceProfile");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        ObjectNode a = ARGS.parse(h.args(), calls.files());
        String region = calls.region(h.options());
        URI emr = calls.endpoint("emr", "ListClusters", h.options());
        GlobalOptions iam = h.options().withEndpointUrl(CustomArguments.text(a, "iam-endpoint"));
        // every principal is resolved before anything is created (the CLI creates the EC2 role first and may then
        // fail on the next one's principal, leaving a half-done set)
        for (String service : List.of("ec2", "elasticmapreduce", "application-autoscaling")) {
            principal(service, emr);
        }
        ArrayNode result = F.arrayNode();
        create(new DefaultRole(EmrClusterRequest.EC2_ROLE_NAME, "AmazonElasticMapReduceforEC2Role", List.of("ec2")),
                region, emr, iam, calls, result);
        String profile = EmrClusterRequest.EC2_ROLE_NAME;
        if (!IamRoles.exists(calls, iam, "GetInstanceProfile", "InstanceProfileName", profile)) {
            calls.call("iam", "CreateInstanceProfile", F.objectNode().put("InstanceProfileName", profile), iam);
            calls.call("iam", "AddRoleToInstanceProfile", F.objectNode().put("InstanceProfileName", profile)
                    .put("RoleName", profile), iam);
        }
        create(new DefaultRole(EmrClusterRequest.EMR_ROLE_NAME, "AmazonElasticMapReduceRole",
                List.of("elasticmapreduce")), region, emr, iam, calls, result);
        create(new DefaultRole("EMR_AutoScaling_DefaultRole", "AmazonElasticMapReduceforAutoScalingRole",
                List.of("elasticmapreduce", "application-autoscaling")), region, emr, iam, calls, result);
        return CustomResult.document(result, "create_role");
    }

    private static void create(DefaultRole role, String region, URI emr, GlobalOptions iam, CustomCalls calls,
                               ArrayNode result) {
        if (IamRoles.exists(calls, iam, "GetRole", "RoleName", role.name())) {
            return;
        }
        String arn = "arn:" + IamRoles.partition(region) + ":iam::aws:policy/service-role/" + role.policy();
        StringBuilder principal = new StringBuilder();
        if (role.services().size() == 1) {
            principal.append('"').append(principal(role.services().get(0), emr)).append('"');
        } else {
            principal.append("[\n");
            for (int i = 0; i < role.services().size(); i++) {
                principal.append("          \"").append(principal(role.services().get(i), emr)).append('"')
                        .append(i + 1 < role.services().size() ? ",\n" : "\n");
            }
            principal.append("        ]");
        }
        // emrutils.dict_to_string: json.dumps(indent=2)
        String trust = "{\n  \"Version\": \"2008-10-17\",\n  \"Statement\": [\n    {\n      \"Sid\": \"\",\n"
                + "      \"Effect\": \"Allow\",\n      \"Principal\": {\n        \"Service\": " + principal + "\n"
                + "      },\n      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}";
        JsonNode created = calls.call("iam", "CreateRole", F.objectNode().put("RoleName", role.name())
                .put("AssumeRolePolicyDocument", trust), iam);
        calls.call("iam", "AttachRolePolicy", F.objectNode().put("PolicyArn", arn).put("RoleName", role.name()), iam);
        JsonNode policy = calls.call("iam", "GetPolicy", F.objectNode().put("PolicyArn", arn), iam);
        JsonNode version = calls.call("iam", "GetPolicyVersion", F.objectNode().put("PolicyArn", arn)
                .put("VersionId", policy.path("Policy").path("DefaultVersionId").asText()), iam);
        if (created.hasNonNull("Role")) {
            ObjectNode entry = result.addObject();
            entry.set("Role", created.get("Role"));
            entry.set("RolePolicy", version.path("PolicyVersion").path("Document"));
        }
    }

    /** {@code get_service_principal}: from the EMR endpoint's DNS suffix. */
    static String principal(String service, URI emrEndpoint) {
        if (service.equals("ec2")) {
            return "ec2.amazonaws.com";
        }
        String url = emrEndpoint == null ? "" : emrEndpoint.toString();
        Matcher m = REGION_FIRST.matcher(url);
        if (!m.lookingAt()) {
            m = SERVICE_FIRST.matcher(url);
            if (!m.lookingAt()) {
                throw new CustomCommandException("ResolveServicePrincipal", "Could not resolve the service principal "
                        + "from the region or the endpoint.", "Run it without --endpoint-url, against the EMR "
                        + "endpoint of a real region (the trust policy names the service by its DNS suffix).", 255);
            }
        }
        String suffix = m.group(3);
        String region = m.group(2);
        if (service.equals("application-autoscaling") && !CHINA_REGIONS.contains(region)) {
            return "application-autoscaling.amazonaws.com";
        }
        return service + "." + suffix;
    }
}
