package dev.awsmcp.client.protocol.ec2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.internal.Base64Text;
import dev.awsmcp.model.Operation;

/**
 * EC2 behaviour from botocore's handlers: RunInstances {@code UserData} is base64-encoded for the caller, and
 * GetConsoleOutput's {@code Output} is decoded to text.
 */
final class Ec2Customizations {
    private Ec2Customizations() {}

    static ObjectNode prepareInput(Operation operation, ObjectNode input) {
        return operation.name().equals("RunInstances") ? Base64Text.encodeMember(input, "UserData") : input;
    }

    static void customizeOutput(Operation operation, ObjectNode output) {
        if (operation.name().equals("GetConsoleOutput")) {
            Base64Text.decodeMember(output, "Output");
        }
    }
}
