package dev.awsmcp.client.protocol.rpcv2cbor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import dev.awsmcp.client.protocol.internal.CborBodies;
import dev.awsmcp.client.protocol.internal.InputValues;
import dev.awsmcp.client.protocol.internal.Timestamps;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Input tree to CBOR: structures and maps as CBOR maps, blobs as byte strings, timestamps as tag 1 epoch
 * seconds, floats as 32-bit and doubles as 64-bit floats.
 */
final class CborShapeWriter {
    private CborShapeWriter() {}

    static byte[] write(Shape shape, JsonNode value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (CBORGenerator g = CborBodies.mapper().getFactory().createGenerator(out)) {
            structure(g, shape, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void structure(CBORGenerator g, Shape shape, JsonNode value) throws IOException {
        int count = 0;
        for (Member m : shape.members().values()) {
            JsonNode v = value.get(m.name());
            if (v != null && !v.isNull()) {
                count++;
            }
        }
        for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (shape.member(key) == null) {
                throw dev.awsmcp.client.protocol.ProtocolException.invalidParameter("Unknown parameter " + key + " in "
                        + shape.name() + ".", "Valid parameters: " + String.join(", ", shape.members().keySet()) + ".");
            }
        }
        g.writeStartObject(value, count);
        for (Member m : shape.members().values()) {
            JsonNode v = value.get(m.name());
            if (v == null || v.isNull()) {
                continue;
            }
            g.writeFieldName(m.wireName());
            value(g, m, v);
        }
        g.writeEndObject();
    }

    private static void value(CBORGenerator g, Member m, JsonNode v) throws IOException {
        if (v == null || v.isNull()) {
            g.writeNull();
            return;
        }
        Shape shape = m.shape();
        switch (shape.type()) {
            case STRUCTURE:
            case UNION:
                structure(g, shape, v);
                return;
            case LIST:
                g.writeStartArray(v, v.size());
                for (JsonNode item : v) {
                    value(g, shape.listMember(), item);
                }
                g.writeEndArray();
                return;
            case MAP: {
                g.writeStartObject(v, v.size());
                for (Map.Entry<String, JsonNode> e : v.properties()) {
                    g.writeFieldName(e.getKey());
                    value(g, shape.mapValue(), e.getValue());
                }
                g.writeEndObject();
                return;
            }
            case TIMESTAMP: {
                BigDecimal secs = Timestamps.epochSeconds(InputValues.timestamp(v, m.name()));
                g.writeTag(1);
                if (secs.scale() == 0) {
                    g.writeNumber(secs.longValueExact());
                } else {
                    g.writeNumber(secs.doubleValue());
                }
                return;
            }
            case BLOB:
                g.writeBinary(InputValues.blob(v));
                return;
            case BOOLEAN:
                g.writeBoolean(InputValues.bool(v));
                return;
            case INTEGER:
            case LONG:
                if (v.isBigInteger()) {
                    g.writeNumber(v.bigIntegerValue());
                } else {
                    g.writeNumber(InputValues.longValue(v));
                }
                return;
            case FLOAT:
                g.writeNumber((float) InputValues.doubleValue(v));
                return;
            case DOUBLE:
                g.writeNumber(InputValues.doubleValue(v));
                return;
            case DOCUMENT:
                CborBodies.mapper().writeTree(g, v);
                return;
            default:
                g.writeString(v.asText());
        }
    }
}
