package dev.awsmcp.auditmode;

import dev.awsmcp.batch.CommandText;
import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.batch.AccountRegions;
import dev.awsmcp.batch.FanOut;
import dev.awsmcp.output.CliOutput;
import dev.awsmcp.regions.RegionCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns an {@link AuditRequest} into the checks to run and the targets to run them on, refusing bad input before
 * anything is sent: an unknown pack or check id, a malformed check ({@code file:line}), no credentials, an
 * Organization that cannot be listed.
 */
public final class AuditPlanner {
    private final CheckLoader loader = new CheckLoader();

    /**
     * The checks a request selects: its packs (default {@code security}) and its check ids, at or above nothing
     * (severity filters the report, not the run).
     *
     * @param request the request
     * @return the checks, in pack order, each once
     * @throws CheckException for an unknown pack or check id or a malformed check
     */
    public List<Check> checks(AuditRequest request) {
        Map<String, Check> all = new LinkedHashMap<>();
        for (String pack : CheckLoader.BUNDLED_PACKS) {
            loader.bundled(pack).forEach(c -> all.putIfAbsent(c.id(), c));
        }
        if (request.checksDir() != null) {
            for (Check c : loader.directory(request.checksDir())) {
                all.put(c.id(), c); // a user check of the same id replaces the bundled one
            }
        }
        List<String> packs = request.packs().isEmpty() && request.checks().isEmpty() ? List.of("security")
                : request.packs();
        Map<String, Check> selected = new LinkedHashMap<>();
        for (String pack : packs) {
            List<Check> inPack = all.values().stream().filter(c -> c.pack().equals(pack)).toList();
            if (inPack.isEmpty()) {
                throw new CheckException("UnknownPack", "There is no pack '" + pack + "'.", "Packs: "
                        + String.join(", ", all.values().stream().map(Check::pack).distinct().toList()) + ".");
            }
            inPack.forEach(c -> selected.put(c.id(), c));
        }
        for (String id : request.checks()) {
            Check c = all.get(id);
            if (c == null) {
                List<String> close = dev.awsmcp.text.ClosestNames.closest(id, all.keySet(), 3);
                throw new CheckException("UnknownCheck", "There is no check '" + id + "'.", close.isEmpty()
                        ? "List the checks with 'aws-mcp audit --list-checks'."
                        : "Did you mean " + String.join(" or ", close) + "?");
            }
            selected.put(id, c);
        }
        return new ArrayList<>(selected.values());
    }

    /**
     * The accounts and regions a request covers.
     *
     * @param aws                  the read-only facade
     * @param request              the request
     * @param credentialedProfiles the profiles {@code profiles '*'} means
     * @param defaultRegion        a profile (or null) to the region its commands go to without {@code --region}
     * @param context              the caller
     * @return the targets
     * @throws CheckException when the caller's identity or the Organization's accounts cannot be read
     */
    public List<AuditRunner.Target> targets(AwsMcp aws, AuditRequest request, Supplier<List<String>> credentialedProfiles,
                                            Function<String, String> defaultRegion, ExecutionContext context) {
        StringBuilder probe = new StringBuilder("aws sts get-caller-identity");
        if (request.profile() != null) {
            probe.append(" --profile ").append(CommandText.quote(request.profile()));
        }
        if (request.region() != null) {
            probe.append(" --region ").append(request.region().equals("*") ? "'*'" : request.region());
        }
        AccountRegions regions = new AccountRegions(aws, RegionCatalog::bundled, null);
        if (request.accounts() != null || request.profiles() != null) {
            if (request.accounts() != null) {
                probe.append(" --accounts ").append(CommandText.quote(request.accounts()));
            }
            if (request.profiles() != null) {
                probe.append(" --profiles ").append(CommandText.quote(request.profiles()));
            }
            if (request.roleName() != null) {
                probe.append(" --role-name ").append(CommandText.quote(request.roleName()));
            }
            FanOut.Expansion e = new FanOut(aws, regions, credentialedProfiles, CliOutput.create(),
                    FanOut.Limits.DEFAULTS).expand(probe.toString(), context);
            if (e.error() != null) {
                throw new CheckException(e.error().code(), e.error().message(), e.error().hint());
            }
            List<AuditRunner.Target> out = new ArrayList<>();
            for (FanOut.Target t : e.targets()) {
                String account = t.account() != null ? t.account() : identity(aws, t.profile(), null, context);
                out.add(new AuditRunner.Target(account, t.accountName(), t.region() != null ? t.region()
                        : defaultRegion.apply(t.profile()), t.profile(), t.roleArn()));
            }
            return out;
        }
        String account = identity(aws, request.profile(), request.roleArn(), context);
        List<String> rs = "*".equals(request.region()) ? regions.enabledRegions(request.profile())
                : List.of(request.region() != null ? request.region() : defaultRegion.apply(request.profile()));
        List<AuditRunner.Target> out = new ArrayList<>();
        for (String r : rs) {
            out.add(new AuditRunner.Target(account, null, r, request.profile(), request.roleArn()));
        }
        return out;
    }

    /** The account id the commands run in, from sts get-caller-identity. */
    private static String identity(AwsMcp aws, String profile, String roleArn, ExecutionContext context) {
        String command = "aws sts get-caller-identity --output json" + (profile == null ? "" : " --profile "
                + CommandText.quote(profile)) + (roleArn == null ? "" : " --role-arn " + roleArn);
        CommandResult r = aws.execute(command, new ExecutionContext(context.clientName(), context.clientVersion(),
                "audit:identity", null, context.cancelled(), null, context.mfa()));
        JsonNode json = r.json();
        if (!r.ok() || json == null) {
            throw new CheckException(r.error() == null ? "NoCredentials" : r.error().code(), "The audit cannot start: "
                    + (r.error() == null ? "no caller identity." : r.error().message()), r.error() == null
                    || r.error().hint() == null ? "Check the credentials with 'aws sts get-caller-identity'."
                    : r.error().hint());
        }
        return json.path("Account").asText();
    }

}
