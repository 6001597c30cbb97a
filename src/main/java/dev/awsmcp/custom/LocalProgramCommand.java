package dev.awsmcp.custom;

import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.model.AccessLevel;
import java.util.List;
import java.util.Map;

/**
 * A hand-written AWS CLI command that works by starting other local programs (the Session Manager plugin, npm,
 * pip, the CodeDeploy agent installer): aws-mcp runs no local programs, so it refuses the command before anything
 * is sent, saying why and which calls give the same information. Registered so that help, suggestions and the
 * classifier know it (its plan names the calls the CLI would make and the local program).
 *
 * @param group      the CLI service, e.g. {@code ssm}
 * @param subcommand the command, e.g. {@code start-session}
 * @param calls      the model operations the CLI would call, in order
 * @param program    what it would start locally, in a few words
 * @param instead    how to get the same result without it
 */
record LocalProgramCommand(String group, String subcommand, List<String> calls, String program, String instead)
        implements Customization {
    /** The commands of this kind that the AWS CLI has. */
    static List<LocalProgramCommand> bundled() {
        return List.of(
                new LocalProgramCommand("ssm", "start-session", List.of("StartSession"),
                        "the Session Manager plugin for an interactive session",
                        "Run commands on the instance with 'aws ssm send-command --document-name AWS-RunShellScript "
                                + "--instance-ids <id> --parameters commands=<cmd>' and read the result with "
                                + "'aws ssm get-command-invocation'."),
                new LocalProgramCommand("ecs", "execute-command", List.of("ExecuteCommand"),
                        "the Session Manager plugin for a shell in the container",
                        "Inspect the task with 'aws ecs describe-tasks' and its logs with 'aws logs "
                                + "filter-log-events'; open the shell yourself with the AWS CLI."),
                new LocalProgramCommand("codeartifact", "login", List.of("GetAuthorizationToken",
                        "GetRepositoryEndpoint"), "npm, pip, twine, dotnet, nuget or swift to store a token in "
                        + "their configuration",
                        "Get the token with 'aws codeartifact get-authorization-token --domain <d> --query "
                                + "authorizationToken --output text' and the URL with 'aws codeartifact "
                                + "get-repository-endpoint', then configure the tool yourself."),
                new LocalProgramCommand("deploy", "install", List.of(),
                        "the CodeDeploy agent installer on this machine", "Install the agent yourself (it needs root)."),
                new LocalProgramCommand("deploy", "uninstall", List.of(),
                        "the CodeDeploy agent uninstaller on this machine", "Uninstall the agent yourself."));
    }

    @Override
    public Map<String, String> commands() {
        return Map.of(subcommand, "Refused: starts " + program + ".");
    }

    @Override
    public void plan(Invocation invocation, CustomPlan plan) {
        calls.forEach(op -> plan.api(group, op));
        plan.local(group, subcommand, List.of("local:RunProgram"), AccessLevel.WRITE, false, "starts " + program);
    }

    @Override
    public CustomResult run(HighLevelCommand command, CustomCalls unused) {
        throw new CustomCommandException("UnsupportedCommand", "'aws " + group + " " + subcommand + "' starts "
                + program + "; aws-mcp runs no local programs, so nothing was sent.", instead, 252);
    }
}
