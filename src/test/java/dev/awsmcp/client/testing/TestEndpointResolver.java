package dev.awsmcp.client.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.endpoint.EndpointResolver;
import dev.awsmcp.client.endpoint.EndpointSettings;
import dev.awsmcp.client.endpoint.ResolvedEndpoint;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the rule-set resolver (built on another branch): the endpoint override or
 * {@code https://<prefix>.<region>.amazonaws.com}; S3 path-style with the bucket in the URL path, like the rule set.
 */
public final class TestEndpointResolver implements EndpointResolver {
    @Override
    public ResolvedEndpoint resolve(ServiceModel service, Operation op, ObjectNode input, EndpointSettings settings) {
        String base = settings.endpointUrl() != null ? settings.endpointUrl()
                : "https://" + service.metadata().endpointPrefix() + "." + settings.region() + ".amazonaws.com";
        boolean s3 = service.name().equals("s3");
        if (s3 && input.hasNonNull("Bucket")) {
            base = base + "/" + input.get("Bucket").asText();
        }
        String signingName = service.metadata().signingName() != null ? service.metadata().signingName()
                : service.metadata().endpointPrefix();
        return new ResolvedEndpoint(URI.create(base), Map.of(), "sigv4", signingName, settings.region(), List.of(), s3, s3);
    }
}
