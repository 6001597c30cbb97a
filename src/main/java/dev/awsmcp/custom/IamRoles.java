package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.error.AwsMcpException;
import java.util.Locale;

/** What the CLI's default-role commands ({@code dlm}, {@code emr}) share: existence checks and policy ARNs. */
final class IamRoles {
    private IamRoles() {}

    /** {@code IAM.check_if_*_exists}: false on {@code NoSuchEntity}, any other error propagates. */
    static boolean exists(CustomCalls calls, GlobalOptions o, String operation, String member, String value) {
        try {
            calls.call("iam", operation, JsonNodeFactory.instance.objectNode().put(member, value), o);
            return true;
        } catch (AwsMcpException e) {
            if (e.code().equals("NoSuchEntity")) {
                return false;
            }
            throw e;
        }
    }

    /** {@code customizations.utils.get_policy_arn_suffix}. */
    static String partition(String region) {
        String r = region == null ? "" : region.toLowerCase(Locale.ROOT);
        return r.startsWith("cn-") ? "aws-cn" : r.startsWith("us-gov") ? "aws-us-gov" : "aws";
    }
}
