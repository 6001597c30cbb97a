package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolException;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.client.protocol.ServiceErrorException;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.Shape;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Output event streams, read from a complete response body: the stream member becomes an array of
 * {@code {"EventName": {...}}} objects in arrival order; an exception or error message ends the stream with a
 * {@link ServiceErrorException}. Input event streams (bidirectional operations) are rejected with a clear error.
 */
public final class EventStreams {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventStreams() {}

    /** The output member that is an event stream, or null. */
    public static Member outputStreamMember(Operation operation) {
        return streamMember(operation.output());
    }

    /** Whether the operation's output carries an event stream. */
    public static boolean hasOutputStream(Operation operation) {
        return outputStreamMember(operation) != null;
    }

    private static Member streamMember(Shape shape) {
        if (shape == null) {
            return null;
        }
        for (Member m : shape.members().values()) {
            if (m.shape().eventStream()) {
                return m;
            }
        }
        return null;
    }

    /**
     * Rejects operations whose input is an event stream.
     *
     * @throws ProtocolException when the input has an event-stream member
     */
    public static void rejectInputStream(ServiceModel service, Operation operation) {
        if (streamMember(operation.input()) != null) {
            throw ProtocolException.unsupported("Operation " + operation.name() + " of " + service.name()
                            + " sends an input event stream, which aws-mcp does not support.",
                    "Use an AWS SDK with streaming support for this operation.");
        }
    }

    /**
     * Reads an RPC-style ({@code json}, {@code smithy-rpc-v2-cbor}) streaming output: an optional
     * {@code initial-response} event carries the other members.
     */
    public static ObjectNode rpcOutput(ServiceModel service, Operation operation, RawResponse response,
                                       EventPayloadFormat format) {
        Member stream = outputStreamMember(operation);
        ObjectNode out = NODES.objectNode();
        ArrayNode events = NODES.arrayNode();
        for (EventStreamMessage m : EventStreamMessage.decodeAll(response.body())) {
            if ("initial-response".equals(m.header(":event-type"))) {
                ObjectNode initial = format.structure(operation.output(), m.payload());
                initial.remove(stream.name());
                out.setAll(initial);
                continue;
            }
            addEvent(service, response, stream, m, format, events);
        }
        out.set(stream.name(), events);
        return out;
    }

    /** Reads the events of a REST payload stream into an array. */
    public static ArrayNode events(ServiceModel service, RawResponse response, Member stream, EventPayloadFormat format) {
        ArrayNode events = NODES.arrayNode();
        for (EventStreamMessage m : EventStreamMessage.decodeAll(response.body())) {
            addEvent(service, response, stream, m, format, events);
        }
        return events;
    }

    private static void addEvent(ServiceModel service, RawResponse response, Member stream, EventStreamMessage m,
                                 EventPayloadFormat format, ArrayNode events) {
        String messageType = stringHeader(m, ":message-type");
        if ("exception".equals(messageType)) {
            String type = m.header(":exception-type");
            Member member = type == null ? null : stream.shape().member(type);
            ObjectNode members = member == null ? NODES.objectNode() : format.structure(member.shape(), m.payload());
            JsonNode msg = members.has("Message") ? members.get("Message") : members.get("message");
            throw new ServiceErrorException(new ServiceError(response.status(), type,
                    msg == null ? null : msg.asText(), ErrorSupport.requestIdHeader(response), null, members));
        }
        if ("error".equals(messageType)) {
            throw new ServiceErrorException(new ServiceError(response.status(), m.header(":error-code"),
                    m.header(":error-message"), ErrorSupport.requestIdHeader(response), null, NODES.objectNode()));
        }
        if (!"event".equals(messageType)) {
            throw malformed("unknown message type '" + messageType + "'");
        }
        String type = stringHeader(m, ":event-type");
        Member member = stream.shape().member(type);
        if (member == null) {
            return; // an event this model does not know: skipped, as botocore does
        }
        events.add(NODES.objectNode().set(type, event(member.shape(), m, format)));
    }

    /** A required string header; the framing is broken without it. */
    private static String stringHeader(EventStreamMessage m, String name) {
        Object v = m.headers().get(name);
        if (!(v instanceof String)) {
            throw malformed(v == null ? "missing " + name + " header" : name + " header is not a string");
        }
        return (String) v;
    }

    private static ProtocolException malformed(String what) {
        return ProtocolException.malformedResponse("The event stream in the response is malformed (" + what + ").", null);
    }

    private static ObjectNode event(Shape shape, EventStreamMessage m, EventPayloadFormat format) {
        ObjectNode out = NODES.objectNode();
        Member payloadMember = null;
        for (Member member : shape.members().values()) {
            if (member.eventHeader()) {
                Object v = m.headers().get(member.name());
                if (v != null) {
                    out.set(member.name(), headerValue(v));
                }
            } else if (member.eventPayload()) {
                payloadMember = member;
            }
        }
        if (payloadMember != null) {
            switch (payloadMember.shape().type()) {
                case BLOB:
                    out.set(payloadMember.name(), NODES.binaryNode(m.payload()));
                    break;
                case STRING:
                    out.put(payloadMember.name(), new String(m.payload(), StandardCharsets.UTF_8));
                    break;
                default:
                    if (m.payload().length > 0) {
                        out.set(payloadMember.name(), format.member(payloadMember, m.payload()));
                    }
            }
            return out;
        }
        ObjectNode body = format.structure(shape, m.payload());
        body.setAll(out);
        return body;
    }

    private static JsonNode headerValue(Object v) {
        if (v instanceof Boolean) {
            return NODES.booleanNode((Boolean) v);
        }
        if (v instanceof Number) {
            return NODES.numberNode(((Number) v).longValue());
        }
        if (v instanceof byte[]) {
            return NODES.binaryNode((byte[]) v);
        }
        if (v instanceof Instant) {
            return NODES.textNode(Timestamps.iso8601((Instant) v));
        }
        return NODES.textNode(v.toString());
    }
}
