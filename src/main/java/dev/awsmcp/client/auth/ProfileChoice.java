package dev.awsmcp.client.auth;

/**
 * The profile a call uses and whether it was chosen explicitly ({@code --profile} or the builder) rather than
 * taken from {@code AWS_PROFILE} or the default. As in botocore, an explicit profile disables environment
 * credentials.
 *
 * @param name     the profile name
 * @param explicit chosen by the command or the embedding program
 */
public record ProfileChoice(String name, boolean explicit) {
    /**
     * Picks the profile: command, then client default, then {@code AWS_PROFILE}/{@code AWS_DEFAULT_PROFILE}, then
     * {@code default}.
     *
     * @param commandProfile {@code --profile}, or null
     * @param clientProfile  the builder's profile, or null
     * @param env            the environment
     * @return the choice
     */
    public static ProfileChoice resolve(String commandProfile, String clientProfile, AwsEnvironment env) {
        if (commandProfile != null && !commandProfile.isBlank()) {
            return new ProfileChoice(commandProfile, true);
        }
        if (clientProfile != null && !clientProfile.isBlank()) {
            return new ProfileChoice(clientProfile, true);
        }
        return new ProfileChoice(env.variable("AWS_PROFILE").or(() -> env.variable("AWS_DEFAULT_PROFILE"))
                .orElse("default"), false);
    }

    /** {@code --profile NAME} for a command line, or an empty string for the default profile. */
    public String flag() {
        return name.equals("default") ? "" : " --profile " + name;
    }
}
