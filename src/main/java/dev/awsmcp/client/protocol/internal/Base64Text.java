package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Text members that botocore base64-encodes on the way in (EC2 and Auto Scaling {@code UserData}) or decodes on the way out. */
public final class Base64Text {
    private Base64Text() {}

    /** Encodes a text member in place on a copy, as botocore's {@code base64_encode_user_data} does. */
    public static ObjectNode encodeMember(ObjectNode input, String member) {
        JsonNode v = input.get(member);
        if (v == null || v.isNull()) {
            return input;
        }
        byte[] bytes = v.isBinary() ? InputValues.blob(v) : v.asText().getBytes(StandardCharsets.UTF_8);
        ObjectNode out = input.deepCopy();
        out.put(member, Base64.getEncoder().encodeToString(bytes));
        return out;
    }

    /** Decodes a base64 text member in place, replacing undecodable UTF-8; leaves it alone when it is not base64. */
    public static void decodeMember(ObjectNode output, String member) {
        JsonNode v = output.get(member);
        if (v == null || !v.isTextual()) {
            return;
        }
        try {
            output.put(member, new String(Base64.getMimeDecoder().decode(v.asText()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            // botocore logs and keeps the original value
        }
    }
}
