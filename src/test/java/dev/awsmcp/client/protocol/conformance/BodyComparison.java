package dev.awsmcp.client.protocol.conformance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.awsmcp.client.protocol.internal.PercentEncoding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Compares a serialized body with a test's expected body by media type: JSON and CBOR as decoded trees, XML
 * canonically (whitespace between elements ignored, attribute order ignored), form bodies as parameter lists,
 * anything else byte for byte.
 */
final class BodyComparison {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final CBORMapper CBOR = new CBORMapper();

    private BodyComparison() {}

    /** Differences between the expected body text and the actual bytes; empty when they match. */
    static List<String> diff(String mediaType, String expected, byte[] actual) throws Exception {
        String actualText = new String(actual, StandardCharsets.UTF_8);
        if (expected.isEmpty()) {
            return actual.length == 0 ? List.of() : List.of("expected an empty body, got " + actualText);
        }
        String type = mediaType == null ? "" : mediaType;
        if (type.contains("json")) {
            if (actual.length == 0) {
                return List.of("expected body " + expected + ", got an empty body");
            }
            return TreeComparison.diff(JSON.readTree(expected), JSON.readTree(actual));
        }
        if (type.contains("cbor")) {
            byte[] e = Base64.getDecoder().decode(expected);
            if (actual.length == 0) {
                return List.of("expected a CBOR body, got an empty body");
            }
            return TreeComparison.diff(CBOR.readTree(e), CBOR.readTree(actual));
        }
        if (type.contains("xml")) {
            if (actual.length == 0) {
                return List.of("expected body " + expected + ", got an empty body");
            }
            String e = canonical(expected.getBytes(StandardCharsets.UTF_8));
            String a = canonical(actual);
            return e.equals(a) ? List.of() : List.of("XML differs:\n expected " + e + "\n actual   " + a);
        }
        if (type.contains("x-www-form-urlencoded")) {
            List<String> e = formParams(expected);
            List<String> a = formParams(actualText);
            return e.equals(a) ? List.of() : List.of("form params differ:\n expected " + e + "\n actual   " + a);
        }
        return expected.equals(actualText) ? List.of()
                : List.of("body differs:\n expected " + expected + "\n actual   " + actualText);
    }

    static List<String> formParams(String body) {
        List<String> out = new ArrayList<>();
        for (String pair : body.trim().split("&")) {
            String p = pair.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String k = eq < 0 ? p : p.substring(0, eq);
            String v = eq < 0 ? "" : p.substring(eq + 1);
            out.add(PercentEncoding.decode(k, true) + "=" + PercentEncoding.decode(v, true));
        }
        Collections.sort(out);
        return out;
    }

    static String canonical(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder b = f.newDocumentBuilder();
        Element root = b.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        StringBuilder out = new StringBuilder();
        write(root, out);
        return out.toString();
    }

    private static void write(Element e, StringBuilder out) {
        out.append('<').append(e.getTagName());
        TreeMap<String, String> attrs = new TreeMap<>();
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr a = (Attr) map.item(i);
            attrs.put(a.getName(), a.getValue());
        }
        attrs.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        out.append('>');
        boolean hasElements = false;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                hasElements = true;
            }
        }
        // sibling elements compare by name (stable, so list items keep their order), as XMLUnit's similarity does
        List<Element> elements = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) c);
            }
        }
        elements.sort(java.util.Comparator.comparing(Element::getTagName));
        for (Element c : elements) {
            write(c, out);
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                continue;
            } else if ((c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE)) {
                String text = c.getNodeValue();
                if (!hasElements || !text.isBlank()) {
                    out.append(text.replace("&", "&amp;").replace("<", "&lt;"));
                }
            }
        }
        out.append("</").append(e.getTagName()).append('>');
    }

    /** Decodes a test body into bytes for a response: base64 for CBOR, UTF-8 otherwise. */
    static byte[] responseBytes(String mediaType, String body) {
        if (mediaType != null && mediaType.contains("cbor")) {
            return Base64.getDecoder().decode(body);
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** Parses JSON text (test helper). */
    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
