package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.model.AccessLevel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code aws deploy register} and {@code aws deploy deregister} ({@code awscli/customizations/codedeploy/register.py},
 * {@code deregister.py}): an on-premises instance's IAM user, access key and policy, its registration and tags, and
 * the way back. As in the CLI, the IAM calls ignore {@code --endpoint-url} and the progress lines are the output.
 * Unlike the CLI: the new secret access key is printed masked (it is written only to
 * {@code codedeploy.onpremises.yml}, through the file guard), and a failure ends with a non-zero exit code (the CLI
 * prints {@code ERROR} and exits 0).
 */
final class DeployOnPremises implements Customization {
    static final String CONFIG_FILE = "codedeploy.onpremises.yml";
    private static final Pattern INSTANCE_NAME = Pattern.compile("^[A-Za-z0-9+=,.@_-]+$");
    private static final Pattern IAM_USER_ARN = Pattern.compile("^arn:aws:iam::[0-9]{12}:user/[A-Za-z0-9/+=,.@_-]+$");
    private static final String POLICY = "{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [ {\n"
            + "        \"Action\": [ \"s3:Get*\", \"s3:List*\" ],\n        \"Effect\": \"Allow\",\n"
            + "        \"Resource\": \"*\"\n    } ]\n}";
    private static final JsonNode TAGS_SCHEMA = tagsSchema();
    private static final CustomArguments REGISTER = new CustomArguments("deploy register", List.of(
            Argument.text("instance-name").asRequired(), Argument.schema("tags", TAGS_SCHEMA),
            Argument.text("iam-user-arn")));
    private static final CustomArguments DEREGISTER = new CustomArguments("deploy deregister", List.of(
            Argument.text("instance-name").asRequired(), Argument.flag("no-delete-iam-user")));
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Override
    public String group() {
        return "deploy";
    }

    @Override
    public Map<String, String> commands() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("register", "Registers an on-premises instance (creating its IAM user unless one is given).");
        c.put("deregister", "Deregisters an on-premises instance and deletes its IAM user.");
        return c;
    }

    @Override
    public void plan(Invocation in, CustomPlan plan) {
        if (in.subcommand().equals("register")) {
            if (!in.has("--iam-user-arn")) {
                plan.api("iam", "CreateUser").api("iam", "CreateAccessKey").api("iam", "PutUserPolicy");
                plan.write(CONFIG_FILE);
            }
            plan.api("deploy", "RegisterOnPremisesInstance").api("deploy", "AddTagsToOnPremisesInstances");
            if (!in.has("--iam-user-arn")) {
                plan.local("deploy", "register", List.of("local:WriteConfig"), AccessLevel.WRITE, false,
                        "writes the new access key to " + CONFIG_FILE);
            }
            return;
        }
        plan.api("deploy", "GetOnPremisesInstance").api("deploy", "RemoveTagsFromOnPremisesInstances")
                .api("deploy", "DeregisterOnPremisesInstance");
        if (!in.has("--no-delete-iam-user")) {
            plan.api("iam", "ListUserPolicies").api("iam", "DeleteUserPolicy").api("iam", "ListAccessKeys")
                    .api("iam", "DeleteAccessKey").api("iam", "DeleteUser");
        }
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        boolean register = h.subcommand().equals("register");
        ObjectNode a = (register ? REGISTER : DEREGISTER).parse(h.args(), calls.files());
        String region = calls.region(h.options());
        if (region == null || region.isEmpty()) {
            throw new CustomCommandException("NoRegion", "Region not specified.", "Add --region.", 255);
        }
        String name = a.get("instance-name").asText();
        validateName(name);
        StringBuilder out = new StringBuilder();
        GlobalOptions iam = h.options().withoutEndpointUrl(); // create_nested_client(session, 'iam', region_name=...)
        try {
            if (register) {
                register(a, name, region, calls, h.options(), iam, out);
            } else {
                deregister(a, name, calls, h.options(), iam, out);
            }
        } catch (AwsMcpException e) {
            return CustomResult.failed(255, out.toString(), new CustomResult.Failure(e.code(), "ERROR\n"
                    + e.getMessage(), (register ? "Register" : "Deregister") + " the on-premises instance by "
                    + "following \"Configure Existing On-Premises Instances by Using AWS CodeDeploy\" in the AWS "
                    + "CodeDeploy User Guide."));
        }
        return CustomResult.printed(out.toString());
    }

    private static void register(ObjectNode a, String name, String region, CustomCalls calls, GlobalOptions o,
                                 GlobalOptions iam, StringBuilder out) {
        JsonNode tags = a.get("tags");
        if (tags != null && tags.size() > 10) {
            throw new CustomCommandException("TooManyTags", "Instances can only have a maximum of 10 tags.",
                    "Give at most 10 tags.", 255);
        }
        String userArn = CustomArguments.text(a, "iam-user-arn");
        if (userArn != null && !IAM_USER_ARN.matcher(userArn).matches()) {
            throw new CustomCommandException("InvalidIamUserArn", "Invalid IAM user ARN.",
                    "Give arn:aws:iam::<account>:user/<name>.", 255);
        }
        if (userArn == null) {
            Path config = calls.files().checkWrite(CONFIG_FILE); // refused before anything is created
            out.append("Creating the IAM user... ");
            userArn = calls.call("iam", "CreateUser", F.objectNode().put("Path", "/AWS/CodeDeploy/")
                    .put("UserName", name), iam).path("User").path("Arn").asText();
            out.append("DONE\nIamUserArn: ").append(userArn).append('\n');
            out.append("Creating the IAM user access key... ");
            JsonNode key = calls.call("iam", "CreateAccessKey", F.objectNode().put("UserName", name), iam)
                    .path("AccessKey");
            String keyId = key.path("AccessKeyId").asText();
            String secret = key.path("SecretAccessKey").asText();
            out.append("DONE\nAccessKeyId: ").append(keyId).append("\nSecretAccessKey: **** (in ").append(CONFIG_FILE)
                    .append(")\n");
            out.append("Creating the IAM user policy... ");
            calls.call("iam", "PutUserPolicy", F.objectNode().put("UserName", name).put("PolicyName",
                    "codedeploy-agent").put("PolicyDocument", POLICY), iam);
            out.append("DONE\nPolicyName: codedeploy-agent\nPolicyDocument: ").append(POLICY).append('\n');
            out.append("Creating the on-premises instance configuration file named ").append(CONFIG_FILE)
                    .append("...");
            writeConfig(config, "---\nregion: " + region + "\niam_user_arn: " + userArn + "\naws_access_key_id: "
                    + keyId + "\naws_secret_access_key: " + secret + "\n");
            out.append("DONE\n");
        }
        out.append("Registering the on-premises instance... ");
        calls.call("deploy", "RegisterOnPremisesInstance", F.objectNode().put("instanceName", name)
                .put("iamUserArn", userArn), o);
        out.append("DONE\n");
        if (tags != null && !tags.isEmpty()) {
            out.append("Adding tags to the on-premises instance... ");
            ObjectNode params = F.objectNode();
            params.set("tags", tags);
            params.putArray("instanceNames").add(name);
            calls.call("deploy", "AddTagsToOnPremisesInstances", params, o);
            out.append("DONE\n");
        }
        out.append("Copy the on-premises configuration file named ").append(CONFIG_FILE).append(" to the on-premises "
                + "instance, and run the following command on the on-premises instance to install and configure the "
                + "AWS CodeDeploy Agent:\naws deploy install --config-file ").append(CONFIG_FILE).append('\n');
    }

    private static void deregister(ObjectNode a, String name, CustomCalls calls, GlobalOptions o, GlobalOptions iam,
                                   StringBuilder out) {
        out.append("Retrieving on-premises instance information... ");
        JsonNode info = calls.call("deploy", "GetOnPremisesInstance", F.objectNode().put("instanceName", name), o)
                .path("instanceInfo");
        String userArn = info.path("iamUserArn").asText("");
        String user = userArn.substring(userArn.lastIndexOf('/') + 1);
        JsonNode tags = info.path("tags");
        out.append("DONE\nIamUserArn: ").append(userArn).append('\n');
        if (tags.isArray() && !tags.isEmpty()) {
            out.append("Tags:");
            tags.forEach(t -> out.append(" Key=").append(t.path("Key").asText()).append(",Value=")
                    .append(t.path("Value").asText()));
            out.append('\n');
            out.append("Removing tags from the on-premises instance... ");
            ObjectNode params = F.objectNode();
            params.set("tags", tags);
            params.putArray("instanceNames").add(name);
            calls.call("deploy", "RemoveTagsFromOnPremisesInstances", params, o);
            out.append("DONE\n");
        }
        out.append("Deregistering the on-premises instance... ");
        calls.call("deploy", "DeregisterOnPremisesInstance", F.objectNode().put("instanceName", name), o);
        out.append("DONE\n");
        if (!CustomArguments.flag(a, "no-delete-iam-user")) {
            out.append("Deleting the IAM user policies... ");
            ignoringNoSuchEntity(() -> pages(calls, iam, "ListUserPolicies", user, page -> page.path("PolicyNames")
                    .forEach(p -> calls.call("iam", "DeleteUserPolicy", F.objectNode().put("UserName", user)
                            .put("PolicyName", p.asText()), iam))));
            out.append("DONE\nDeleting the IAM user access keys... ");
            ignoringNoSuchEntity(() -> pages(calls, iam, "ListAccessKeys", user, page -> page.path("AccessKeyMetadata")
                    .forEach(k -> calls.call("iam", "DeleteAccessKey", F.objectNode().put("UserName", user)
                            .put("AccessKeyId", k.path("AccessKeyId").asText()), iam))));
            out.append("DONE\nDeleting the IAM user (").append(user).append(")... ");
            ignoringNoSuchEntity(() -> calls.call("iam", "DeleteUser", F.objectNode().put("UserName", user), iam));
            out.append("DONE\n");
        }
        out.append("Run the following command on the on-premises instance to uninstall the codedeploy-agent:\n"
                + "aws deploy uninstall\n");
    }

    /** An IAM list operation's pages ({@code Marker}/{@code IsTruncated}). */
    private static void pages(CustomCalls calls, GlobalOptions iam, String operation, String user,
                              java.util.function.Consumer<JsonNode> each) {
        String marker = null;
        do {
            ObjectNode params = F.objectNode().put("UserName", user);
            if (marker != null) {
                params.put("Marker", marker);
            }
            JsonNode page = calls.call("iam", operation, params, iam);
            each.accept(page);
            marker = page.path("IsTruncated").asBoolean() ? page.path("Marker").asText(null) : null;
        } while (marker != null);
    }

    private static void ignoringNoSuchEntity(Runnable r) {
        try {
            r.run();
        } catch (AwsMcpException e) {
            if (!e.code().equals("NoSuchEntity")) {
                throw e;
            }
        }
    }

    /** {@code utils.validate_instance_name}. */
    private static void validateName(String name) {
        String problem = !INSTANCE_NAME.matcher(name).matches() ? "Instance name contains invalid characters."
                : name.startsWith("i-") ? "Instance name cannot start with 'i-'."
                : name.length() > 100 ? "Instance name cannot be longer than 100 characters." : null;
        if (problem != null) {
            throw new CustomCommandException("InvalidInstanceName", problem, "Use letters, digits and +=,.@_- "
                    + "(not starting with i-), at most 100 characters.", 255);
        }
    }

    private static void writeConfig(Path file, String text) {
        try {
            PrivateFiles.write(file, text);
        } catch (IOException e) {
            throw new CustomCommandException("ConfigNotWritable", "Failed to create config file " + CONFIG_FILE + ": "
                    + e.getMessage(), "Check the working directory's permissions.");
        }
    }

    /** {@code Register.TAGS_SCHEMA}: a list of {@code Key}/{@code Value} objects, both required. */
    private static JsonNode tagsSchema() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "array");
        ObjectNode properties = schema.putObject("items").put("type", "object").putObject("properties");
        properties.putObject("Key").put("type", "string").put("required", true);
        properties.putObject("Value").put("type", "string").put("required", true);
        return schema;
    }
}
