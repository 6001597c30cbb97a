package dev.awsmcp.client.protocol.internal;

import dev.awsmcp.client.protocol.ProtocolException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** Body checksums for {@code Content-MD5} and the flexible {@code x-amz-checksum-*} headers, base64-encoded. */
public final class Checksums {
    private static final long[] CRC64_NVME_TABLE = crc64Table(0x9a6c9329ac4bc9b5L);

    private Checksums() {}

    /** The base64 MD5 of the body (the {@code Content-MD5} header). */
    public static String md5(byte[] body) {
        return digest("MD5", body);
    }

    /**
     * The base64 checksum of a body with a flexible-checksum algorithm.
     *
     * @param algorithm {@code CRC32}, {@code CRC32C}, {@code CRC64NVME}, {@code SHA1}, {@code SHA256} (any case)
     * @throws ProtocolException for another algorithm
     */
    public static String compute(String algorithm, byte[] body) {
        switch (algorithm.toLowerCase(Locale.ROOT)) {
            case "crc32": {
                CRC32 c = new CRC32();
                c.update(body);
                return b64(ByteBuffer.allocate(4).putInt((int) c.getValue()).array());
            }
            case "crc32c": {
                CRC32C c = new CRC32C();
                c.update(body);
                return b64(ByteBuffer.allocate(4).putInt((int) c.getValue()).array());
            }
            case "crc64nvme":
                return b64(ByteBuffer.allocate(8).putLong(crc64nvme(body)).array());
            case "sha1":
                return digest("SHA-1", body);
            case "sha256":
                return digest("SHA-256", body);
            case "sha512":
                return digest("SHA-512", body);
            case "md5":
                return md5(body);
            default:
                throw ProtocolException.invalidParameter("Unsupported checksum algorithm: " + algorithm + ".",
                        "Use CRC32, CRC32C, CRC64NVME, SHA1 or SHA256.");
        }
    }

    private static String digest(String name, byte[] body) {
        try {
            return b64(MessageDigest.getInstance(name).digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(name + " is part of every JDK", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static long crc64nvme(byte[] body) {
        long crc = ~0L;
        for (byte b : body) {
            crc = CRC64_NVME_TABLE[(int) ((crc ^ b) & 0xff)] ^ (crc >>> 8);
        }
        return ~crc;
    }

    private static long[] crc64Table(long reflectedPoly) {
        long[] table = new long[256];
        for (int i = 0; i < 256; i++) {
            long crc = i;
            for (int j = 0; j < 8; j++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ reflectedPoly : crc >>> 1;
            }
            table[i] = crc;
        }
        return table;
    }
}
