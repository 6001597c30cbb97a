package dev.awsmcp.client.protocol.internal;

import dev.awsmcp.client.protocol.ProtocolException;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Parses response XML into {@link XmlElement}s with DTDs and external entities disabled. */
public final class XmlParsing {
    private static final XMLInputFactory FACTORY = factory();

    private XmlParsing() {}

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /**
     * Parses a document.
     *
     * @param body the bytes
     * @return the root element
     * @throws ProtocolException when the bytes are not well-formed XML
     */
    public static XmlElement parse(byte[] body) {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
            Deque<XmlElement> stack = new ArrayDeque<>();
            XmlElement root = null;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT: {
                        XmlElement e = new XmlElement(r.getLocalName());
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String prefix = r.getAttributePrefix(i);
                            String local = r.getAttributeLocalName(i);
                            e.putAttribute(prefix == null || prefix.isEmpty() ? local : prefix + ":" + local,
                                    r.getAttributeValue(i));
                        }
                        if (stack.isEmpty()) {
                            root = e;
                        } else {
                            stack.peek().addChild(e);
                        }
                        stack.push(e);
                        break;
                    }
                    case XMLStreamConstants.END_ELEMENT:
                        stack.pop();
                        break;
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                    case XMLStreamConstants.SPACE:
                        if (!stack.isEmpty()) {
                            stack.peek().appendText(r.getText());
                        }
                        break;
                    default:
                        break;
                }
            }
            if (root == null) {
                throw ProtocolException.malformedResponse("The response body has no XML element.", null);
            }
            return root;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof ProtocolException) {
                throw (ProtocolException) e;
            }
            throw ProtocolException.malformedResponse("Unable to parse the response: invalid XML received.", e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing left to release
                }
            }
        }
    }
}
