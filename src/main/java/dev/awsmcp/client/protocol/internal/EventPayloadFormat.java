package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import java.util.List;

/** How a protocol encodes the payload of an event-stream message (JSON, XML or CBOR). */
public interface EventPayloadFormat {
    /** JSON payloads ({@code json}, {@code rest-json}). */
    EventPayloadFormat JSON = new EventPayloadFormat() {
        private final JsonShapeReader reader = new JsonShapeReader(true);

        @Override
        public ObjectNode structure(Shape shape, byte[] payload) {
            return reader.structure(shape, payload.length == 0 ? null : JsonBodies.read(payload));
        }

        @Override
        public JsonNode member(Member member, byte[] payload) {
            return reader.value(member, JsonBodies.read(payload));
        }
    };

    /** XML payloads ({@code rest-xml}). */
    EventPayloadFormat XML = new EventPayloadFormat() {
        @Override
        public ObjectNode structure(Shape shape, byte[] payload) {
            if (payload.length == 0) {
                return ErrorSupport.emptyMembers();
            }
            return XmlShapeReader.structure(shape, XmlParsing.parse(payload));
        }

        @Override
        public JsonNode member(Member member, byte[] payload) {
            return XmlShapeReader.value(member, List.of(XmlParsing.parse(payload)));
        }
    };

    /** CBOR payloads ({@code smithy-rpc-v2-cbor}). */
    EventPayloadFormat CBOR = new EventPayloadFormat() {
        private final JsonShapeReader reader = new JsonShapeReader(true);

        @Override
        public ObjectNode structure(Shape shape, byte[] payload) {
            return reader.structure(shape, payload.length == 0 ? null : CborBodies.read(payload));
        }

        @Override
        public JsonNode member(Member member, byte[] payload) {
            return reader.value(member, CborBodies.read(payload));
        }
    };

    /** Reads an event (or error) structure from a payload holding all its body members. */
    ObjectNode structure(Shape shape, byte[] payload);

    /** Reads a structured {@code eventpayload} member from a payload. */
    JsonNode member(Member member, byte[] payload);
}
