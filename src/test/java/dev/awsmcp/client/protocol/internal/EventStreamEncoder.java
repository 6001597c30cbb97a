package dev.awsmcp.client.protocol.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;

/** Builds {@code application/vnd.amazon.eventstream} messages with string headers, for tests. */
public final class EventStreamEncoder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Appends one message. */
    public EventStreamEncoder message(Map<String, String> headers, byte[] payload) {
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        headers.forEach((k, v) -> {
            byte[] name = k.getBytes(StandardCharsets.UTF_8);
            byte[] value = v.getBytes(StandardCharsets.UTF_8);
            h.write(name.length);
            h.writeBytes(name);
            h.write(7);
            h.write(value.length >> 8);
            h.write(value.length & 0xff);
            h.writeBytes(value);
        });
        byte[] hb = h.toByteArray();
        int total = 12 + hb.length + payload.length + 4;
        ByteBuffer buf = ByteBuffer.allocate(total);
        buf.putInt(total).putInt(hb.length);
        buf.putInt(crc(buf.array(), 0, 8));
        buf.put(hb).put(payload);
        buf.putInt(crc(buf.array(), 0, total - 4));
        out.writeBytes(buf.array());
        return this;
    }

    /** The stream so far. */
    public byte[] bytes() {
        return out.toByteArray();
    }

    private static int crc(byte[] b, int off, int len) {
        CRC32 c = new CRC32();
        c.update(b, off, len);
        return (int) c.getValue();
    }
}
