package dev.awsmcp.client.auth;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.profiles.Profile;

/**
 * Says how to refresh the credentials of a profile, from what the profile is (SSO, {@code aws login} session,
 * role, process, static keys, environment). Reads property names only; never logs or returns values other than
 * profile names.
 */
public final class CredentialsAdvisor {
    private final AwsEnvironment env;

    /** @param env environment and profile files */
    public CredentialsAdvisor(AwsEnvironment env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    /** How a profile gets its credentials. */
    public enum Source { SSO, LOGIN, ROLE, WEB_IDENTITY, PROCESS, STATIC, ENVIRONMENT, CONTAINER_OR_INSTANCE, MISSING }

    /**
     * @param choice the call's profile
     * @return where its credentials come from
     */
    public Source source(ProfileChoice choice) {
        if (!choice.explicit() && env.variable("AWS_ACCESS_KEY_ID").isPresent()) {
            return Source.ENVIRONMENT;
        }
        return source(choice.name(), new HashSet<>());
    }

    private Source source(String name, Set<String> seen) {
        Optional<Profile> p = env.profile(name);
        if (p.isEmpty() || !seen.add(name)) {
            return Source.MISSING;
        }
        Profile profile = p.get();
        if (has(profile, "sso_session") || has(profile, "sso_start_url")) {
            return Source.SSO;
        }
        if (has(profile, "login_session")) {
            return Source.LOGIN;
        }
        if (has(profile, "role_arn")) {
            if (has(profile, "source_profile")) {
                Source inner = source(profile.property("source_profile").orElseThrow(), seen);
                return inner == Source.MISSING ? Source.ROLE : inner;
            }
            return has(profile, "web_identity_token_file") ? Source.WEB_IDENTITY : Source.ROLE;
        }
        if (has(profile, "credential_process")) {
            return Source.PROCESS;
        }
        if (has(profile, "aws_access_key_id")) {
            return Source.STATIC;
        }
        return Source.CONTAINER_OR_INSTANCE;
    }

    /** The profile whose login has to be refreshed (the source profile of a role chain). */
    private String rootProfile(String name) {
        Set<String> seen = new HashSet<>();
        String current = name;
        while (seen.add(current)) {
            Optional<Profile> p = env.profile(current);
            if (p.isEmpty() || !has(p.get(), "role_arn") || !has(p.get(), "source_profile")) {
                return current;
            }
            current = p.get().property("source_profile").orElseThrow();
        }
        return current;
    }

    /**
     * @param choice the call's profile
     * @return one sentence naming what refreshes its credentials
     */
    public String refreshAdvice(ProfileChoice choice) {
        ProfileChoice root = new ProfileChoice(rootProfile(choice.name()), choice.explicit());
        switch (source(choice)) {
            case SSO:
                return "Run 'aws sso login" + root.flag() + "' to refresh the SSO session, then retry.";
            case LOGIN:
                return "Run 'aws login" + root.flag() + "' to refresh the sign-in session, then retry.";
            case WEB_IDENTITY:
                return "Refresh the web identity token file of profile '" + choice.name() + "', then retry.";
            case PROCESS:
                return "Check that the credential_process of profile '" + root.name() + "' prints fresh credentials, then retry.";
            case STATIC:
                return "Replace the keys of profile '" + root.name() + "' with 'aws configure" + root.flag() + "', then retry.";
            case ENVIRONMENT:
                return "Export fresh AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, then retry.";
            case ROLE:
            case CONTAINER_OR_INSTANCE:
                return "Check the credentials of the instance, container or role source, then retry.";
            default:
                return "Configure credentials with 'aws configure', 'aws sso login' or 'aws login', or pick a profile with --profile.";
        }
    }

    private static boolean has(Profile p, String property) {
        return p.property(property).filter(v -> !v.isBlank()).isPresent();
    }
}
