package dev.awsmcp.command.internal;

import java.util.Map;
import java.util.Set;

/**
 * The AWS CLI's command-table customizations: high-level commands that are not one model operation
 * ({@code aws s3 cp}, {@code aws eks update-kubeconfig}, ...), commands it removes ({@code removals.py}) and hidden
 * command aliases.
 */
public final class CommandTable {
    /** Top-level commands that are not services, with a description. */
    public static final Map<String, String> TOP_LEVEL = Map.of(
            "s3", "High-level S3 file commands (cp, mv, rm, sync, ls, mb, rb, presign, website).",
            "configure", "Reads and writes the local AWS CLI configuration and credentials files.",
            "history", "Shows the AWS CLI's local command history.",
            "ddb", "High-level DynamoDB commands (put, select).",
            "login", "Signs in through a browser and stores temporary credentials.",
            "logout", "Removes cached sign-in credentials.");

    /** Subcommands of the top-level customizations. */
    public static final Map<String, Set<String>> TOP_LEVEL_SUBCOMMANDS = Map.of(
            "s3", Set.of("cp", "mv", "rm", "sync", "ls", "mb", "rb", "presign", "website"),
            "configure", Set.of("list", "get", "set", "add-model", "import", "list-profiles", "export-credentials",
                    "sso", "sso-session", "mfa-login"),
            "history", Set.of("show", "list"),
            "ddb", Set.of("put", "select"));

    /** Service subcommands the AWS CLI implements itself, by CLI service name, with a description. */
    public static final Map<String, Map<String, String>> CUSTOM = Map.ofEntries(
            Map.entry("cloudformation", Map.of(
                    "package", "Uploads local artifacts referenced by a template to S3 and writes a new template.",
                    "deploy", "Creates or updates a stack through a change set and waits for it.")),
            Map.entry("cloudfront", Map.of("sign", "Signs a CloudFront URL locally with a key pair.")),
            Map.entry("cloudtrail", Map.of(
                    "create-subscription", "Creates a trail with its S3 bucket and SNS topic.",
                    "update-subscription", "Updates a trail's S3 bucket and SNS topic.",
                    "validate-logs", "Validates CloudTrail log file integrity.")),
            Map.entry("codeartifact", Map.of("login", "Configures a package manager with a CodeArtifact token.")),
            Map.entry("codecommit", Map.of("credential-helper", "Git credential helper for CodeCommit.")),
            Map.entry("configservice", Map.of(
                    "get-status", "Shows the status of configuration recorders and delivery channels.",
                    "subscribe", "Creates an S3 bucket and SNS topic and starts recording.")),
            Map.entry("datapipeline", Map.of(
                    "list-runs", "Lists the runs of a pipeline.",
                    "create-default-roles", "Creates the default IAM roles for Data Pipeline.")),
            Map.entry("deploy", Map.of(
                    "push", "Bundles and uploads an application revision to S3 and registers it.",
                    "register", "Registers an on-premises instance (creates an IAM user).",
                    "deregister", "Deregisters an on-premises instance.",
                    "install", "Installs the CodeDeploy agent on this machine.",
                    "uninstall", "Uninstalls the CodeDeploy agent from this machine.")),
            Map.entry("dlm", Map.of("create-default-role", "Creates the default IAM role for DLM.")),
            Map.entry("ecr", Map.of(
                    "get-login", "Prints a docker login command (removed in AWS CLI v2).",
                    "get-login-password", "Prints a registry authentication token.")),
            Map.entry("ecr-public", Map.of("get-login-password", "Prints a public registry authentication token.")),
            Map.entry("ecs", Map.of(
                    "deploy", "Deploys a new task definition through CodeDeploy.",
                    "execute-command", "Runs an interactive command in a container (Session Manager).")),
            Map.entry("eks", Map.of(
                    "update-kubeconfig", "Writes a kubeconfig entry for a cluster.",
                    "get-token", "Prints a Kubernetes authentication token.")),
            Map.entry("emr", Map.ofEntries(
                    Map.entry("add-instance-groups", "Adds instance groups to a cluster."),
                    Map.entry("add-steps", "Adds steps to a cluster."),
                    Map.entry("create-cluster", "Creates a cluster (RunJobFlow with CLI shortcuts)."),
                    Map.entry("create-default-roles", "Creates the default EMR IAM roles."),
                    Map.entry("create-hbase-backup", "Creates an HBase backup."),
                    Map.entry("describe-cluster", "Describes a cluster with its instance groups."),
                    Map.entry("disable-hbase-backups", "Disables scheduled HBase backups."),
                    Map.entry("get", "Copies a file from the master node (ssh)."),
                    Map.entry("install-applications", "Installs applications on a cluster."),
                    Map.entry("modify-cluster-attributes", "Modifies cluster attributes."),
                    Map.entry("put", "Copies a file to the master node (ssh)."),
                    Map.entry("restore-from-hbase-backup", "Restores HBase from a backup."),
                    Map.entry("schedule-hbase-backup", "Schedules HBase backups."),
                    Map.entry("socks", "Opens a SOCKS tunnel to the master node."),
                    Map.entry("ssh", "Opens an SSH session to the master node."),
                    Map.entry("terminate-clusters", "Terminates clusters."))),
            Map.entry("emr-containers", Map.of(
                    "update-role-trust-policy", "Updates an IAM role's trust policy for EMR on EKS.")),
            Map.entry("gamelift", Map.of(
                    "get-game-session-log", "Downloads a game session log.",
                    "upload-build", "Uploads a build to GameLift.")),
            Map.entry("logs", Map.of("start-live-tail", "Streams log events live.")),
            Map.entry("rds", Map.of("generate-db-auth-token", "Generates an IAM database authentication token locally.")),
            Map.entry("servicecatalog", Map.of("generate", "Generates Service Catalog products from templates.")),
            Map.entry("ssm", Map.of("start-session", "Starts an interactive Session Manager session.")));

    /** {@code removals.py}: model operations the AWS CLI does not offer. */
    public static final Map<String, Set<String>> REMOVED = Map.ofEntries(
            Map.entry("rds", Set.of("modify-option-group")),
            Map.entry("ses", Set.of("delete-verified-email-address", "list-verified-email-addresses", "verify-email-address")),
            Map.entry("ec2", Set.of("import-instance", "import-volume")),
            Map.entry("emr", Set.of("run-job-flow", "describe-job-flows", "add-job-flow-steps", "terminate-job-flows",
                    "list-bootstrap-actions", "list-instance-groups", "set-termination-protection",
                    "set-keep-job-flow-alive-when-no-steps", "set-visible-to-all-users", "set-unhealthy-node-replacement")),
            Map.entry("kinesis", Set.of("subscribe-to-shard")),
            Map.entry("lexv2-runtime", Set.of("start-conversation")),
            Map.entry("lambda", Set.of("invoke-with-response-stream")),
            Map.entry("sagemaker-runtime", Set.of("invoke-endpoint-with-response-stream")),
            Map.entry("bedrock-runtime", Set.of("invoke-model-with-response-stream",
                    "invoke-model-with-bidirectional-stream", "converse-stream")),
            Map.entry("bedrock-agent-runtime", Set.of("agentic-retrieve-stream", "invoke-agent", "invoke-flow",
                    "invoke-inline-agent", "optimize-prompt", "retrieve-and-generate-stream")),
            Map.entry("bedrock-agentcore", Set.of("invoke-code-interpreter", "invoke-agent-runtime-command", "invoke-harness")),
            Map.entry("qbusiness", Set.of("chat")),
            Map.entry("iotsitewise", Set.of("invoke-assistant")),
            Map.entry("logs", Set.of("get-log-object")),
            Map.entry("connecthealth", Set.of("start-medical-scribe-listening-session")),
            Map.entry("polly", Set.of("start-speech-synthesis-stream")),
            Map.entry("devops-agent", Set.of("send-message")));

    /** Hidden command aliases: service to alias to real CLI operation name. */
    public static final Map<String, Map<String, String>> COMMAND_ALIASES = Map.of(
            "cloudwatch", Map.of("get-o-tel-enrichment", "get-otel-enrichment",
                    "start-o-tel-enrichment", "start-otel-enrichment", "stop-o-tel-enrichment", "stop-otel-enrichment"),
            "mturk", Map.of("list-hi-ts-for-qualification-type", "list-hits-for-qualification-type"),
            "rds", Map.of("add-option-to-option-group", "modify-option-group",
                    "remove-option-from-option-group", "modify-option-group"));

    /** Hidden service aliases: alias to CLI service name. */
    public static final Map<String, String> SERVICE_ALIASES = Map.of(
            "runtime.sagemaker", "sagemaker-runtime");

    private CommandTable() {}

    /** The description of a custom service subcommand, or null. */
    public static String custom(String service, String subcommand) {
        Map<String, String> m = CUSTOM.get(service);
        return m == null ? null : m.get(subcommand);
    }

    /** Whether the AWS CLI removed this model operation. */
    public static boolean removed(String service, String operation) {
        Set<String> s = REMOVED.get(service);
        return s != null && s.contains(operation);
    }
}
