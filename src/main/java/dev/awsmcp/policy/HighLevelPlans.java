package dev.awsmcp.policy;

import dev.awsmcp.model.AccessLevel;
import dev.awsmcp.custom.CustomPlan;
import dev.awsmcp.custom.Customization;
import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calls and local actions of the AWS CLI's hand-written commands (awscli/customizations), so they are
 * classified by what they do: {@code aws s3 ls} lists, {@code aws s3 cp} reads one side and writes the other,
 * {@code aws configure set} writes local configuration, {@code aws eks get-token} mints a token. The commands
 * aws-mcp runs plan themselves ({@link Customization#plan}, found in {@link CustomizationRegistry}); the others the AWS CLI
 * has are a reviewed mapping here. A command known to neither plans no call and is classified {@code unknown}.
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

    private final ServiceCatalog catalog;
    private final CustomizationRegistry customizations;

    /**
     * Plans with the bundled customizations.
     *
     * @param catalog where the s3api, ecr, ... models come from
     */
    public HighLevelPlans(ServiceCatalog catalog) {
        this(catalog, CustomizationRegistry.bundled());
    }

    /**
     * @param catalog        where the s3api, ecr, ... models come from
     * @param customizations the customizations aws-mcp runs; each plans its own commands
     */
    public HighLevelPlans(ServiceCatalog catalog, CustomizationRegistry customizations) {
        this.catalog = catalog;
        this.customizations = customizations;
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
        CustomPlan b = new CustomPlan();
        String g = group.toLowerCase(Locale.ROOT);
        String c = command == null ? "" : command.toLowerCase(Locale.ROOT);
        Optional<Customization> registered = customizations.find(g, c);
        if (registered.isPresent()) {
            registered.get().plan(new Customization.Invocation(c, positionals, options), b);
            return toPlan(b);
        }
        switch (g) {
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
        return toPlan(b);
    }

    /** The policy's plan of a customization's steps, each API call bound to its bundled model. */
    private Plan toPlan(CustomPlan p) {
        List<PlannedCall> calls = new ArrayList<>();
        for (CustomPlan.Step step : p.steps()) {
            if (step.local() != null) {
                CustomPlan.LocalAction l = step.local();
                calls.add(PlannedCall.local(new Classification(l.group(), l.name(), l.actions(), l.level(),
                        Source.OVERRIDE, l.sensitive(), l.note())));
                continue;
            }
            ServiceModel m = catalog.model(step.service())
                    .orElseThrow(() -> new IllegalStateException("no bundled model for " + step.service()));
            calls.add(PlannedCall.api(m, m.operation(step.operation()).orElseThrow(() -> new IllegalStateException(
                    "no operation " + step.service() + " " + step.operation())), null));
        }
        return new Plan(calls, p.reads(), p.writes());
    }

    private void configure(CustomPlan b, String c, List<String> args) {
        switch (c) {
            // get, list and list-profiles run: custom.ConfigureCommands plans them
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

    private void other(CustomPlan b, String g, String c, List<String> args, Map<String, List<String>> opts) {
        if (c.equals("help")) {
            b.local(g, c, List.of("local:Help"), AccessLevel.READ, false, "prints help from the bundled models");
            return;
        }
        // commands the registry runs plan themselves (Customization.plan); these are the ones it does not run
        switch (g + " " + c) {
            case "dsql generate-db-connect-auth-token":
                b.local("dsql", c, List.of("dsql:DbConnect"), AccessLevel.WRITE, true,
                        "signs a database login token with your credentials");
                break;
            case "dsql generate-db-connect-admin-auth-token":
                b.local("dsql", c, List.of("dsql:DbConnectAdmin"), AccessLevel.WRITE, true,
                        "signs a database admin login token with your credentials");
                break;
            case "emr list-clusters":
                b.api("emr", "ListClusters");
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
            case "datapipeline create-default-roles":
                b.api("iam", "CreateRole");
                b.api("iam", "AttachRolePolicy");
                break;
            case "emr install-applications":
                b.api("emr", "AddJobFlowSteps");
                break;
            case "ecs deploy":
                b.api("ecs", "RegisterTaskDefinition");
                b.api("deploy", "CreateDeployment");
                break;
            case "gamelift get-game-session-log":
                b.api("gamelift", "GetGameSessionLogUrl");
                b.local("gamelift", c, List.of("local:WriteFile"), AccessLevel.WRITE, false, "downloads the log to a local file");
                break;
            default:
                break;
        }
    }
}
