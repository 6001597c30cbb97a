package dev.awsmcp.client.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;

/** Resolves the endpoint of one call from the service's rule set. */
public interface EndpointResolver {
    /**
     * @param service   the service model (its rule set, client context params)
     * @param operation the operation (static/operation context params)
     * @param input     the call's input keyed by member names ({@code contextParam} members)
     * @param settings  region, endpoint override, FIPS, dual-stack, ...
     * @return the endpoint
     * @throws EndpointException when the rule set yields an error (its message is passed on) or no rule matches
     */
    ResolvedEndpoint resolve(ServiceModel service, Operation operation, ObjectNode input, EndpointSettings settings);
}
