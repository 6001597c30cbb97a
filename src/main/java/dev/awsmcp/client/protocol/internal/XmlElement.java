package dev.awsmcp.client.protocol.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed XML element: local name, attributes (keyed as written, {@code prefix:name} or {@code name}), child
 * elements and text content. Namespaces are dropped from element names, as botocore does.
 */
public final class XmlElement {
    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlElement(String name) {
        this.name = name;
    }

    /** The local name. */
    public String name() { return name; }

    /** Attributes keyed by their qualified name as written. */
    public Map<String, String> attributes() { return Collections.unmodifiableMap(attributes); }

    /** Child elements in document order. */
    public List<XmlElement> children() { return Collections.unmodifiableList(children); }

    /** The element's own text (not its children's); empty for {@code <a></a>} and {@code <a/>}. */
    public String text() { return text.toString(); }

    /** The first child with this local name, or null. */
    public XmlElement child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** Every child with this local name. */
    public List<XmlElement> children(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The text of the first child with this name, or null. */
    public String childText(String childName) {
        XmlElement c = child(childName);
        return c == null ? null : c.text();
    }

    /**
     * An attribute by the name the model uses: {@code xsi:type} matches that qualified name, a plain name matches an
     * attribute without prefix.
     */
    public String attribute(String modelName) {
        return attributes.get(modelName);
    }

    void putAttribute(String qname, String value) {
        attributes.put(qname, value);
    }

    void addChild(XmlElement child) {
        children.add(child);
    }

    void appendText(String s) {
        text.append(s);
    }

    @Override
    public String toString() {
        return "<" + name + ">";
    }
}
