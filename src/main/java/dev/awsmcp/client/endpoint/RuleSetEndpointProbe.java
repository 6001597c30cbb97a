package dev.awsmcp.client.endpoint;

import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.regions.EndpointProbe;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers {@link EndpointProbe} questions for {@link dev.awsmcp.regions.RegionCatalog} by resolving the service's
 * rule set with default settings (no operation, no input). Wire it with
 * {@code RegionCatalog.bundled().withProbe(new RuleSetEndpointProbe(catalog, resolver))}.
 */
public final class RuleSetEndpointProbe implements EndpointProbe {
    private final ServiceCatalog catalog;
    private final EndpointResolver resolver;

    /**
     * @param catalog  where service models come from
     * @param resolver the resolver to ask
     */
    public RuleSetEndpointProbe(ServiceCatalog catalog, EndpointResolver resolver) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    @Override
    public Optional<String> resolve(String serviceName, String region) {
        Optional<ServiceModel> model = catalog.model(serviceName);
        if (model.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(resolver.resolve(model.get(), null, null, EndpointSettings.forRegion(region)).url().toString());
        } catch (EndpointException e) {
            return Optional.empty();
        }
    }
}
