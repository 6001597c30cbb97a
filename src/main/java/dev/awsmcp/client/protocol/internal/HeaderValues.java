package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.awsmcp.client.protocol.ProtocolException;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * HTTP header values of the REST protocols, both ways: lists as comma-separated values (strings quoted when they
 * hold a comma or quote), timestamps as http-date unless the model says otherwise, {@code jsonvalue} strings as
 * base64-encoded JSON, booleans in lower case.
 */
public final class HeaderValues {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HeaderValues() {}

    /** Serializes a header member's value (a scalar or a list of scalars). */
    public static String serialize(Member member, JsonNode value) {
        Shape shape = member.shape();
        if (shape.type() == ShapeType.LIST) {
            List<String> parts = new ArrayList<>();
            Member item = shape.listMember();
            for (JsonNode v : value) {
                if (v == null || v.isNull()) {
                    continue;
                }
                String text = scalar(item, v, member.name());
                if (item.shape().type() == ShapeType.STRING) {
                    text = quoteIfNeeded(text);
                }
                parts.add(text);
            }
            return String.join(", ", parts);
        }
        return scalar(member, value, member.name());
    }

    private static String scalar(Member member, JsonNode v, String name) {
        Shape shape = member.shape();
        switch (shape.type()) {
            case TIMESTAMP: {
                Instant t = InputValues.timestamp(v, name);
                String format = member.effectiveTimestampFormat();
                return Timestamps.format(t, format == null ? Timestamps.RFC822 : format);
            }
            case BOOLEAN:
                return Boolean.toString(InputValues.bool(v));
            case BLOB:
                return InputValues.base64(v);
            case INTEGER:
            case LONG:
            case FLOAT:
            case DOUBLE:
                return InputValues.numberText(v);
            case STRING:
                if (member.jsonValue()) {
                    String json = v.isTextual() ? v.asText() : compactJson(v);
                    return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
                }
                return v.asText();
            default:
                return v.isTextual() ? v.asText() : compactJson(v);
        }
    }

    private static String compactJson(JsonNode v) {
        try {
            return JSON.writeValueAsString(v);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoteIfNeeded(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return s;
    }

    /**
     * Parses a header into the member's type.
     *
     * @param member the member
     * @param values every value the response carried for the header (repeated headers count as list items)
     * @return the JSON value
     */
    public static JsonNode parse(Member member, List<String> values) {
        Shape shape = member.shape();
        if (shape.type() == ShapeType.LIST) {
            ArrayNode out = NODES.arrayNode();
            Member item = shape.listMember();
            boolean httpDates = item.shape().type() == ShapeType.TIMESTAMP
                    && (item.effectiveTimestampFormat() == null || Timestamps.RFC822.equals(item.effectiveTimestampFormat()));
            for (String raw : values) {
                List<String> parts = httpDates ? splitHttpDates(raw) : splitList(raw);
                for (String p : parts) {
                    out.add(scalarValue(item, p));
                }
            }
            return out;
        }
        return scalarValue(member, String.join(", ", values));
    }

    /** Parses one header scalar. */
    public static JsonNode scalarValue(Member member, String raw) {
        Shape shape = member.shape();
        String text = raw.trim();
        try {
            switch (shape.type()) {
                case TIMESTAMP:
                    return new dev.awsmcp.model.WireTimestamp(Timestamps.iso8601(Timestamps.parse(text)),
                            NODES.textNode(text));
                case BOOLEAN:
                    return NODES.booleanNode(Boolean.parseBoolean(text));
                case INTEGER:
                    return NODES.numberNode(Integer.parseInt(text));
                case LONG:
                    return NODES.numberNode(Long.parseLong(text));
                case FLOAT:
                case DOUBLE:
                    return NODES.numberNode(Double.parseDouble(text));
                case BLOB:
                    return NODES.binaryNode(Base64.getMimeDecoder().decode(text));
                case STRING:
                    if (member.jsonValue()) {
                        return JSON.readTree(Base64.getMimeDecoder().decode(text));
                    }
                    return NODES.textNode(raw);
                default:
                    return NODES.textNode(raw);
            }
        } catch (RuntimeException | IOException e) {
            throw ProtocolException.malformedResponse("Header value '" + raw + "' for " + member.name()
                    + " is not a valid " + shape.type().botocoreName() + ".", e);
        }
    }

    /** Splits a comma-separated header list, honouring double-quoted items with backslash escapes. */
    public static List<String> splitList(String raw) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < raw.length()) {
                    cur.append(raw.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && cur.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                cur.setLength(0);
            } else if (c == ',') {
                out.add(wasQuoted ? cur.toString() : cur.toString().trim());
                cur.setLength(0);
                wasQuoted = false;
            } else if (!(wasQuoted && Character.isWhitespace(c))) {
                cur.append(c);
            }
        }
        out.add(wasQuoted ? cur.toString() : cur.toString().trim());
        if (out.size() == 1 && out.get(0).isEmpty() && raw.isBlank()) {
            return List.of();
        }
        return out;
    }

    /** Splits a list of http-dates, which carry a comma of their own: every second comma separates items. */
    public static List<String> splitHttpDates(String raw) {
        List<String> out = new ArrayList<>();
        String[] pieces = raw.split(",");
        for (int i = 0; i + 1 < pieces.length; i += 2) {
            out.add((pieces[i] + "," + pieces[i + 1]).trim());
        }
        if (pieces.length % 2 == 1 && !pieces[pieces.length - 1].isBlank()) {
            out.add(pieces[pieces.length - 1].trim());
        }
        return out;
    }
}
