package dev.awsmcp.custom;

import dev.awsmcp.command.HighLevelCommand;
import java.util.Set;

/**
 * Runs the credential-minting customizations ({@code aws ecr get-login-password}, {@code aws ecr-public
 * get-login-password}, {@code aws rds generate-db-auth-token}, {@code aws eks get-token}) and
 * {@code aws cloudformation deploy} after the policy gate
 * has allowed them. Usage:
 *
 * <pre>{@code
 * if (CustomCommandRunner.runs(h.service(), h.subcommand())) {
 *     CustomResult r = new CustomCommandRunner(calls).run(h);
 * }
 * }</pre>
 */
public final class CustomCommandRunner {
    private static final Set<String> COMMANDS = Set.of("ecr get-login-password", "ecr-public get-login-password",
            "rds generate-db-auth-token", "eks get-token", "cloudformation deploy");

    private final CustomCalls calls;

    /**
     * @param calls how the commands reach AWS (the facade's pipeline)
     */
    public CustomCommandRunner(CustomCalls calls) {
        this.calls = calls;
    }

    /**
     * Whether this runner runs a customization.
     *
     * @param service    the CLI service, e.g. {@code ecr}
     * @param subcommand the subcommand, e.g. {@code get-login-password}
     * @return true when {@link #run} takes it
     */
    public static boolean runs(String service, String subcommand) {
        return COMMANDS.contains(service + " " + subcommand);
    }

    /**
     * Runs one customization.
     *
     * @param h the parsed command
     * @return what the AWS CLI prints
     * @throws dev.awsmcp.error.AwsMcpException for bad arguments (252), a failed call or signing
     * @throws IllegalArgumentException for a command {@link #runs} does not accept
     */
    public CustomResult run(HighLevelCommand h) {
        switch (h.service() + " " + h.subcommand()) {
            case "ecr get-login-password":
            case "ecr-public get-login-password":
                return EcrLoginPassword.run(h, calls);
            case "rds generate-db-auth-token":
                return DbAuthToken.run(h, calls);
            case "eks get-token":
                return EksToken.run(h, calls);
            case "cloudformation deploy":
                return CloudFormationDeploy.run(h, calls);
            default:
                throw new IllegalArgumentException("not a command this runner runs: " + h.service() + " " + h.subcommand());
        }
    }
}
