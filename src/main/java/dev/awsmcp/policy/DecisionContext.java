package dev.awsmcp.policy;

/**
 * Facts about where a command would run, for region/profile/account matchers. Pass effective values (after the
 * facade applied its defaults). A null value is unknown: deny and consent rules treat an unknown value as
 * matching, allow rules as not matching, so missing facts never widen access.
 *
 * @param region  the region the call goes to, or null
 * @param profile the profile whose credentials sign it, or null
 * @param account the 12-digit account id of those credentials, or null
 */
public record DecisionContext(String region, String profile, String account) {
    /** Nothing known. */
    public static DecisionContext unknown() {
        return new DecisionContext(null, null, null);
    }
}
