package dev.awsmcp.custom;

import dev.awsmcp.command.HighLevelCommand;
import java.util.Map;

/**
 * {@code aws cloudformation deploy} ({@code customizations/cloudformation/deploy.py}): the plan the classifier
 * judges, and the run, which {@link StackDeployer} carries out.
 */
final class CloudFormationDeploy implements Customization {
    @Override
    public String group() {
        return "cloudformation";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("deploy", "Creates or updates a stack through a change set and waits for it.");
    }

    @Override
    public void plan(Invocation in, CustomPlan plan) {
        // deployer.py: has_stack, GetTemplateSummary on update, the change set and its waiter, the stack waiter
        plan.read(in.first("--template-file"));
        plan.api("cloudformation", "DescribeStacks");
        plan.api("cloudformation", "GetTemplateSummary");
        if (in.has("--s3-bucket")) {
            plan.api("s3", "HeadObject"); // S3Uploader.file_exists, then the template upload
            plan.api("s3", "PutObject");
        }
        plan.api("cloudformation", "CreateChangeSet");
        plan.api("cloudformation", "DescribeChangeSet");
        if (!in.has("--no-execute-changeset")) {
            plan.api("cloudformation", "ExecuteChangeSet");
        }
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        return new StackDeployer(calls, h.options()).deploy(DeployArgs.parse(h.args()));
    }
}
