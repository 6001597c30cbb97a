package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolException;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * XML to output tree (the {@code rest-xml}, {@code query} and {@code ec2} protocols), ported from botocore's
 * {@code BaseXMLResponseParser}: element names from {@code locationName}, flattened lists and maps, XML attributes,
 * empty elements as empty strings, timestamps as ISO-8601 text, blobs as binary nodes.
 */
public final class XmlShapeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private XmlShapeReader() {}

    /**
     * Reads a structure from an element's children, skipping members bound to headers or the status code.
     *
     * @param shape   the structure or union
     * @param element the element holding the members
     * @return the output object
     */
    public static ObjectNode structure(Shape shape, XmlElement element) {
        ObjectNode out = NODES.objectNode();
        Map<String, List<XmlElement>> byName = new LinkedHashMap<>();
        for (XmlElement c : element.children()) {
            byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
        }
        if (shape.type() == ShapeType.UNION) {
            return union(shape, byName);
        }
        for (Member m : shape.members().values()) {
            String location = m.location();
            if (location != null && !location.equals("uri") && !location.equals("querystring") || m.eventHeader()) {
                continue;
            }
            List<XmlElement> nodes = byName.get(keyName(m));
            if (nodes != null) {
                out.set(m.name(), value(m, nodes));
            } else if (m.xmlAttribute()) {
                String v = element.attribute(m.wireName());
                if (v != null) {
                    out.set(m.name(), scalar(m, v));
                }
            }
        }
        return out;
    }

    private static ObjectNode union(Shape shape, Map<String, List<XmlElement>> byName) {
        ObjectNode out = NODES.objectNode();
        for (String tag : byName.keySet()) {
            Member match = null;
            for (Member m : shape.members().values()) {
                if (keyName(m).equals(tag)) {
                    match = m;
                }
            }
            if (match == null) {
                ObjectNode unknown = NODES.objectNode();
                unknown.set("SDK_UNKNOWN_MEMBER", NODES.objectNode().put("name", tag));
                return unknown;
            }
            out.set(match.name(), value(match, byName.get(tag)));
        }
        return out;
    }

    /**
     * The element name a member reads from: its explicit {@code locationName}; for a flattened list without one,
     * the list member's name (botocore's rule, which SimpleDB's model needs); else the member name.
     */
    static String keyName(Member m) {
        Shape s = m.shape();
        if (m.locationName() == null && s.type() == ShapeType.LIST && m.isFlattened()
                && s.listMember().locationName() != null) {
            return s.listMember().locationName();
        }
        return m.wireName();
    }

    /**
     * Reads a member from the elements that carry it (several for a flattened list or map).
     *
     * @param m     the member
     * @param nodes the elements, at least one
     * @return the value
     */
    public static JsonNode value(Member m, List<XmlElement> nodes) {
        Shape shape = m.shape();
        switch (shape.type()) {
            case LIST: {
                ArrayNode out = NODES.arrayNode();
                List<XmlElement> items = m.isFlattened() ? nodes : nodes.get(0).children();
                for (XmlElement item : items) {
                    out.add(value(shape.listMember(), List.of(item)));
                }
                return out;
            }
            case MAP: {
                ObjectNode out = NODES.objectNode();
                List<XmlElement> entries = m.isFlattened() ? nodes : nodes.get(0).children();
                String keyName = shape.mapKey().locationName() != null ? shape.mapKey().locationName() : "key";
                String valName = shape.mapValue().locationName() != null ? shape.mapValue().locationName() : "value";
                for (XmlElement entry : entries) {
                    XmlElement k = entry.child(keyName);
                    XmlElement v = entry.child(valName);
                    if (k != null) {
                        out.set(k.text(), v == null ? NODES.nullNode() : value(shape.mapValue(), List.of(v)));
                    }
                }
                return out;
            }
            case STRUCTURE:
            case UNION:
                return structure(shape, nodes.get(0));
            default:
                return scalar(m, nodes.get(0).text());
        }
    }

    /** Reads a scalar from text. */
    public static JsonNode scalar(Member m, String text) {
        Shape shape = m.shape();
        try {
            switch (shape.type()) {
                case BOOLEAN:
                    return NODES.booleanNode("true".equals(text.trim()));
                case INTEGER:
                case LONG:
                    return NODES.numberNode(Long.parseLong(text.trim()));
                case FLOAT:
                case DOUBLE:
                    return NODES.numberNode(Double.parseDouble(text.trim()));
                case TIMESTAMP:
                    return new dev.awsmcp.model.WireTimestamp(Timestamps.iso8601(Timestamps.parse(text)),
                            NODES.textNode(text));
                case BLOB:
                    return NODES.binaryNode(Base64.getMimeDecoder().decode(text.trim()));
                case DOCUMENT:
                default:
                    return NODES.textNode(text);
            }
        } catch (RuntimeException e) {
            throw ProtocolException.malformedResponse("Value for " + m.name() + " is not a valid "
                    + shape.type().botocoreName() + ": '" + text + "'.", e);
        }
    }
}
