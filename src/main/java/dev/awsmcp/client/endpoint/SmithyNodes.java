package dev.awsmcp.client.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.smithy.model.node.ArrayNode;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;

/** Converts Jackson trees to Smithy {@link Node}s (rule sets, and call inputs for JMESPath). */
final class SmithyNodes {
    private SmithyNodes() {}

    static Node of(JsonNode json) {
        if (json == null || json.isNull() || json.isMissingNode()) {
            return Node.nullNode();
        }
        if (json.isObject()) {
            ObjectNode.Builder b = Node.objectNodeBuilder();
            for (Map.Entry<String, JsonNode> e : json.properties()) {
                b.withMember(e.getKey(), of(e.getValue()));
            }
            return b.build();
        }
        if (json.isArray()) {
            List<Node> items = new ArrayList<>(json.size());
            for (JsonNode item : json) {
                items.add(of(item));
            }
            return ArrayNode.fromNodes(items);
        }
        if (json.isBoolean()) {
            return Node.from(json.booleanValue());
        }
        if (json.isNumber()) {
            return Node.from(json.numberValue());
        }
        if (json.isBinary()) {
            try {
                return Node.from(Base64.getEncoder().encodeToString(json.binaryValue()));
            } catch (java.io.IOException e) {
                return Node.nullNode();
            }
        }
        return Node.from(json.asText());
    }
}
