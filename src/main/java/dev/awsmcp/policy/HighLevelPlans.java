package dev.awsmcp.policy;

import dev.awsmcp.model.ServiceCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The calls and local actions of the AWS CLI's hand-written commands (awscli/customizations), so they are
 * classified by what they do: {@code aws s3 ls} lists, {@code aws s3 cp} reads one side and writes the other,
 * {@code aws configure set} writes local configuration, {@code aws eks get-token} mints a token. Reviewed mapping;
 * a command not listed here plans no call and is classified {@code unknown}.
 */
public final class HighLevelPlans {
    /**
     * What a high-level command does.
     *
     * @param calls       API calls and local actions
     * @param localReads  local paths it reads
     * @param localWrites local paths it writes (or deletes)
     */
    public record Plan(List<PlannedCall> calls, List<String> localReads, List<String> localWrites) {
        public Plan {
            calls = List.copyOf(calls);
            localReads = List.copyOf(localReads);
            localWrites = List.copyOf(localWrites);
        }
    }

    private static final Set<String> SECRET_CONFIG_KEYS = Set.of("aws_secret_access_key", "aws_session_token",
            "aws_access_key_id");

    private final ServiceCatalog catalog;

    /**
     * @param catalog where the s3api, ecr, ... models come from
     */
    public HighLevelPlans(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Plans a high-level command.
     *
     * @param group       the command group ({@code s3}, {@code configure}, {@code eks}, ...)
     * @param command     the subcommand ({@code cp}, {@code set}, {@code get-token}; empty for plain
     *                    {@code aws configure})
     * @param positionals positional arguments in order
     * @param options     options by name with leading dashes ({@code --recursive}) → values (empty list for flags)
     * @return the plan; no calls when the command is not known
     */
    public Plan plan(String group, String command, List<String> positionals, Map<String, List<String>> options) {
        PlanBuilder b = new PlanBuilder(catalog);
        String g = group.toLowerCase(Locale.ROOT);
        String c = command == null ? "" : command.toLowerCase(Locale.ROOT);
        switch (g) {
            case "s3":
                S3Plans.plan(b, c, positionals, options);
                break;
            case "configure":
                configure(b, c, positionals);
                break;
            case "help":
                b.local("help", c, List.of("local:Help"), AccessLevel.READ, false, "prints help from the bundled models");
                break;
            case "history":
                b.local("history", c, List.of("local:ReadHistory"), AccessLevel.READ, false, "reads the local command history");
                break;
            case "ddb":
                if (c.equals("select")) {
                    b.api("dynamodb", "Scan");
                    b.api("dynamodb", "Query");
                } else if (c.equals("put")) {
                    b.api("dynamodb", "PutItem");
                }
                break;
            case "login":
            case "logout":
                b.local(g, g, List.of("local:WriteConfig"), AccessLevel.WRITE, false, "writes cached sign-in credentials");
                break;
            default:
                other(b, g, c, positionals, options);
        }
        return b.build();
    }

    private void configure(PlanBuilder b, String c, List<String> args) {
        switch (c) {
            case "get":
                boolean secret = !args.isEmpty() && isSecretConfigKey(args.get(0));
                b.local("configure", "get", List.of("local:ReadConfig"), AccessLevel.READ, secret,
                        secret ? "prints a credential from the local configuration" : "reads the local configuration");
                break;
            case "list":
            case "list-profiles":
                b.local("configure", c, List.of("local:ReadConfig"), AccessLevel.READ, false,
                        "reads the local configuration (keys are masked)");
                break;
            case "export-credentials":
                b.local("configure", c, List.of("local:ExportCredentials"), AccessLevel.READ, true,
                        "prints the resolved credentials");
                break;
            case "mfa-login":
                b.api("sts", "GetSessionToken");
                b.local("configure", c, List.of("local:WriteConfig"), AccessLevel.WRITE, false,
                        "writes temporary credentials to the credentials file");
                break;
            default:
                // set, add-model, import, sso, sso-session and plain `aws configure` all write ~/.aws files.
                b.local("configure", c.isEmpty() ? "configure" : c, List.of("local:WriteConfig"), AccessLevel.WRITE,
                        false, "writes the local AWS configuration or credentials files");
        }
    }

    private void other(PlanBuilder b, String g, String c, List<String> args, Map<String, List<String>> opts) {
        if (c.equals("help")) {
            b.local(g, c, List.of("local:Help"), AccessLevel.READ, false, "prints help from the bundled models");
            return;
        }
        switch (g + " " + c) {
            case "ecr get-login-password":
            case "ecr get-login":
                b.api("ecr", "GetAuthorizationToken");
                break;
            case "ecr-public get-login-password":
                b.api("ecr-public", "GetAuthorizationToken");
                break;
            case "eks get-token":
                if (opts.containsKey("--role-arn")) {
                    b.api("sts", "AssumeRole"); // signs with the role's credentials (get_token.py STSClientFactory)
                }
                b.local("eks", c, List.of("sts:GetCallerIdentity"), AccessLevel.READ, true,
                        "signs a Kubernetes bearer token with your credentials");
                break;
            case "eks update-kubeconfig":
                b.api("eks", "DescribeCluster");
                b.local("eks", c, List.of("local:WriteKubeconfig"), AccessLevel.WRITE, false, "writes a kubeconfig file");
                b.write(opts.containsKey("--kubeconfig") && !opts.get("--kubeconfig").isEmpty()
                        ? opts.get("--kubeconfig").get(0) : "~/.kube/config");
                break;
            case "rds generate-db-auth-token":
                b.local("rds", c, List.of("rds-db:connect"), AccessLevel.PERMISSIONS_MANAGEMENT, true,
                        "signs a database login token with your credentials");
                break;
            case "dsql generate-db-connect-auth-token":
                b.local("dsql", c, List.of("dsql:DbConnect"), AccessLevel.WRITE, true,
                        "signs a database login token with your credentials");
                break;
            case "dsql generate-db-connect-admin-auth-token":
                b.local("dsql", c, List.of("dsql:DbConnectAdmin"), AccessLevel.WRITE, true,
                        "signs a database admin login token with your credentials");
                break;
            case "codeartifact login":
                b.api("codeartifact", "GetAuthorizationToken");
                b.api("codeartifact", "GetRepositoryEndpoint");
                b.local("codeartifact", c, List.of("local:WriteConfig"), AccessLevel.WRITE, false,
                        "writes npm/pip/twine/dotnet configuration");
                break;
            case "cloudformation package":
                b.api("s3", "PutObject");
                break;
            case "cloudformation deploy":
                // deployer.py: has_stack, GetTemplateSummary on update, the change set and its waiter, the stack waiter
                if (opts.containsKey("--template-file") && !opts.get("--template-file").isEmpty()) {
                    b.read(opts.get("--template-file").get(0));
                }
                b.api("cloudformation", "DescribeStacks");
                b.api("cloudformation", "GetTemplateSummary");
                if (opts.containsKey("--s3-bucket")) {
                    b.api("s3", "HeadObject"); // S3Uploader.file_exists, then the template upload
                    b.api("s3", "PutObject");
                }
                b.api("cloudformation", "CreateChangeSet");
                b.api("cloudformation", "DescribeChangeSet");
                if (!opts.containsKey("--no-execute-changeset")) {
                    b.api("cloudformation", "ExecuteChangeSet");
                }
                break;
            case "deploy push":
                b.api("s3", "PutObject");
                b.api("deploy", "RegisterApplicationRevision");
                break;
            case "emr create-cluster":
                b.api("emr", "RunJobFlow");
                break;
            case "emr terminate-clusters":
                b.api("emr", "TerminateJobFlows");
                break;
            case "emr describe-cluster":
                b.api("emr", "DescribeCluster");
                break;
            case "emr list-clusters":
                b.api("emr", "ListClusters");
                break;
            case "cloudfront sign":
                b.local("cloudfront", c, List.of("local:SignUrl"), AccessLevel.READ, true,
                        "signs a CloudFront URL with a private key");
                break;
            case "configservice get-status":
                b.api("configservice", "DescribeConfigurationRecorderStatus");
                b.api("configservice", "DescribeDeliveryChannelStatus");
                break;
            case "configservice subscribe":
                b.api("s3", "CreateBucket");
                b.api("sns", "CreateTopic");
                b.api("configservice", "PutConfigurationRecorder");
                b.api("configservice", "PutDeliveryChannel");
                b.api("configservice", "StartConfigurationRecorder");
                break;
            case "cloudtrail validate-logs":
                b.api("cloudtrail", "DescribeTrails");
                b.api("s3", "ListObjectsV2");
                b.api("s3", "GetObject");
                break;
            case "cloudtrail create-subscription":
                b.api("s3", "CreateBucket");
                b.api("sns", "CreateTopic");
                b.api("cloudtrail", "CreateTrail");
                b.api("cloudtrail", "StartLogging");
                break;
            case "cloudtrail update-subscription":
                b.api("cloudtrail", "UpdateTrail");
                break;
            case "codecommit credential-helper":
                b.local("codecommit", c, List.of("codecommit:GitPull", "codecommit:GitPush"), AccessLevel.WRITE, true,
                        "signs Git credentials with your AWS credentials");
                break;
            case "datapipeline list-runs":
                b.api("datapipeline", "QueryObjects");
                b.api("datapipeline", "DescribeObjects");
                break;
            case "datapipeline create-default-roles":
            case "dlm create-default-role":
            case "emr create-default-roles":
                b.api("iam", "CreateRole");
                b.api("iam", "AttachRolePolicy");
                break;
            case "emr-containers update-role-trust-policy":
                b.api("iam", "GetRole");
                b.api("iam", "UpdateAssumeRolePolicy");
                break;
            case "deploy register":
                b.api("iam", "CreateUser");
                b.api("iam", "CreateAccessKey");
                b.api("deploy", "RegisterOnPremisesInstance");
                break;
            case "deploy deregister":
                b.api("deploy", "DeregisterOnPremisesInstance");
                break;
            case "emr add-instance-groups":
                b.api("emr", "AddInstanceGroups");
                break;
            case "emr add-steps":
            case "emr create-hbase-backup":
            case "emr disable-hbase-backups":
            case "emr restore-from-hbase-backup":
            case "emr schedule-hbase-backup":
            case "emr install-applications":
                b.api("emr", "AddJobFlowSteps");
                break;
            case "emr modify-cluster-attributes":
                b.api("emr", "SetTerminationProtection");
                b.api("emr", "SetVisibleToAllUsers");
                break;
            case "ecs deploy":
                b.api("ecs", "RegisterTaskDefinition");
                b.api("deploy", "CreateDeployment");
                break;
            case "ecs execute-command":
                b.api("ecs", "ExecuteCommand");
                break;
            case "ssm start-session":
                b.api("ssm", "StartSession");
                break;
            case "gamelift get-game-session-log":
                b.api("gamelift", "GetGameSessionLogUrl");
                b.local("gamelift", c, List.of("local:WriteFile"), AccessLevel.WRITE, false, "downloads the log to a local file");
                break;
            case "gamelift upload-build":
                b.api("gamelift", "CreateBuild");
                b.api("gamelift", "RequestUploadCredentials");
                break;
            case "logs start-live-tail":
                b.api("logs", "StartLiveTail");
                break;
            default:
                break;
        }
    }

    static boolean isSecretConfigKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        int dot = k.lastIndexOf('.');
        return SECRET_CONFIG_KEYS.contains(dot >= 0 ? k.substring(dot + 1) : k);
    }
}
