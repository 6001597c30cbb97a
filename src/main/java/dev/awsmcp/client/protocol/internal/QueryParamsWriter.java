package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Flattens an input tree into the {@code Name.member.1.Key=value} pairs of the {@code query} and {@code ec2}
 * protocols, ported from botocore's {@code QuerySerializer} and {@code EC2Serializer}.
 */
public final class QueryParamsWriter {
    private final boolean ec2;
    private final List<Map.Entry<String, String>> params = new ArrayList<>();

    /** @param ec2 use the ec2 naming rules ({@code queryName}, capitalised names, lists always flattened) */
    public QueryParamsWriter(boolean ec2) {
        this.ec2 = ec2;
    }

    /** Adds one pair. */
    public QueryParamsWriter add(String name, String value) {
        params.add(Map.entry(name, value));
        return this;
    }

    /** Adds the members of a structure with no prefix (the operation input). */
    public QueryParamsWriter structure(Shape shape, JsonNode value) {
        structure(shape, value, "");
        return this;
    }

    private void structure(Shape shape, JsonNode value, String prefix) {
        for (var it = value.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (shape.member(key) == null) {
                throw JsonShapeWriter.unknownMember(shape, key);
            }
        }
        for (Member m : shape.members().values()) {
            JsonNode v = value.get(m.name());
            if (v == null || v.isNull()) {
                continue;
            }
            String name = serializedName(m, m.name());
            value(m, v, prefix.isEmpty() ? name : prefix + "." + name);
        }
    }

    private String serializedName(Member m, String fallback) {
        if (ec2) {
            if (m.queryName() != null) {
                return m.queryName();
            }
            if (m.locationName() != null) {
                String n = m.locationName();
                return Character.toUpperCase(n.charAt(0)) + n.substring(1);
            }
            return fallback;
        }
        return m.locationName() != null ? m.locationName() : fallback;
    }

    private void value(Member m, JsonNode v, String prefix) {
        Shape shape = m.shape();
        switch (shape.type()) {
            case STRUCTURE:
            case UNION:
                structure(shape, v, prefix);
                return;
            case LIST:
                list(m, v, prefix);
                return;
            case MAP:
                map(m, v, prefix);
                return;
            default:
                add(prefix, scalar(m, v));
        }
    }

    private void list(Member m, JsonNode v, String prefix) {
        Member item = m.shape().listMember();
        if (ec2) {
            int i = 1;
            for (JsonNode e : v) {
                value(item, e, prefix + "." + i++);
            }
            return;
        }
        if (v.size() == 0) {
            add(prefix, ""); // the query protocol sends empty lists
            return;
        }
        String listPrefix;
        if (m.isFlattened()) {
            listPrefix = prefix;
            // botocore names flattened items after the list member; an explicit name on the structure member wins
            if (item.locationName() != null && m.locationName() == null) {
                int dot = prefix.lastIndexOf('.');
                listPrefix = (dot < 0 ? "" : prefix.substring(0, dot + 1)) + item.locationName();
            }
        } else {
            listPrefix = prefix + "." + (item.locationName() != null ? item.locationName() : "member");
        }
        int i = 1;
        for (JsonNode e : v) {
            value(item, e, listPrefix + "." + i++);
        }
    }

    private void map(Member m, JsonNode v, String prefix) {
        Shape shape = m.shape();
        String full = m.isFlattened() ? prefix : prefix + ".entry";
        String keyName = shape.mapKey().locationName() != null ? shape.mapKey().locationName() : "key";
        String valName = shape.mapValue().locationName() != null ? shape.mapValue().locationName() : "value";
        int i = 1;
        for (var e : v.properties()) {
            int index = i++;
            add(full + "." + index + "." + keyName, e.getKey());
            if (!e.getValue().isNull()) {
                value(shape.mapValue(), e.getValue(), full + "." + index + "." + valName);
            }
        }
    }

    private static String scalar(Member m, JsonNode v) {
        return XmlShapeWriter.scalarText(m, v);
    }

    /** The pairs as an {@code application/x-www-form-urlencoded} body. */
    public byte[] toFormBody() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> p : params) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(PercentEncoding.encode(p.getKey())).append('=').append(PercentEncoding.encode(p.getValue()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
