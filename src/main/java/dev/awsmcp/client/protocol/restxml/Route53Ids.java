package dev.awsmcp.client.protocol.restxml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.util.Set;

/**
 * Route 53 returns ids as paths ({@code /hostedzone/Z123}, {@code /change/C1}); botocore's {@code fix_route53_ids}
 * keeps only the last segment when such a value is passed back in, so output can be used as input unchanged.
 */
final class Route53Ids {
    private static final Set<String> ID_SHAPES = Set.of("ResourceId", "DelegationSetId", "ChangeId");

    private Route53Ids() {}

    static ObjectNode prepareInput(ServiceModel service, Operation operation, ObjectNode input) {
        if (!"Route 53".equals(service.metadata().serviceId()) && !"route53".equals(service.name())) {
            return input;
        }
        ObjectNode out = input;
        for (Member m : operation.inputMembers().values()) {
            JsonNode v = input.get(m.name());
            if (ID_SHAPES.contains(m.targetName()) && v != null && v.isTextual() && v.asText().contains("/")) {
                if (out == input) {
                    out = input.deepCopy();
                }
                String text = v.asText();
                out.put(m.name(), text.substring(text.lastIndexOf('/') + 1));
            }
        }
        return out;
    }
}
