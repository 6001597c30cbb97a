package dev.awsmcp.client;

import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.client.auth.ProfileChoice;
import dev.awsmcp.client.endpoint.EndpointSettings;
import dev.awsmcp.model.ServiceModel;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the endpoint rule set's builtIns for a call from the command, the environment and the profile, in the
 * AWS CLI v2's order: {@code --endpoint-url} → {@code AWS_ENDPOINT_URL_<SERVICE>} → {@code AWS_ENDPOINT_URL} →
 * the profile's {@code endpoint_url} (the latter three ignored with {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS});
 * FIPS and dual-stack from {@code AWS_USE_FIPS_ENDPOINT}/{@code AWS_USE_DUALSTACK_ENDPOINT} or the profile.
 */
final class EndpointSettingsFactory {
    private final AwsEnvironment env;

    EndpointSettingsFactory(AwsEnvironment env) {
        this.env = env;
    }

    EndpointSettings settings(ServiceModel service, String region, String commandEndpoint, ProfileChoice profile,
                              String accountId) {
        EndpointSettings.Builder b = EndpointSettings.builder(region)
                .endpointUrl(endpointUrl(service, commandEndpoint, profile))
                .useFips(flag("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", profile))
                .useDualStack(flag("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint", profile))
                .accountId(accountId);
        env.variable("AWS_ACCOUNT_ID_ENDPOINT_MODE")
                .or(() -> env.profile(profile.name()).flatMap(p -> p.property("account_id_endpoint_mode")))
                .filter(m -> m.equals("preferred") || m.equals("disabled") || m.equals("required"))
                .ifPresent(b::accountIdEndpointMode);
        return b.build();
    }

    private String endpointUrl(ServiceModel service, String commandEndpoint, ProfileChoice profile) {
        if (commandEndpoint != null && !commandEndpoint.isBlank()) {
            return commandEndpoint.trim();
        }
        if (truthy(env.variable("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"))
                || truthy(env.profile(profile.name()).flatMap(p -> p.property("ignore_configured_endpoint_urls")))) {
            return null;
        }
        String serviceId = service.metadata().serviceId() == null ? service.name() : service.metadata().serviceId();
        String key = "AWS_ENDPOINT_URL_" + serviceId.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return env.variable(key)
                .or(() -> env.variable("AWS_ENDPOINT_URL"))
                .or(() -> env.profile(profile.name()).flatMap(p -> p.property("endpoint_url")))
                .orElse(null);
    }

    private boolean flag(String variable, String property, ProfileChoice profile) {
        Optional<String> v = env.variable(variable);
        if (v.isPresent()) {
            return truthy(v);
        }
        return truthy(env.profile(profile.name()).flatMap(p -> p.property(property)));
    }

    private static boolean truthy(Optional<String> v) {
        return v.map(s -> s.trim().equalsIgnoreCase("true")).orElse(false);
    }
}
