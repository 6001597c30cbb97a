package dev.awsmcp.client.endpoint;

import java.util.Locale;

/** A repair hint for a rule set's error message, phrased for the settings an agent can change. */
final class RuleSetHints {
    private RuleSetHints() {}

    static String hintFor(String message, EndpointSettings settings) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("missing region")) {
            return "Pass --region (or set AWS_REGION, or region in the profile).";
        }
        if (m.contains("custom endpoint")) {
            return "Do not combine --endpoint-url with FIPS or dual-stack endpoints; turn those settings off.";
        }
        if (m.contains("accelerate")) {
            return "Turn off S3 Transfer Acceleration (s3.use_accelerate_endpoint) for this request.";
        }
        if (m.contains("fips") && m.contains("dualstack")) {
            return "Turn off FIPS (use_fips_endpoint) or dual-stack (use_dualstack_endpoint); the partition lacks one of them.";
        }
        if (m.contains("fips")) {
            return "Turn off FIPS endpoints (use_fips_endpoint / AWS_USE_FIPS_ENDPOINT) for this service or region.";
        }
        if (m.contains("dualstack") || m.contains("dual-stack")) {
            return "Turn off dual-stack endpoints (use_dualstack_endpoint / AWS_USE_DUALSTACK_ENDPOINT) for this service or region.";
        }
        if (m.contains("arn")) {
            return "Check the ARN; its partition and region must match --region unless use_arn_region is enabled.";
        }
        if (m.contains("region")) {
            return "Use a valid region code such as us-east-1 or eu-west-1"
                    + (settings.region() == null ? "." : " instead of '" + settings.region() + "'.");
        }
        if (m.contains("path-style") || m.contains("path style")) {
            return "Remove the path-style addressing setting (s3.addressing_style = path) for this request.";
        }
        return "Check --region, --endpoint-url and the FIPS/dual-stack settings.";
    }
}
