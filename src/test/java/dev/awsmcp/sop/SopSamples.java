package dev.awsmcp.sop;

import java.util.HashMap;
import java.util.Map;

/**
 * Typed sample values for the {@code ${placeholders}} of the bundled SOPs, shaped like real values (IDs with their
 * prefixes, ARNs, CIDRs, epoch seconds), so substituted commands pass the command parser's type and pattern checks.
 */
final class SopSamples {
    private SopSamples() {}

    static Map<String, String> values() {
        Map<String, String> v = new HashMap<>();
        v.put("region", "eu-west-1");
        v.put("account_id", "123456789012");
        v.put("vpc_id", "vpc-0a1b2c3d4e5f67890");
        v.put("subnet_id", "subnet-0a1b2c3d4e5f67890");
        v.put("instance_name", "web-01");
        v.put("instance_type", "t3.micro");
        v.put("instance_profile_name", "ec2-ssm-core");
        v.put("ami_id", "ami-0a1b2c3d4e5f67890");
        v.put("security_group_id", "sg-0a1b2c3d4e5f67890");
        v.put("instance_id", "i-0a1b2c3d4e5f67890");
        return v;
    }
}
