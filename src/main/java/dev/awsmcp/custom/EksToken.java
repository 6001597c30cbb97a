package dev.awsmcp.custom;

import dev.awsmcp.model.AccessLevel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code aws eks get-token --cluster-name C [--role-arn ARN]} ({@code customizations/eks/get_token.py}): an STS
 * {@code GetCallerIdentity} GET presigned for 60 seconds with the header {@code x-k8s-aws-id: C} signed, turned
 * into {@code k8s-aws-v1.<base64url(url), unpadded>} and printed as a Kubernetes {@code ExecCredential} through
 * the output formatter. With {@code --role-arn} the role is assumed first ({@code AssumeRole}, session name
 * {@code EKSGetTokenAuth}) and its credentials sign the URL. Like the CLI's nested STS clients, these ignore
 * {@code --endpoint-url} (the {@code AWS_ENDPOINT_URL_STS} settings still apply) and use the STS endpoint rules
 * ({@code sts_regional_endpoints}).
 */
final class EksToken implements Customization {
    static final String TOKEN_PREFIX = "k8s-aws-v1.";
    static final String K8S_AWS_ID_HEADER = "x-k8s-aws-id";
    static final Duration URL_TIMEOUT = Duration.ofSeconds(60);
    /** STS signs for 15 minutes; clients such as client-go refresh a minute before. */
    static final Duration TOKEN_EXPIRATION = Duration.ofMinutes(14);

    static final String ALPHA_API = "client.authentication.k8s.io/v1alpha1";
    static final String BETA_API = "client.authentication.k8s.io/v1beta1";
    static final String V1_API = "client.authentication.k8s.io/v1";

    private static final DateTimeFormatter EXPIRATION_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();


    @Override
    public String group() {
        return "eks";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("get-token", "Prints a Kubernetes authentication token.");
    }

    @Override
    public void plan(Invocation invocation, CustomPlan plan) {
        if (invocation.has("--role-arn")) {
            plan.api("sts", "AssumeRole"); // signs with the role's credentials (get_token.py STSClientFactory)
        }
        plan.local("eks", "get-token", List.of("sts:GetCallerIdentity"), AccessLevel.READ, true,
                "signs a Kubernetes bearer token with your credentials");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        CustomArgs args = CustomArgs.parse("eks get-token", h.args(), Set.of("cluster-name", "role-arn", "cluster-id"),
                List.of());
        // Checked before AssumeRole (the CLI assumes the role first, then fails): nothing is sent for a bad command.
        if (args.get("cluster-name").isPresent() && args.get("cluster-id").isPresent()) {
            throw new CustomCommandException("MutuallyExclusiveArguments", "The key \"cluster_id\" cannot be "
                    + "specified when one of the following keys are also specified: cluster_name",
                    "Pass --cluster-name for an EKS cluster, or --cluster-id for a local cluster on AWS Outposts.");
        }
        String identifier = args.get("cluster-id").or(() -> args.get("cluster-name")).orElseThrow(() ->
                new CustomCommandException("MissingClusterName",
                        "Either parameter --cluster-name or --cluster-id must be specified.",
                        "Pass --cluster-name <name> (or --cluster-id for a local cluster on AWS Outposts).", 252));
        // create_nested_client(session, 'sts', region_name=...) takes no endpoint_url.
        GlobalOptions sts = h.options().withoutEndpointUrl();
        RoleCredentials role = args.get("role-arn").map(arn -> assumeRole(calls, arn, sts)).orElse(null);
        URI url = calls.presign("sts", "GetCallerIdentity", JsonNodeFactory.instance.objectNode(),
                Map.of(K8S_AWS_ID_HEADER, identifier), URL_TIMEOUT, role, sts);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(url.toString().getBytes(StandardCharsets.UTF_8));
        ObjectNode credential = JsonNodeFactory.instance.objectNode();
        credential.put("kind", "ExecCredential");
        credential.put("apiVersion", apiVersion(calls.environmentVariable("KUBERNETES_EXEC_INFO").orElse("")));
        credential.putObject("spec");
        ObjectNode status = credential.putObject("status");
        status.put("expirationTimestamp", EXPIRATION_FORMAT.format(
                calls.now().plus(TOKEN_EXPIRATION).truncatedTo(ChronoUnit.SECONDS)));
        status.put("token", token);
        return CustomResult.document(credential, null, "\n"); // get_token.py prints a newline after it
    }

    private static RoleCredentials assumeRole(CustomCalls calls, String roleArn, GlobalOptions options) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("RoleArn", roleArn);
        params.put("RoleSessionName", "EKSGetTokenAuth");
        JsonNode c = calls.call("sts", "AssumeRole", params, options).path("Credentials");
        if (!c.hasNonNull("AccessKeyId") || !c.hasNonNull("SecretAccessKey")) {
            throw new CustomCommandException("NoRoleCredentials", "The AssumeRole response for " + roleArn
                    + " held no credentials.", "Check that the role exists and retry.");
        }
        return new RoleCredentials(c.get("AccessKeyId").asText(), c.get("SecretAccessKey").asText(),
                c.path("SessionToken").asText(null));
    }

    /**
     * The {@code apiVersion} the Kubernetes client asked for in {@code KUBERNETES_EXEC_INFO}: v1 and v1beta1 as
     * given, v1alpha1 too (deprecated), anything else or nothing v1beta1. (The CLI's warnings go to stderr, which a
     * result does not carry.)
     */
    static String apiVersion(String execInfo) {
        if (execInfo.isEmpty()) {
            return BETA_API;
        }
        JsonNode info;
        try {
            info = JSON.readTree(execInfo);
        } catch (Exception malformed) {
            return BETA_API;
        }
        String v = info == null ? null : info.path("apiVersion").asText(null);
        return V1_API.equals(v) || BETA_API.equals(v) || ALPHA_API.equals(v) ? v : BETA_API;
    }
}
