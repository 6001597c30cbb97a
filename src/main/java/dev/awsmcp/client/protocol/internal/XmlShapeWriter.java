package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import dev.awsmcp.model.XmlNamespace;
import java.util.function.Predicate;

/**
 * Input tree to XML (the {@code rest-xml} protocol), ported from botocore's {@code RestXMLSerializer}: element names
 * from {@code locationName}, flattened lists and maps, XML attributes, namespaces, timestamps as ISO-8601.
 * Members are written in model order.
 */
public final class XmlShapeWriter {
    private XmlShapeWriter() {}

    /**
     * Writes a structure as a document root.
     *
     * @param rootName  the root element name
     * @param namespace the root namespace, or null
     * @param shape     the structure
     * @param value     the input object
     * @param filter    members to include (the body members); null for all
     * @return the document bytes
     */
    public static byte[] document(String rootName, XmlNamespace namespace, Shape shape, JsonNode value,
                                  Predicate<Member> filter) {
        XmlWriter w = new XmlWriter();
        w.start(rootName);
        namespace(w, namespace);
        structureContent(w, shape, value, filter);
        w.end();
        return w.toBytes();
    }

    /** Writes one member value as a document root (a structure payload, for example). */
    public static byte[] document(Member member, String rootName, XmlNamespace namespace, JsonNode value) {
        XmlWriter w = new XmlWriter();
        writeValue(w, member, rootName, namespace, value);
        return w.toBytes();
    }

    private static void namespace(XmlWriter w, XmlNamespace ns) {
        if (ns != null && ns.uri() != null) {
            w.attribute(ns.prefix() == null || ns.prefix().isEmpty() ? "xmlns" : "xmlns:" + ns.prefix(), ns.uri());
        }
    }

    private static XmlNamespace namespaceOf(Member m) {
        return m.xmlNamespace() != null ? m.xmlNamespace() : m.shape().xmlNamespace();
    }

    private static void structureContent(XmlWriter w, Shape shape, JsonNode value, Predicate<Member> filter) {
        for (var it = value.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (shape.member(key) == null) {
                throw JsonShapeWriter.unknownMember(shape, key);
            }
        }
        // attributes first: they belong to the start tag
        for (Member m : shape.members().values()) {
            JsonNode v = value.get(m.name());
            if (m.xmlAttribute() && v != null && !v.isNull() && (filter == null || filter.test(m))) {
                w.attribute(m.wireName(), scalarText(m, v));
            }
        }
        for (Member m : shape.members().values()) {
            JsonNode v = value.get(m.name());
            if (m.xmlAttribute() || v == null || v.isNull() || (filter != null && !filter.test(m))) {
                continue;
            }
            writeValue(w, m, m.wireName(), namespaceOf(m), v);
        }
    }

    private static void writeValue(XmlWriter w, Member m, String name, XmlNamespace ns, JsonNode v) {
        Shape shape = m.shape();
        switch (shape.type()) {
            case STRUCTURE:
            case UNION:
                w.start(name);
                namespace(w, ns);
                structureContent(w, shape, v, null);
                w.end();
                return;
            case LIST:
                writeList(w, m, name, ns, v);
                return;
            case MAP:
                writeMap(w, m, name, ns, v);
                return;
            default:
                w.start(name);
                namespace(w, ns);
                w.text(scalarText(m, v));
                w.end();
        }
    }

    private static void writeList(XmlWriter w, Member m, String name, XmlNamespace ns, JsonNode v) {
        Member item = m.shape().listMember();
        if (m.isFlattened()) {
            // botocore names flattened items after the structure member, ignoring the list member's name
            for (JsonNode e : v) {
                writeValue(w, item, name, namespaceOf(item), e);
            }
            return;
        }
        w.start(name);
        namespace(w, ns);
        String itemName = item.locationName() != null ? item.locationName() : "member";
        for (JsonNode e : v) {
            writeValue(w, item, itemName, namespaceOf(item), e);
        }
        w.end();
    }

    private static void writeMap(XmlWriter w, Member m, String name, XmlNamespace ns, JsonNode v) {
        Shape shape = m.shape();
        Member key = shape.mapKey();
        Member val = shape.mapValue();
        String keyName = key.locationName() != null ? key.locationName() : "key";
        String valName = val.locationName() != null ? val.locationName() : "value";
        boolean flat = m.isFlattened();
        if (!flat) {
            w.start(name);
            namespace(w, ns);
        }
        for (var e : v.properties()) {
            w.start(flat ? name : "entry");
            if (flat) {
                namespace(w, ns);
            }
            writeValue(w, key, keyName, namespaceOf(key), TextNode.valueOf(e.getKey()));
            writeValue(w, val, valName, namespaceOf(val), e.getValue());
            w.end();
        }
        if (!flat) {
            w.end();
        }
    }

    /** A scalar's XML text: timestamps ISO-8601 by default, blobs base64, booleans lower case. */
    static String scalarText(Member m, JsonNode v) {
        ShapeType t = m.shape().type();
        switch (t) {
            case TIMESTAMP: {
                String format = m.effectiveTimestampFormat();
                return Timestamps.format(InputValues.timestamp(v, m.name()), format == null ? Timestamps.ISO8601 : format);
            }
            case BLOB:
                return InputValues.base64(v);
            case BOOLEAN:
                return Boolean.toString(InputValues.bool(v));
            case INTEGER:
            case LONG:
            case FLOAT:
            case DOUBLE:
                return InputValues.numberText(v);
            default:
                return v.asText();
        }
    }
}
