package dev.awsmcp.auditmode;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The outcome of one check on one resource in one account and region.
 *
 * @param check       the check
 * @param status      PASS, FAIL, ERROR or INFO
 * @param account     the account id
 * @param accountName the account's name from Organizations, or null
 * @param region      the region, or {@code global} for account-wide checks
 * @param resourceId  the resource id (a bucket name, an instance id; the account id for account-level checks)
 * @param resourceArn the resource ARN, or null when the check has no ARN template
 * @param evidence    what was seen
 */
public record Finding(Check check, FindingStatus status, String account, String accountName, String region,
                      String resourceId, String resourceArn, Evidence evidence) {
    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
    }

    /**
     * What the check saw: the command whose answer decided, the field it looked at and its value, or why it could
     * not tell.
     *
     * @param command the last command run for this resource (as sent, never with secrets)
     * @param field   the JMESPath of the value judged, or null
     * @param value   that value, or null
     * @param message one sentence: why it failed, or the error of an ERROR
     */
    public record Evidence(String command, String field, JsonNode value, String message) {}
}
