package dev.awsmcp.custom;

import java.util.Map;
import java.util.Optional;

/**
 * Why aws-mcp does not run the few AWS CLI customizations left, and what gets the same result, for the
 * {@code UnsupportedCommand} error of each (the ones that start local programs are {@link LocalProgramCommand}s).
 */
public final class UnsupportedCustomizations {
    /**
     * Why one is not run and what to do instead.
     *
     * @param reason why, finishing "'aws logs start-live-tail' ..."
     * @param hint   the commands that get the same result
     */
    public record Refusal(String reason, String hint) {}

    private static final Map<String, Refusal> REFUSALS = Map.of(
            "configure add-model", new Refusal("adds a service model to ~/.aws/models, which aws-mcp does not read: it "
                    + "uses only its bundled models", "Run 'aws-mcp help' to see the bundled services; a model that "
                    + "is not bundled cannot be added at run time."),
            "emr install-applications", new Refusal("works only on clusters of the AMI 2.x and 3.x releases",
                    "Give the applications to 'aws emr create-cluster --release-label ... --applications ...' "
                    + "instead."),
            "cloudtrail create-subscription", new Refusal("is not ported yet", "Create the bucket (and topic), then run "
                    + "'aws cloudtrail create-trail' and 'aws cloudtrail start-logging'."),
            "cloudtrail update-subscription", new Refusal("is not ported yet", "Run 'aws cloudtrail update-trail'."),
            "gamelift get-game-session-log", new Refusal("downloads a file from a URL outside the AWS APIs",
                    "Run 'aws gamelift get-game-session-log-url --game-session-id ID' and fetch the URL it returns."),
            "codecommit credential-helper", new Refusal("is a git credential helper, which a git process runs",
                    "Configure git's credential helper with the AWS CLI itself, or use git-remote-codecommit."));

    private UnsupportedCustomizations() {}

    /**
     * The refusal of a command, if it has its own.
     *
     * @param group      the command group, e.g. {@code logs}
     * @param subcommand the subcommand, e.g. {@code start-live-tail}
     * @return the reason and hint
     */
    public static Optional<Refusal> of(String group, String subcommand) {
        return Optional.ofNullable(REFUSALS.get(group + " " + subcommand));
    }
}
