package dev.awsmcp.client.protocol.internal;

import dev.awsmcp.client.protocol.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * One message of the {@code application/vnd.amazon.eventstream} framing: typed headers and a payload.
 *
 * @param headers header name to value (Boolean, Byte, Short, Integer, Long, byte[], String, java.time.Instant, UUID)
 * @param payload the payload bytes
 */
public record EventStreamMessage(Map<String, Object> headers, byte[] payload) {
    private static final int PRELUDE = 12;

    /** A header as text, or null. */
    public String header(String name) {
        Object v = headers.get(name);
        return v == null ? null : v instanceof byte[] ? new String((byte[]) v, StandardCharsets.UTF_8) : v.toString();
    }

    /**
     * Splits a complete event-stream body into messages, checking both CRCs.
     *
     * @throws ProtocolException when the framing is broken
     */
    public static List<EventStreamMessage> decodeAll(byte[] body) {
        List<EventStreamMessage> out = new ArrayList<>();
        ByteBuffer buf = ByteBuffer.wrap(body);
        while (buf.remaining() > 0) {
            if (buf.remaining() < PRELUDE + 4) {
                throw broken("truncated message prelude");
            }
            int start = buf.position();
            int total = buf.getInt();
            int headersLength = buf.getInt();
            int preludeCrc = buf.getInt();
            if (total < PRELUDE + 4 || headersLength < 0 || headersLength > total - PRELUDE - 4 || total - 4 > body.length - start) {
                throw broken("invalid message lengths");
            }
            if (crc(body, start, 8) != preludeCrc) {
                throw broken("prelude checksum mismatch");
            }
            Map<String, Object> headers = headers(buf, headersLength);
            byte[] payload = new byte[total - PRELUDE - headersLength - 4];
            buf.get(payload);
            int messageCrc = buf.getInt();
            if (crc(body, start, total - 4) != messageCrc) {
                throw broken("message checksum mismatch");
            }
            out.add(new EventStreamMessage(headers, payload));
        }
        return out;
    }

    private static Map<String, Object> headers(ByteBuffer buf, int length) {
        Map<String, Object> headers = new LinkedHashMap<>();
        int end = buf.position() + length;
        while (buf.position() < end) {
            byte[] name = new byte[buf.get() & 0xff];
            buf.get(name);
            int type = buf.get();
            Object value;
            switch (type) {
                case 0: value = Boolean.TRUE; break;
                case 1: value = Boolean.FALSE; break;
                case 2: value = buf.get(); break;
                case 3: value = buf.getShort(); break;
                case 4: value = buf.getInt(); break;
                case 5: value = buf.getLong(); break;
                case 6: {
                    byte[] b = new byte[buf.getShort() & 0xffff];
                    buf.get(b);
                    value = b;
                    break;
                }
                case 7: {
                    byte[] b = new byte[buf.getShort() & 0xffff];
                    buf.get(b);
                    value = new String(b, StandardCharsets.UTF_8);
                    break;
                }
                case 8: value = java.time.Instant.ofEpochMilli(buf.getLong()); break;
                case 9: value = new UUID(buf.getLong(), buf.getLong()); break;
                default: throw broken("unknown header type " + type);
            }
            headers.put(new String(name, StandardCharsets.UTF_8), value);
        }
        return headers;
    }

    private static int crc(byte[] b, int off, int len) {
        CRC32 c = new CRC32();
        c.update(b, off, len);
        return (int) c.getValue();
    }

    private static ProtocolException broken(String what) {
        return ProtocolException.malformedResponse("The event stream in the response is malformed (" + what + ").", null);
    }
}
