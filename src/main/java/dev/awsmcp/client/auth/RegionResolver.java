package dev.awsmcp.client.auth;

import java.util.Objects;

/**
 * Picks the region of a call like the AWS CLI, with the embedding program's default in between:
 * {@code --region} → the builder's region → {@code AWS_REGION} → {@code AWS_DEFAULT_REGION} → the profile's
 * {@code region} → {@value #DEFAULT_REGION}.
 */
public final class RegionResolver {
    /** The region used when nothing names one (the AWS CLI would fail; an agent is better served by a guess it can see). */
    public static final String DEFAULT_REGION = "us-east-1";

    private final String clientRegion;
    private final AwsEnvironment env;

    /**
     * @param clientRegion the builder's default region, or null
     * @param env          environment and profile files
     */
    public RegionResolver(String clientRegion, AwsEnvironment env) {
        this.clientRegion = clientRegion;
        this.env = Objects.requireNonNull(env, "env");
    }

    /**
     * @param commandRegion {@code --region}, or null
     * @param profile       the call's profile
     * @return the region
     */
    public String resolve(String commandRegion, ProfileChoice profile) {
        if (commandRegion != null && !commandRegion.isBlank()) {
            return commandRegion.trim();
        }
        if (clientRegion != null && !clientRegion.isBlank()) {
            return clientRegion;
        }
        return env.variable("AWS_REGION")
                .or(() -> env.variable("AWS_DEFAULT_REGION"))
                .or(() -> env.profile(profile.name()).flatMap(p -> p.property("region")))
                .filter(r -> !r.isBlank())
                .orElse(DEFAULT_REGION);
    }
}
