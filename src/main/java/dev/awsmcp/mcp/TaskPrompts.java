package dev.awsmcp.mcp;

import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;

/**
 * Task prompts that walk an agent through common AWS work with the tools: inventory, security posture review,
 * cost look-around and troubleshooting. Arguments are optional unless marked; blanks fall back to sensible scope.
 */
final class TaskPrompts {
    private TaskPrompts() {}

    private static final String RULES = """

            Ground rules:
            - Run AWS calls only through the call_aws tool, one AWS CLI command per string (no pipes or shell); \
            batch independent read calls in one call_aws with a list.
            - Shape output with --query (JMESPath) so only the fields you need come back; \
            if a result says it was truncated, follow its howToContinue.
            - Check syntax with aws_cli_help before guessing parameters; suggest_aws_commands helps find the right operation.
            - Read aws://config first: it tells you the mode (read-only or not), default profile and region.
            - Do not change anything unless the user asked for it; report what you found with the commands you ran.""";

    static List<McpServerFeatures.SyncPromptSpecification> specs() {
        return List.of(
                prompt("aws_inventory", "Inventory AWS resources",
                        "List what runs in the account: compute, storage, databases, networking, serverless.",
                        List.of(arg("region", "Region to cover, or '*' for every enabled region (default: the configured region)", false),
                                arg("services", "Comma-separated services to focus on, e.g. ec2,s3,rds (default: the common ones)", false),
                                arg("profile", "AWS profile to use (default: the configured one)", false)),
                        a -> """
                        Take an inventory of the AWS account.
                        Scope: region %s; services %s; profile %s (add --profile to every command when one is named).

                        Steps:
                        1. Identify the account: aws sts get-caller-identity.
                        2. In one batch, list the main resources with compact --query projections, for example:
                           aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,InstanceType,State.Name,Tags[?Key==`Name`]|[0].Value]'
                           aws s3api list-buckets --query 'Buckets[].Name'
                           aws rds describe-db-instances --query 'DBInstances[].[DBInstanceIdentifier,Engine,DBInstanceClass,DBInstanceStatus]'
                           aws lambda list-functions --query 'Functions[].[FunctionName,Runtime,LastModified]'
                           aws ec2 describe-vpcs --query 'Vpcs[].[VpcId,CidrBlock,IsDefault]'
                           aws ecs list-clusters, aws eks list-clusters, aws dynamodb list-tables
                           Use --region '*' when the scope is every region.
                        3. Summarise per service and region: counts, notable items (stopped instances, public buckets, \
                        old runtimes), and anything you could not list (access denied) with the reason.
                        """.formatted(or(a, "region", "the configured default"), or(a, "services", "the common ones"),
                                or(a, "profile", "the configured one")) + RULES),
                prompt("aws_cross_account_inventory", "Inventory across accounts",
                        "List resources in every account of the AWS Organization (or several profiles) and region as one table.",
                        List.of(arg("accounts", "'*' for every ACTIVE account of the Organization, or ids like 111122223333,444455556666", false),
                                arg("role", "Role to assume in each member account (default OrganizationAccountAccessRole)", false),
                                arg("region", "Region, or '*' for every enabled region (default '*')", false)),
                        a -> """
                        Take an inventory across accounts %s, assuming role %s in each member account, in region %s.

                        Steps:
                        1. aws sts get-caller-identity: the fan-out lists accounts from this account                         (the management account or a delegated administrator).
                        2. Run each listing once with the fan-out options; every answer comes back merged, each item tagged                         with Account, AccountName and Region:
                           aws ec2 describe-instances --accounts %s --role-name %s --region %s                         --query 'Reservations[].Instances[].[Account,AccountName,Region,InstanceId,InstanceType,State.Name]' --output table
                           aws rds describe-db-instances --accounts %s --role-name %s --region %s                         --query 'DBInstances[].[Account,Region,DBInstanceIdentifier,Engine,DBInstanceStatus]'
                           aws lambda list-functions --accounts %s --role-name %s --region %s                         --query 'Functions[].[Account,Region,FunctionName,Runtime]'
                           aws ec2 describe-vpcs --accounts %s --role-name %s --region %s --query 'Vpcs[].[Account,Region,VpcId,IsDefault]'
                        3. Targets that failed are listed under FanOutErrors with the reason and a hint (role missing,                         SCP denial, disabled region): report them, do not retry them blindly.
                        4. Summarise per account: counts per service and region, and the notable items.
                        """.formatted(or(a, "accounts", "'*'"), or(a, "role", "OrganizationAccountAccessRole"),
                                or(a, "region", "'*'"), or(a, "accounts", "'*'"), or(a, "role", "OrganizationAccountAccessRole"),
                                or(a, "region", "'*'"), or(a, "accounts", "'*'"), or(a, "role", "OrganizationAccountAccessRole"),
                                or(a, "region", "'*'"), or(a, "accounts", "'*'"), or(a, "role", "OrganizationAccountAccessRole"),
                                or(a, "region", "'*'"), or(a, "accounts", "'*'"), or(a, "role", "OrganizationAccountAccessRole"),
                                or(a, "region", "'*'")) + RULES),
                prompt("aws_audit", "Run a read-only audit",
                        "Run the audit packs (security, cost, inventory) with run_audit and report the findings by severity.",
                        List.of(arg("pack", "security (default), cost, inventory, or a comma-separated list", false),
                                arg("regions", "A region, or '*' for every enabled region (default: the configured region)", false),
                                arg("accounts", "'*' for every account of the Organization, or account ids (default: this account)", false)),
                        a -> """
                        Audit AWS read-only with the run_audit tool: pack %s, regions %s, accounts %s.

                        1. Call run_audit with those arguments. It only reads; fixes are shown, never run.
                        2. Page through the findings with nextCursor until none is left.
                        3. Report FAIL findings grouped by severity (critical first): the check, the resource, the evidence, \
                        and the remediation with its fix command, which the user runs after review.
                        4. List ERROR results separately with their reason (missing permission, service not enabled): \
                        they are unknowns, not passes.
                        5. Give the report path (report.html for people, report.sarif for dashboards).
                        """.formatted(or(a, "pack", "security"), or(a, "regions", "the configured region"),
                                or(a, "accounts", "this account")) + RULES),
                prompt("aws_security_review", "Security posture review",
                        "Look for common security gaps: root and IAM hygiene, public exposure, encryption, logging.",
                        List.of(arg("region", "Region to check, or '*' for all enabled regions (default: the configured region)", false),
                                arg("focus", "Optional focus, e.g. iam, s3, network, logging", false)),
                        a -> """
                        Review the security posture of the AWS account (read-only).
                        Scope: region %s; focus %s.

                        Check, batching independent calls:
                        1. IAM: aws iam get-account-summary (root MFA, access keys), aws iam get-account-password-policy, \
                        aws iam list-users with aws iam list-access-keys for key age, aws iam generate-credential-report \
                        then aws iam get-credential-report.
                        2. Exposure: security groups open to 0.0.0.0/0 or ::/0 \
                        (aws ec2 describe-security-groups --query 'SecurityGroups[?IpPermissions[?IpRanges[?CidrIp==`0.0.0.0/0`]]].[GroupId,GroupName]'), \
                        S3 public access blocks (aws s3control get-public-access-block, aws s3api get-public-access-block per bucket), \
                        public snapshots and AMIs.
                        3. Encryption: EBS default encryption (aws ec2 get-ebs-encryption-by-default), RDS StorageEncrypted, \
                        S3 bucket encryption.
                        4. Logging and detection: aws cloudtrail describe-trails and get-trail-status, \
                        aws guardduty list-detectors, aws securityhub describe-hub, aws config describe-configuration-recorders.
                        Report findings by severity (high, medium, low) with the resource, the evidence and a suggested fix. \
                        Do not change anything.
                        """.formatted(or(a, "region", "the configured default"), or(a, "focus", "everything above")) + RULES),
                prompt("aws_cost_lookaround", "Cost look-around",
                        "Where does the money go: spend by service and month, idle or oversized resources.",
                        List.of(arg("months", "How many past months to compare (default 3)", false)),
                        a -> """
                        Look around the account's costs over the last %s months.

                        Steps:
                        1. Spend by service per month: aws ce get-cost-and-usage --time-period Start=<first day>,End=<today> \
                        --granularity MONTHLY --metrics UnblendedCost --group-by Type=DIMENSION,Key=SERVICE \
                        (Cost Explorer is served from us-east-1).
                        2. For the top services, look for waste: unattached EBS volumes \
                        (aws ec2 describe-volumes --filters Name=status,Values=available), unassociated Elastic IPs \
                        (aws ec2 describe-addresses), stopped instances with large volumes, old snapshots, idle load balancers, \
                        NAT gateways, oversized RDS instances.
                        3. Check commitments: aws ce get-savings-plans-utilization and get-reservation-utilization when present.
                        Summarise: the trend, the top five cost drivers, and concrete savings candidates with rough monthly impact. \
                        Cost Explorer calls cost a cent each: keep them few.
                        """.formatted(or(a, "months", "3")) + RULES),
                prompt("aws_troubleshoot", "Troubleshoot an AWS problem",
                        "Investigate a symptom step by step: identity, the resource's state, recent events, logs and metrics.",
                        List.of(arg("symptom", "What is wrong, e.g. 'Lambda my-fn times out' or 'cannot reach instance i-123'", true),
                                arg("region", "Region of the affected resource (default: the configured region)", false)),
                        a -> """
                        Troubleshoot this problem: %s
                        Region: %s.

                        Work like an on-call engineer:
                        1. Confirm who you are (aws sts get-caller-identity) and find the affected resource with a describe/get call.
                        2. Check its state and configuration for the obvious causes (status, limits, permissions, \
                        security groups and routes for network issues, IAM policies for access errors: \
                        aws iam simulate-principal-policy helps).
                        3. Look at recent changes: aws cloudtrail lookup-events --lookup-attributes \
                        AttributeKey=ResourceName,AttributeValue=<name> --max-results 20.
                        4. Read logs and metrics: aws logs filter-log-events --log-group-name <group> --start-time <ms> \
                        --filter-pattern ERROR --max-items 50, aws cloudwatch get-metric-statistics for the key metric, \
                        aws cloudwatch describe-alarms --state-value ALARM.
                        5. State the most likely cause with evidence, then the fix. Propose changes; make them only if the user asks.
                        """.formatted(or(a, "symptom", "(not described: ask the user what is wrong)"),
                        or(a, "region", "the configured default")) + RULES));
    }

    private static McpSchema.PromptArgument arg(String name, String description, boolean required) {
        return new McpSchema.PromptArgument(name, description, required);
    }

    private static String or(Map<String, Object> args, String name, String fallback) {
        Object v = args == null ? null : args.get(name);
        return v == null || String.valueOf(v).isBlank() ? fallback : String.valueOf(v).trim();
    }

    private static McpServerFeatures.SyncPromptSpecification prompt(String name, String title, String description,
                                                                    List<McpSchema.PromptArgument> args,
                                                                    java.util.function.Function<Map<String, Object>, String> text) {
        McpSchema.Prompt prompt = new McpSchema.Prompt(name, title, description, args);
        return new McpServerFeatures.SyncPromptSpecification(prompt, (exchange, request) -> new McpSchema.GetPromptResult(
                description,
                List.of(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(text.apply(request.arguments()))))));
    }
}
