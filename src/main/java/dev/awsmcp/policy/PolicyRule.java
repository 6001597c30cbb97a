package dev.awsmcp.policy;

import dev.awsmcp.model.AccessLevel;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One rule of a policy file. Every matcher that is given must match; an absent (empty) matcher matches anything.
 * Patterns are case-insensitive wildcards ({@code *}, {@code ?}).
 *
 * <p>A command can make several calls ({@code aws s3 sync} lists, uploads and deletes). A {@code deny} or
 * {@code consent} rule matches when <em>any</em> call matches; an {@code allow} rule only when <em>every</em>
 * call matches, so allowing {@code s3:ListBucket} never lets a sync upload.
 *
 * @param id       the rule's name, reported as {@code rule:<id>}
 * @param effect   allow, deny or consent
 * @param commands CLI path patterns: {@code aws s3api delete-*}, {@code aws iam *}, {@code aws s3 rm}
 * @param actions  IAM action patterns: {@code iam:Delete*}, {@code s3:Get*}, {@code local:*}
 * @param access   access levels ({@code List}, {@code Read}, {@code Write}, {@code Permissions management},
 *                 {@code Tagging}) and classes ({@code sensitive-read}, {@code unknown})
 * @param regions  region patterns, e.g. {@code eu-*}
 * @param profiles profile patterns
 * @param accounts account id patterns
 * @param roles    role patterns, matched against the ARN and the name of the role a command assumes with
 *                 {@code --role-arn}; a command without a role never matches a rule that names roles
 */
public record PolicyRule(String id, Verdict effect, List<String> commands, List<String> actions, List<String> access,
                         List<String> regions, List<String> profiles, List<String> accounts, List<String> roles) {
    public PolicyRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effect, "effect");
        commands = List.copyOf(commands);
        actions = List.copyOf(actions);
        access = List.copyOf(access);
        regions = List.copyOf(regions);
        profiles = List.copyOf(profiles);
        accounts = List.copyOf(accounts);
        roles = List.copyOf(roles);
        for (String a : access) {
            if (!isAccessTerm(a)) {
                throw new IllegalArgumentException("access value '" + a + "' is not List, Read, Write, "
                        + "Permissions management, Tagging, sensitive-read or unknown");
            }
        }
    }

    static boolean isAccessTerm(String a) {
        String t = a.strip().toLowerCase(Locale.ROOT);
        if (t.equals("sensitive-read") || t.equals("unknown")) {
            return true;
        }
        try {
            AccessLevel.parse(t);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the command matches this rule (any call for deny/consent, every call for allow). */
    boolean matches(String commandPath, List<Classification> calls, DecisionContext ctx) {
        boolean allow = effect == Verdict.ALLOW;
        if (!commands.isEmpty() && !anyGlob(commands, normalise(commandPath))) {
            return false;
        }
        if (!contextMatches(regions, ctx.region(), allow) || !contextMatches(profiles, ctx.profile(), allow)
                || !contextMatches(accounts, ctx.account(), allow) || !roleMatches(ctx.role())) {
            return false;
        }
        if (actions.isEmpty() && access.isEmpty()) {
            return true;
        }
        if (calls.isEmpty()) {
            return !allow;
        }
        for (Classification c : calls) {
            boolean hit = callMatches(c);
            if (allow && !hit) {
                return false;
            }
            if (!allow && hit) {
                return true;
            }
        }
        return allow;
    }

    private boolean callMatches(Classification c) {
        if (!actions.isEmpty() && c.iamActions().stream().noneMatch(a -> anyGlob(actions, a))) {
            return false;
        }
        return access.isEmpty() || access.stream().anyMatch(a -> accessMatches(a, c));
    }

    private static boolean accessMatches(String term, Classification c) {
        String t = term.strip().toLowerCase(Locale.ROOT);
        if (t.equals("sensitive-read")) {
            return c.callClass() == CallClass.SENSITIVE_READ;
        }
        if (t.equals("unknown")) {
            return c.callClass() == CallClass.UNKNOWN;
        }
        return c.accessLevel() == AccessLevel.parse(t);
    }

    /**
     * Whether this allow rule names a call explicitly enough to unlock a sensitive read or a heuristic read in
     * read-only mode: {@code access: [sensitive-read]}, or every action named without wildcards, or the command
     * path named without wildcards. Wildcards never unlock these.
     */
    boolean namesExplicitly(String commandPath, Classification c) {
        if (access.stream().anyMatch(a -> a.strip().equalsIgnoreCase("sensitive-read")) && c.sensitive()) {
            return true;
        }
        boolean literalAction = c.iamActions().stream().allMatch(a -> actions.stream()
                .map(Glob::of).anyMatch(g -> g.isLiteral() && g.matches(a)));
        boolean literalCommand = commands.stream().map(Glob::of)
                .anyMatch(g -> g.isLiteral() && g.matches(normalise(commandPath)));
        return literalAction || literalCommand;
    }

    private boolean roleMatches(String roleArn) {
        if (roles.isEmpty()) {
            return true;
        }
        if (roleArn == null) {
            return false;
        }
        String name = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        return roles.stream().anyMatch(p -> Glob.of(p).matches(roleArn) || Glob.of(p).matches(name));
    }

    private static boolean contextMatches(List<String> patterns, String value, boolean allow) {
        if (patterns.isEmpty()) {
            return true;
        }
        if (value == null) {
            return !allow;
        }
        return anyGlob(patterns, value);
    }

    private static boolean anyGlob(List<String> patterns, String value) {
        for (String p : patterns) {
            if (Glob.of(normalise(p)).matches(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Collapses runs of spaces and drops a leading {@code aws}, so {@code "aws  s3api delete-*"},
     * {@code "s3api delete-*"} and the path {@code aws s3api delete-object} compare alike.
     */
    static String normalise(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.regionMatches(true, 0, "aws ", 0, 4) ? t.substring(4) : t.equalsIgnoreCase("aws") ? "" : t;
    }
}
