package dev.awsmcp.client.protocol.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** A minimal XML writer: elements, attributes and escaped text, no declaration, no indentation. */
public final class XmlWriter {
    private final StringBuilder out = new StringBuilder(256);
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;

    /** Opens an element; attributes may follow until content is written. */
    public XmlWriter start(String name) {
        closeStartTag();
        out.append('<').append(name);
        open.push(name);
        startTagOpen = true;
        return this;
    }

    /** Adds an attribute to the element just opened. */
    public XmlWriter attribute(String name, String value) {
        if (!startTagOpen) {
            throw new IllegalStateException("attribute " + name + " after content");
        }
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    /** Writes escaped text. */
    public XmlWriter text(String s) {
        closeStartTag();
        escape(s, false);
        return this;
    }

    /** Closes the innermost element. */
    public XmlWriter end() {
        String name = open.pop();
        if (startTagOpen) {
            out.append("></").append(name).append('>');
            startTagOpen = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append(attribute ? "&quot;" : "\""); break;
                case '\r': out.append("&#xD;"); break;
                // escaped so a parser's line-break normalisation cannot change caller data (botocore's escape_xml_payload)
                case '\n': out.append("&#xA;"); break;
                default: out.append(c);
            }
        }
    }

    /** The document as UTF-8 bytes. */
    public byte[] toBytes() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed element " + open.peek());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
