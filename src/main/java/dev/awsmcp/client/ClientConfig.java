package dev.awsmcp.client;

import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.client.http.HttpSettings;
import dev.awsmcp.client.retry.RetrySettings;
import dev.awsmcp.client.retry.Sleeper;
import java.time.Clock;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Client-wide settings.
 *
 * @param region          the default region, or null (then environment, profile, {@code us-east-1})
 * @param profile         the default profile, or null (then {@code AWS_PROFILE}, {@code default})
 * @param credentials     a provider replacing all credential lookup, or null
 * @param http            HTTP defaults
 * @param retry           retry settings
 * @param userAgentSuffix appended to the User-Agent, or null
 * @param environment     environment variables and profile files
 * @param sleeper         how retries wait
 * @param clock           the signing clock
 */
public record ClientConfig(String region, String profile, AwsCredentialsProvider credentials, HttpSettings http,
                           RetrySettings retry, String userAgentSuffix, AwsEnvironment environment, Sleeper sleeper,
                           Clock clock) {
    public ClientConfig {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
    }

    /** Everything from the environment; real sleeping and time. */
    public static ClientConfig defaults() {
        return new ClientConfig(null, null, null, HttpSettings.DEFAULTS, RetrySettings.STANDARD, null,
                AwsEnvironment.system(), Sleeper.SYSTEM, Clock.systemUTC());
    }
}
