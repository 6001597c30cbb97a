package dev.awsmcp.policy;

/**
 * Facts about where a command would run, for region/profile/account matchers. Pass effective values (after the
 * facade applied its defaults). A null value is unknown: deny and consent rules treat an unknown value as
 * matching, allow rules as not matching, so missing facts never widen access.
 *
 * @param region  the region the call goes to, or null
 * @param profile the profile whose credentials sign it, or null
 * @param account the 12-digit account id the call runs in (the role's with {@code --role-arn}), or null
 * @param role    the role the command assumes ({@code --role-arn}), or null when it runs with its own credentials
 */
public record DecisionContext(String region, String profile, String account, String role) {
    /**
     * A context without a role.
     *
     * @param region  the region, or null
     * @param profile the profile, or null
     * @param account the account id, or null
     */
    public DecisionContext(String region, String profile, String account) {
        this(region, profile, account, null);
    }

    /**
     * The context a command's own options give, completed from the environment the way the AWS CLI would:
     * profile from {@code --profile}, else {@code AWS_PROFILE}, else {@code default}; region from {@code --region},
     * else {@code AWS_REGION}, else {@code AWS_DEFAULT_REGION} (else unknown). The account is the role's with
     * {@code --role-arn}, else unknown.
     *
     * @param options the command's global options
     * @param env     the environment
     * @return the context
     */
    public static DecisionContext of(dev.awsmcp.command.GlobalOptions options, java.util.Map<String, String> env) {
        String profile = options.profile() != null ? options.profile() : env.getOrDefault("AWS_PROFILE", "default");
        String region = options.region() != null ? options.region()
                : env.getOrDefault("AWS_REGION", env.get("AWS_DEFAULT_REGION"));
        return options.role() == null ? new DecisionContext(region, profile, null)
                : new DecisionContext(region, profile, options.role().accountId(), options.role().roleArn());
    }

    /** Nothing known. */
    public static DecisionContext unknown() {
        return new DecisionContext(null, null, null);
    }
}
