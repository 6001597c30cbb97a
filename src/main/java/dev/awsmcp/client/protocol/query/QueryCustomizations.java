package dev.awsmcp.client.protocol.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolException;
import dev.awsmcp.client.protocol.internal.Base64Text;
import dev.awsmcp.client.protocol.internal.JsonBodies;
import dev.awsmcp.client.protocol.internal.PercentEncoding;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.nio.charset.StandardCharsets;

/**
 * query-protocol service behaviour from botocore's handlers: IAM policy documents (URL-encoded JSON) are decoded
 * into JSON, CloudFormation GetTemplate's JSON {@code TemplateBody} is parsed, and Auto Scaling
 * CreateLaunchConfiguration's {@code UserData} is base64-encoded for the caller.
 */
final class QueryCustomizations {
    private static final String POLICY_DOCUMENT = "policyDocumentType";

    private QueryCustomizations() {}

    static ObjectNode prepareInput(ServiceModel service, Operation operation, ObjectNode input) {
        if (is(service, "Auto Scaling", "autoscaling") && operation.name().equals("CreateLaunchConfiguration")) {
            return Base64Text.encodeMember(input, "UserData");
        }
        return input;
    }

    static void customizeOutput(ServiceModel service, Operation operation, ObjectNode output) {
        if (is(service, "IAM", "iam") && operation.output() != null) {
            decodePolicies(output, operation.output());
        } else if (is(service, "CloudFormation", "cloudformation") && operation.name().equals("GetTemplate")) {
            JsonNode body = output.get("TemplateBody");
            JsonNode parsed = body != null && body.isTextual() ? parseJson(body.asText()) : null;
            if (parsed != null) {
                output.set("TemplateBody", parsed);
            }
        }
    }

    private static boolean is(ServiceModel service, String serviceId, String name) {
        return serviceId.equals(service.metadata().serviceId()) || name.equals(service.name());
    }

    /** botocore's {@code _decode_policy_types}: structures and lists are walked, maps are not. */
    private static void decodePolicies(JsonNode value, Shape shape) {
        if (shape.type() == ShapeType.STRUCTURE && value instanceof ObjectNode) {
            ObjectNode obj = (ObjectNode) value;
            for (Member m : shape.members().values()) {
                JsonNode v = obj.get(m.name());
                if (v == null) {
                    continue;
                }
                if (m.shape().type() == ShapeType.STRING && POLICY_DOCUMENT.equals(m.targetName())) {
                    JsonNode parsed = v.isTextual() ? parseJson(PercentEncoding.decode(v.asText(), false)) : null;
                    if (parsed != null) {
                        obj.set(m.name(), parsed);
                    }
                } else {
                    decodePolicies(v, m.shape());
                }
            }
        } else if (shape.type() == ShapeType.LIST && value instanceof ArrayNode) {
            for (JsonNode item : value) {
                decodePolicies(item, shape.listMember().shape());
            }
        }
    }

    private static JsonNode parseJson(String text) {
        try {
            JsonNode n = JsonBodies.read(text.getBytes(StandardCharsets.UTF_8));
            return n.isContainerNode() || n.isValueNode() ? n : null;
        } catch (ProtocolException e) {
            return null; // not JSON (a YAML template, for example): left as text, as botocore does
        }
    }
}
