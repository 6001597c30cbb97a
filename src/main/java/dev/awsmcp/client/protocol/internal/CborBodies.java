package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.awsmcp.client.protocol.ProtocolException;
import java.io.IOException;

/** CBOR bytes to a Jackson tree (byte strings become binary nodes; tags are dropped, the shape says what a value is). */
public final class CborBodies {
    private static final CBORMapper MAPPER = new CBORMapper();

    private CborBodies() {}

    /** The shared CBOR mapper (its factory creates generators for writing). */
    public static CBORMapper mapper() {
        return MAPPER;
    }

    /**
     * Decodes a CBOR body.
     *
     * @throws ProtocolException when the bytes are not CBOR
     */
    public static JsonNode read(byte[] body) {
        try {
            JsonNode n = MAPPER.readTree(body);
            return n == null ? MAPPER.createObjectNode() : n;
        } catch (IOException e) {
            throw ProtocolException.malformedResponse("Unable to parse the response: invalid CBOR received.", e);
        }
    }

    /** Decodes an error body leniently: anything but a CBOR map reads as an empty object. */
    public static JsonNode readLenient(byte[] body) {
        if (body.length == 0) {
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode n = MAPPER.readTree(body);
            return n != null && n.isObject() ? n : MAPPER.createObjectNode();
        } catch (IOException e) {
            ObjectNode o = MAPPER.createObjectNode();
            return o;
        }
    }
}
