package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.error.AwsMcpException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code aws cloudformation deploy} ({@code customizations/cloudformation/deploy.py} and {@code deployer.py}):
 * reads the template, merges {@code --parameter-overrides} with the template's parameters, asks
 * {@code DescribeStacks} whether the stack exists (a stack in {@code REVIEW_IN_PROGRESS} does not), creates a
 * change set of type CREATE or UPDATE (for UPDATE, {@code GetTemplateSummary} tells which parameters may keep
 * their previous value), waits for it ({@code ChangeSetCreateComplete}, 5 s apart), reports an empty change set,
 * and executes it and waits for the stack ({@code StackCreateComplete}/{@code StackUpdateComplete}, 30 s apart,
 * 120 attempts) unless {@code --no-execute-changeset}. A template over 51,200 bytes goes to S3 first.
 */
final class StackDeployer {
    static final int MAX_TEMPLATE_BODY = 51200;
    static final String CHANGESET_PREFIX = "awscli-cloudformation-package-deploy-";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final CustomCalls calls;
    private final GlobalOptions options;
    private final StringBuilder out = new StringBuilder();

    StackDeployer(CustomCalls calls, GlobalOptions options) {
        this.calls = calls;
        this.options = options;
    }

    CustomResult deploy(DeployArgs args) {
        String stackName = args.stackName();
        byte[] templateBytes = readTemplate(args.templateFile());
        String template = new String(templateBytes, StandardCharsets.UTF_8);
        Map<String, String> overrides = DeployParameters.keyValues(args.list("parameter-overrides"),
                "parameter-overrides", calls);
        ArrayNode tags = NODES.arrayNode();
        DeployParameters.keyValues(args.list("tags"), "tags", calls).forEach((k, v) ->
                tags.addObject().put("Key", k).put("Value", v));
        List<ObjectNode> parameters = DeployParameters.merge(DeployParameters.templateParameters(template), overrides);
        String bucket = args.get("s3-bucket").filter(b -> !b.isEmpty()).orElse(null);
        if (templateBytes.length > MAX_TEMPLATE_BODY && bucket == null) {
            throw new CustomCommandException("DeployBucketRequired", "Templates with a size greater than 51,200 bytes "
                    + "must be deployed via an S3 Bucket. Please add the --s3-bucket parameter to your command. The "
                    + "local template will be copied to that S3 bucket and then deployed.",
                    "Add --s3-bucket <bucket> (and optionally --s3-prefix).");
        }

        String changesetName = CHANGESET_PREFIX + calls.now().getEpochSecond();
        String description = "Created by AWS CLI at " + isoformat(calls.now()) + " UTC";
        boolean exists = hasStack(stackName);
        String type = exists ? "UPDATE" : "CREATE";
        Set<String> existing = exists ? existingParameters(stackName) : Set.of();
        ObjectNode request = NODES.objectNode();
        request.put("ChangeSetName", changesetName);
        request.put("StackName", stackName);
        if (bucket == null) {
            request.put("TemplateBody", template);
        }
        request.put("ChangeSetType", type);
        ArrayNode params = request.putArray("Parameters");
        for (ObjectNode p : parameters) {
            boolean previous = p.path("UsePreviousValue").asBoolean(false);
            if (!previous || existing.contains(p.get("ParameterKey").asText())) {
                params.add(p);
            }
        }
        ArrayNode capabilities = request.putArray("Capabilities");
        List<String> caps = args.list("capabilities");
        if (caps != null) {
            caps.forEach(capabilities::add);
        }
        request.put("Description", description);
        request.set("Tags", tags);
        if (bucket != null) {
            ArtifactUploader uploader = new ArtifactUploader(calls, bucket, args.get("s3-prefix").orElse(null),
                    args.get("kms-key-id").orElse(null), args.forceUpload(), null, options);
            request.put("TemplateURL", uploader.pathStyleUrl(uploader.uploadWithDedup(templateBytes, "template")));
        }
        args.get("role-arn").ifPresent(r -> request.put("RoleARN", r));
        List<String> notifications = args.list("notification-arns");
        if (notifications != null) {
            ArrayNode arns = request.putArray("NotificationARNs");
            notifications.forEach(arns::add);
        }
        String changesetId = calls.call("cloudformation", "CreateChangeSet", request, options).path("Id").asText(null);

        try {
            waitForChangeset(changesetId, stackName);
        } catch (ChangeEmpty empty) {
            if (args.failOnEmptyChangeset()) {
                throw new CustomCommandException("EmptyChangeSet", empty.getMessage(),
                        "Nothing to deploy; pass --no-fail-on-empty-changeset to treat this as success.");
            }
            out.append('\n').append(empty.getMessage()).append('\n');
            return CustomResult.text(out.toString());
        }

        if (args.executeChangeset()) {
            ObjectNode execute = NODES.objectNode();
            execute.put("ChangeSetName", changesetId);
            execute.put("StackName", stackName);
            execute.put("DisableRollback", args.disableRollback());
            calls.call("cloudformation", "ExecuteChangeSet", execute, options);
            waitForExecute(stackName, type);
            out.append("Successfully created/updated stack - ").append(stackName).append('\n');
        } else {
            out.append("Changeset created successfully. Run the following command to review changes:\n"
                    + "aws cloudformation describe-change-set --change-set-name ").append(changesetId).append('\n');
        }
        return CustomResult.text(out.toString());
    }

    private byte[] readTemplate(String path) {
        Path file;
        try {
            file = calls.localFile(path);
        } catch (AwsMcpException e) {
            if (!"FileNotFound".equals(e.code())) {
                throw e;
            }
            file = null;
        }
        if (file == null || !Files.isRegularFile(file)) {
            throw new CustomCommandException("InvalidTemplatePath", "Invalid template path " + path,
                    "Give the path of the template file, relative to the working directory.");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CustomCommandException("InvalidTemplatePath", "Unable to read the template " + path + ": "
                    + e.getMessage(), "Check the file's permissions.");
        }
    }

    /** {@code has_stack}: a missing stack is the ValidationError "Stack with id NAME does not exist". */
    private boolean hasStack(String stackName) {
        ObjectNode describe = NODES.objectNode();
        describe.put("StackName", stackName);
        JsonNode stacks;
        try {
            stacks = calls.call("cloudformation", "DescribeStacks", describe, options).path("Stacks");
        } catch (AwsMcpException e) {
            if (e.exitCode() == 254 && String.valueOf(e.getMessage())
                    .contains("Stack with id " + stackName + " does not exist")) {
                return false;
            }
            throw e;
        }
        return stacks.size() == 1 && !"REVIEW_IN_PROGRESS".equals(stacks.get(0).path("StackStatus").asText());
    }

    private Set<String> existingParameters(String stackName) {
        ObjectNode summary = NODES.objectNode();
        summary.put("StackName", stackName);
        Set<String> names = new HashSet<>();
        for (JsonNode p : calls.call("cloudformation", "GetTemplateSummary", summary, options).path("Parameters")) {
            names.add(p.path("ParameterKey").asText());
        }
        return names;
    }

    private void waitForChangeset(String changesetId, String stackName) {
        out.append("\nWaiting for changeset to be created..\n");
        ObjectNode params = NODES.objectNode();
        params.put("ChangeSetName", changesetId);
        params.put("StackName", stackName);
        WaitOutcome w = calls.waitFor("cloudformation", "ChangeSetCreateComplete", params, 5, 0, options);
        if (w.succeeded()) {
            return;
        }
        JsonNode last = w.lastOutput();
        if (last == null || !last.has("Status")) {
            // botocore's last_response is an error then, and deployer.py fails reading its Status.
            throw new CustomCommandException("ChangeSetFailed", "Failed to create the changeset: " + w.failure(),
                    "Check the template and parameters: aws cloudformation describe-change-set --change-set-name "
                            + changesetId);
        }
        String status = last.path("Status").asText();
        String reason = last.path("StatusReason").asText("");
        // deployer.py: `status == "FAILED" and A in reason or B in reason`, Python precedence kept.
        if (status.equals("FAILED") && reason.contains("The submitted information didn't contain changes.")
                || reason.contains("No updates are to be performed")) {
            throw new ChangeEmpty("No changes to deploy. Stack " + stackName + " is up to date");
        }
        throw new CustomCommandException("ChangeSetFailed", "Failed to create the changeset: " + w.failure()
                + " Status: " + status + ". Reason: " + reason, "Fix what the reason names and deploy again.");
    }

    private void waitForExecute(String stackName, String type) {
        out.append("Waiting for stack create/update to complete\n");
        ObjectNode params = NODES.objectNode();
        params.put("StackName", stackName);
        String waiter = type.equals("CREATE") ? "StackCreateComplete" : "StackUpdateComplete";
        if (!calls.waitFor("cloudformation", waiter, params, 30, 120, options).succeeded()) {
            throw new CustomCommandException("DeployFailed", "Failed to create/update the stack. Run the following "
                    + "command\nto fetch the list of events leading up to the failure\n"
                    + "aws cloudformation describe-stack-events --stack-name " + stackName,
                    "Read the stack events for the failing resource.");
        }
    }

    /** Python's {@code datetime.isoformat()} of a naive UTC time: microseconds only when not zero. */
    static String isoformat(java.time.Instant now) {
        LocalDateTime t = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        String s = ISO.format(t);
        int micros = t.getNano() / 1000;
        return micros == 0 ? s : s + String.format(".%06d", micros);
    }

    /** {@code ChangeEmptyError}. */
    private static final class ChangeEmpty extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChangeEmpty(String message) {
            super(message, null, false, false);
        }
    }
}
