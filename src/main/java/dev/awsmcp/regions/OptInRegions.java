package dev.awsmcp.regions;

import java.util.Set;

/**
 * Derives a region's opt-in status. AWS enables the commercial regions launched before 20 March 2019 in every
 * account and keeps every later commercial region disabled until the account opts in (AWS Account Management
 * guide, "Enable or disable AWS Regions in your account"). The bundled data carries no launch dates, so the
 * seventeen default regions are listed here; any other {@code aws}-partition region, including ones added to the
 * data later, is opt-in. China and GovCloud accounts get all regions of their partition. The isolated and
 * sovereign partitions are not covered by that rule.
 */
final class OptInRegions {
    /** The commercial regions that existed on 20 March 2019. */
    static final Set<String> ENABLED_BY_DEFAULT = Set.of(
            "us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "ca-central-1", "sa-east-1",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1",
            "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2");

    private OptInRegions() {}

    static OptInStatus of(String partition, String region) {
        switch (partition) {
            case "aws":
                return ENABLED_BY_DEFAULT.contains(region) ? OptInStatus.NOT_REQUIRED : OptInStatus.OPT_IN_REQUIRED;
            case "aws-cn":
            case "aws-us-gov":
                return OptInStatus.NOT_REQUIRED;
            default:
                return OptInStatus.UNKNOWN;
        }
    }
}
