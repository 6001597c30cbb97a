package dev.awsmcp.auditmode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * What an audit covers, as the {@code audit} command and the {@code run_audit} tool ask for it.
 *
 * @param packs       the packs to run ({@code security}, {@code inventory}, {@code cost}, or a pack of
 *                    {@code checksDir}); empty with no {@code checks} means {@code security}
 * @param checks      check ids to run instead of (or besides) whole packs
 * @param checksDir   a directory of the user's own checks, or null
 * @param region      a region, {@code *} for every enabled region, or null for the configured one
 * @param profile     the profile, or null
 * @param roleArn     a role to run as, or null
 * @param accounts    {@code *} or a comma-separated list of account ids, or null
 * @param profiles    {@code *} or a comma-separated list of profiles, or null
 * @param roleName    the role assumed in member accounts with {@code accounts}, or null for the default
 * @param minSeverity the lowest severity reported as a failure and counted for the exit code
 */
public record AuditRequest(List<String> packs, List<String> checks, Path checksDir, String region, String profile,
                           String roleArn, String accounts, String profiles, String roleName, Severity minSeverity) {
    public AuditRequest {
        packs = List.copyOf(packs);
        checks = List.copyOf(checks);
        minSeverity = minSeverity == null ? Severity.LOW : minSeverity;
    }

    /** The request as the report's {@code scope}. */
    public ObjectNode scope() {
        ObjectNode o = JsonReport.JSON.createObjectNode();
        packs.forEach(o.putArray("packs")::add);
        checks.forEach(o.putArray("checks")::add);
        o.put("checksDir", checksDir == null ? null : checksDir.toString());
        o.put("region", region).put("profile", profile).put("roleArn", roleArn).put("accounts", accounts)
                .put("profiles", profiles).put("roleName", roleName).put("minSeverity", minSeverity.label());
        o.put("readOnly", true);
        return o;
    }
}
