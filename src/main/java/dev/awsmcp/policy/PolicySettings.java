package dev.awsmcp.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The whole policy: modes, options, file access and ordered rules. Built from a policy file, flags and the
 * environment ({@link PolicyFlags}); the modes can only be switched on by any one of them, never off.
 *
 * @param readOnly            only List/Read calls run
 * @param requireConsent      calls that are not plain reads need a human's consent
 * @param defaultVerdict      what happens when no mode and no rule decides (allow unless the file says)
 * @param allowSensitiveReads let read-only mode run calls that return credentials or secrets
 * @param allowHeuristicReads let read-only mode run reads that only the name heuristic placed
 * @param endpointUrls        patterns of non-loopback {@code --endpoint-url} values allowed
 *                            (e.g. {@code https://*.vpce.amazonaws.com})
 * @param allowNoVerifySsl    allow {@code --no-verify-ssl}
 * @param allowCaBundle       allow {@code --ca-bundle}
 * @param fileAccess          how far local file access reaches
 * @param workdir             the working directory for {@link FileAccessMode#WORKDIR}, or null for the process's
 *                            current directory
 * @param rules               ordered rules
 * @param origin              where the settings came from (file path or {@code defaults}), for messages
 */
public record PolicySettings(boolean readOnly, boolean requireConsent, Verdict defaultVerdict,
                             boolean allowSensitiveReads, boolean allowHeuristicReads, List<String> endpointUrls,
                             boolean allowNoVerifySsl, boolean allowCaBundle, FileAccessMode fileAccess, Path workdir,
                             List<PolicyRule> rules, String origin) {
    public PolicySettings {
        Objects.requireNonNull(defaultVerdict, "defaultVerdict");
        endpointUrls = List.copyOf(endpointUrls);
        Objects.requireNonNull(fileAccess, "fileAccess");
        rules = List.copyOf(rules);
        origin = origin == null ? "defaults" : origin;
        List<String> ids = new ArrayList<>();
        for (PolicyRule r : rules) {
            if (ids.contains(r.id())) {
                throw new IllegalArgumentException("rule id '" + r.id() + "' is used twice");
            }
            ids.add(r.id());
        }
    }

    /** Read-write, no consent, allow by default, no rules, files confined to the working directory. */
    public static PolicySettings defaults() {
        return new PolicySettings(false, false, Verdict.ALLOW, false, false, List.of(), false, false,
                FileAccessMode.WORKDIR, null, List.of(), "defaults");
    }

    /** These settings with read-only mode on or off. */
    public PolicySettings withReadOnly(boolean on) {
        return new PolicySettings(on, requireConsent, defaultVerdict, allowSensitiveReads, allowHeuristicReads,
                endpointUrls, allowNoVerifySsl, allowCaBundle, fileAccess, workdir, rules, origin);
    }

    /** These settings with consent mode on or off. */
    public PolicySettings withRequireConsent(boolean on) {
        return new PolicySettings(readOnly, on, defaultVerdict, allowSensitiveReads, allowHeuristicReads,
                endpointUrls, allowNoVerifySsl, allowCaBundle, fileAccess, workdir, rules, origin);
    }

    /** These settings with sensitive reads allowed (or not) in read-only mode. */
    public PolicySettings withAllowSensitiveReads(boolean on) {
        return new PolicySettings(readOnly, requireConsent, defaultVerdict, on, allowHeuristicReads,
                endpointUrls, allowNoVerifySsl, allowCaBundle, fileAccess, workdir, rules, origin);
    }

    /** These settings with another file access mode and working directory (null: process directory). */
    public PolicySettings withFileAccess(FileAccessMode mode, Path dir) {
        return new PolicySettings(readOnly, requireConsent, defaultVerdict, allowSensitiveReads, allowHeuristicReads,
                endpointUrls, allowNoVerifySsl, allowCaBundle, mode, dir, rules, origin);
    }

    /** These settings with other rules. */
    public PolicySettings withRules(List<PolicyRule> newRules) {
        return new PolicySettings(readOnly, requireConsent, defaultVerdict, allowSensitiveReads, allowHeuristicReads,
                endpointUrls, allowNoVerifySsl, allowCaBundle, fileAccess, workdir, newRules, origin);
    }

    /** The working directory in effect: {@link #workdir()} or the process's current directory. */
    public Path effectiveWorkdir() {
        return workdir != null ? workdir : Path.of(System.getProperty("user.dir"));
    }
}
