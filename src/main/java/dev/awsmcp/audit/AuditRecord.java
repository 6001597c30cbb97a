package dev.awsmcp.audit;

import java.util.List;

/**
 * One audit line, already redacted. Serialised by {@link #toJson()} in this field order; absent values are
 * written as {@code null} so every line has the same keys.
 *
 * @param time          ISO-8601 instant the call started
 * @param clientName    MCP client name
 * @param clientVersion MCP client version
 * @param tool          MCP tool
 * @param command       the command with secrets replaced by {@code ***}
 * @param service       CLI service name ({@code s3api}; {@code s3} for high-level commands)
 * @param operation     model operation ({@code ListObjectsV2}) or high-level subcommand ({@code cp})
 * @param iamActions    IAM actions
 * @param accessLevel   riskiest access level
 * @param source        classification source
 * @param decision      allow, deny or consent
 * @param rule          the rule that decided
 * @param reason        the decision's sentence
 * @param profile       profile used
 * @param region        region used
 * @param callerArn     caller identity ARN
 * @param requestIds    AWS request ids
 * @param httpStatus    last HTTP status, 0 when nothing was sent
 * @param durationMs    wall time in milliseconds
 * @param errorCode     error code, null on success
 * @param roleArn       the role the command ran as ({@code --role-arn}), or null
 * @param roleSession   the role session's name, or null
 */
public record AuditRecord(String time, String clientName, String clientVersion, String tool, String command,
                          String service, String operation, List<String> iamActions, String accessLevel,
                          String source, String decision, String rule, String reason, String profile, String region,
                          String callerArn, List<String> requestIds, int httpStatus, long durationMs,
                          String errorCode, String roleArn, String roleSession) {
    public AuditRecord {
        iamActions = iamActions == null ? List.of() : List.copyOf(iamActions);
        requestIds = requestIds == null ? List.of() : List.copyOf(requestIds);
    }

    /** The record as one line of JSON (no trailing newline). */
    public String toJson() {
        return AuditJson.write(this);
    }
}
