package dev.awsmcp.client.paginate;

import dev.awsmcp.text.PythonJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AWS CLI's {@code --starting-token}/{@code NextToken} format (botocore {@code TokenEncoder}/
 * {@code TokenDecoder}): base64 of the JSON of the service token(s), plus {@code boto_truncate_amount} when a page
 * was cut by {@code --max-items}; binary values are base64 encoded and listed in {@code boto_encoded_keys}. Older
 * tokens ({@code token___3}) are still read.
 */
public final class PaginationToken {
    static final String TRUNCATE = "boto_truncate_amount";
    private static final String ENCODED_KEYS = "boto_encoded_keys";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PaginationToken() {}

    /** A decoded starting token: the service tokens (input member → value; null means absent) and the offset. */
    record Decoded(Map<String, JsonNode> tokens, int truncate) {}

    /**
     * Encodes a token dictionary.
     *
     * @param token input member → value, optionally with {@code boto_truncate_amount}
     * @return the opaque token
     */
    static String encode(ObjectNode token) {
        ObjectNode copy = token.deepCopy();
        List<JsonNode> encodedPaths = new ArrayList<>();
        encodeBinary(copy, JSON.createArrayNode(), encodedPaths);
        if (!encodedPaths.isEmpty()) {
            ArrayNode keys = copy.putArray(ENCODED_KEYS);
            encodedPaths.forEach(keys::add);
        }
        return Base64.getEncoder().encodeToString(PythonJson.dumps(copy).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode encodeBinary(JsonNode n, ArrayNode path, List<JsonNode> paths) {
        if (n instanceof BinaryNode) {
            paths.add(path.deepCopy());
            return JSON.getNodeFactory().textNode(Base64.getEncoder().encodeToString(((BinaryNode) n).binaryValue()));
        }
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                ArrayNode p = path.deepCopy().add(name);
                o.set(name, encodeBinary(o.get(name), p, paths));
            }
        } else if (n.isArray()) {
            ArrayNode a = (ArrayNode) n;
            for (int i = 0; i < a.size(); i++) {
                a.set(i, encodeBinary(a.get(i), path.deepCopy().add(i), paths));
            }
        }
        return n;
    }

    /**
     * Decodes a starting token.
     *
     * @param token       the token from {@code --starting-token}
     * @param inputTokens the paginator's input tokens (for the old {@code ___} format)
     * @return the service tokens and the number of items to skip on the first page
     * @throws IllegalArgumentException for an old-format token with too many parts
     */
    static Decoded decode(String token, List<String> inputTokens) {
        try {
            JsonNode n = JSON.readTree(new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8));
            if (n != null && n.isObject()) {
                ObjectNode o = (ObjectNode) n;
                JsonNode encoded = o.remove(ENCODED_KEYS);
                if (encoded != null && encoded.isArray()) {
                    encoded.forEach(path -> decodeBinary(o, path));
                }
                int truncate = 0;
                JsonNode t = o.remove(TRUNCATE);
                if (t != null) {
                    truncate = t.asInt();
                }
                Map<String, JsonNode> tokens = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    tokens.put(e.getKey(), e.getValue().isNull() ? null : e.getValue());
                }
                return new Decoded(tokens, truncate);
            }
        } catch (IllegalArgumentException | IOException notNewFormat) {
            // fall through to the deprecated format, as botocore does
        }
        return decodeDeprecated(token, inputTokens);
    }

    private static void decodeBinary(ObjectNode root, JsonNode path) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            JsonNode step = path.get(i);
            parent = step.isInt() ? parent.get(step.asInt()) : parent.get(step.asText());
        }
        JsonNode last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode) {
            String key = last.asText();
            ((ObjectNode) parent).put(key, Base64.getDecoder().decode(parent.get(key).asText()));
        } else if (parent instanceof ArrayNode) {
            int idx = last.asInt();
            ((ArrayNode) parent).set(idx, JSON.getNodeFactory().binaryNode(
                    Base64.getDecoder().decode(parent.get(idx).asText())));
        }
    }

    private static Decoded decodeDeprecated(String token, List<String> inputTokens) {
        List<String> parts = new ArrayList<>(List.of(token.split("___", -1)));
        int index = 0;
        if (parts.size() == inputTokens.size() + 1) {
            try {
                index = Integer.parseInt(parts.get(parts.size() - 1));
                parts.remove(parts.size() - 1);
            } catch (NumberFormatException opaque) {
                parts = new ArrayList<>(List.of(token));
            }
        }
        if (parts.size() > inputTokens.size()) {
            throw new IllegalArgumentException("Bad starting token: " + token);
        }
        Map<String, JsonNode> tokens = new LinkedHashMap<>();
        for (int i = 0; i < inputTokens.size(); i++) {
            String p = i < parts.size() ? parts.get(i) : null;
            tokens.put(inputTokens.get(i), p == null || p.equals("None") ? null : JSON.getNodeFactory().textNode(p));
        }
        return new Decoded(tokens, index);
    }
}
