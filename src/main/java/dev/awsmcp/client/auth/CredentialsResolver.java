package dev.awsmcp.client.auth;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Resolves the credentials of a call through the SDK's providers; no profile is required. Without an explicit
 * profile the SDK's default chain runs (system properties, environment, web identity, {@code AWS_PROFILE} or
 * {@code default} profile, container, instance metadata). An explicit profile uses that profile only, including
 * SSO and {@code sso-session} (modules {@code sso}, {@code ssooidc}), assume-role and web identity ({@code sts}),
 * {@code aws login} sessions ({@code signin}) and {@code credential_process}. Providers are kept per profile so
 * their caches (and refreshes) survive between calls.
 *
 * <p>Failures become a {@link CredentialsException} whose message says which command refreshes the credentials.
 */
public final class CredentialsResolver implements AutoCloseable {
    private static final String DEFAULT_CHAIN = "\u0000default-chain";

    private final AwsCredentialsProvider override;
    private final AwsEnvironment env;
    private final CredentialsAdvisor advisor;
    private final Map<String, AwsCredentialsProvider> providers = new ConcurrentHashMap<>();

    /**
     * @param override a provider that replaces all lookup (embedding programs, tests), or null
     * @param env      environment and profile files
     */
    public CredentialsResolver(AwsCredentialsProvider override, AwsEnvironment env) {
        this.override = override;
        this.env = Objects.requireNonNull(env, "env");
        this.advisor = new CredentialsAdvisor(env);
    }

    /**
     * @param choice the call's profile
     * @return the credentials
     * @throws CredentialsException when none can be found or they cannot be refreshed
     */
    public AwsCredentials resolve(ProfileChoice choice) {
        AwsCredentialsProvider provider = override != null ? override : provider(choice);
        try {
            return provider.resolveCredentials();
        } catch (SdkException | IllegalStateException | IllegalArgumentException e) {
            throw translate(choice, e);
        }
    }

    /** The advisor used for refresh hints (shared with service-side expiry errors). */
    public CredentialsAdvisor advisor() {
        return advisor;
    }

    private AwsCredentialsProvider provider(ProfileChoice choice) {
        if (choice.explicit()) {
            return providers.computeIfAbsent(choice.name(), name -> ProfileCredentialsProvider.builder()
                    .profileFile(env.profileFile()).profileName(name).build());
        }
        return providers.computeIfAbsent(DEFAULT_CHAIN, k -> DefaultCredentialsProvider.builder()
                .profileFile(env.profileFile()).profileName(choice.name()).build());
    }

    private CredentialsException translate(ProfileChoice choice, RuntimeException e) {
        if (override == null && choice.explicit() && env.profile(choice.name()).isEmpty()) {
            java.util.Set<String> names = env.profileNames();
            return new CredentialsException("ProfileNotFound", "The config profile (" + choice.name() + ") could not be found.",
                    names.isEmpty() ? "No profiles are configured; run 'aws configure --profile " + choice.name() + "'."
                            : "Use one of the configured profiles: " + String.join(", ", names) + ".");
        }
        CredentialsAdvisor.Source source = override != null ? CredentialsAdvisor.Source.MISSING : advisor.source(choice);
        String hint = advisor.refreshAdvice(choice);
        switch (source) {
            case SSO:
                return new CredentialsException("CredentialsExpired", "The SSO session of profile '" + choice.name()
                        + "' is missing or has expired, so no credentials could be loaded.", hint);
            case LOGIN:
                return new CredentialsException("CredentialsExpired", "The 'aws login' session of profile '" + choice.name()
                        + "' is missing or has expired, so no credentials could be loaded.", hint);
            case MISSING:
                return new CredentialsException("NoCredentials",
                        "Unable to locate credentials. You can configure credentials by running \"aws configure\".", hint);
            default:
                return new CredentialsException("CredentialsError", "Could not load credentials for profile '" + choice.name()
                        + "': " + firstSentence(e.getMessage()), hint);
        }
    }

    private static String firstSentence(String message) {
        if (message == null || message.isBlank()) {
            return "the credential provider failed.";
        }
        int dot = message.indexOf(". ");
        String s = dot > 0 ? message.substring(0, dot + 1) : message;
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    @Override
    public void close() {
        providers.values().forEach(p -> {
            if (p instanceof SdkAutoCloseable) {
                ((SdkAutoCloseable) p).close();
            }
        });
        providers.clear();
    }
}
