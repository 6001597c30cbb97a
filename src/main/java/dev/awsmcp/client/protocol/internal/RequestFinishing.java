package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.HttpChecksum;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Body steps after serialization, shared by every protocol and ported from botocore: request compression
 * ({@code requestcompression}), then checksums ({@code httpChecksumRequired} and flexible checksums), then
 * {@code Content-Length}.
 */
public final class RequestFinishing {
    /** botocore's {@code request_min_compression_size_bytes} default. */
    public static final int MIN_COMPRESSION_BYTES = 10240;

    private RequestFinishing() {}

    /**
     * Applies compression, checksum headers and Content-Length to a serialized request.
     *
     * @param operation the operation
     * @param input     the input (after idempotency tokens)
     * @param parts     the request, modified in place
     */
    public static void finish(Operation operation, ObjectNode input, RequestParts parts) {
        compress(operation, parts);
        checksum(operation, input, parts);
        if (parts.body().length > 0 && parts.header("Content-Length") == null) {
            parts.addHeader("Content-Length", Integer.toString(parts.body().length));
        }
    }

    private static void compress(Operation operation, RequestParts parts) {
        if (!operation.requestCompression().contains("gzip") || parts.body().length == 0) {
            return;
        }
        Member streaming = streamingPayload(operation);
        boolean compress = streaming != null
                ? !streaming.shape().requiresLength()
                : parts.body().length >= MIN_COMPRESSION_BYTES;
        if (!compress) {
            return;
        }
        parts.body(gzip(parts.body()));
        String existing = parts.header("Content-Encoding");
        parts.setHeader("Content-Encoding", existing == null ? "gzip" : existing + ", gzip");
    }

    private static Member streamingPayload(Operation operation) {
        if (operation.input() == null || operation.input().payload() == null) {
            return null;
        }
        Member m = operation.input().member(operation.input().payload());
        return m != null && m.isStreaming() ? m : null;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void checksum(Operation operation, ObjectNode input, RequestParts parts) {
        for (Map.Entry<String, String> h : parts.headers()) {
            if (h.getKey().toLowerCase(Locale.ROOT).startsWith("x-amz-checksum-")) {
                return; // the caller supplied a checksum
            }
        }
        HttpChecksum trait = operation.httpChecksum();
        String algorithmMember = trait == null ? null : trait.requestAlgorithmMember();
        boolean required = operation.httpChecksumRequired() || (trait != null && trait.requestChecksumRequired());
        JsonNode chosen = algorithmMember == null ? null : input.get(algorithmMember);
        if (chosen != null && !chosen.isNull()) {
            // the caller picked a flexible checksum; its header (x-amz-sdk-checksum-algorithm) is already bound
            String algorithm = chosen.asText();
            parts.setHeader("x-amz-checksum-" + algorithm.toLowerCase(Locale.ROOT), Checksums.compute(algorithm, parts.body()));
        } else if (required) {
            // MD5 satisfies a required checksum everywhere, S3-compatible servers included
            if (parts.header("Content-MD5") == null) {
                parts.setHeader("Content-MD5", Checksums.md5(parts.body()));
            }
        } else if (algorithmMember != null) {
            // botocore's request_checksum_calculation=when_supported: CRC32, announced in the member's header
            parts.setHeader("x-amz-checksum-crc32", Checksums.compute("CRC32", parts.body()));
            Member m = operation.inputMembers().get(algorithmMember);
            if (m != null && "header".equals(m.location())) {
                parts.setHeader(m.wireName(), "CRC32");
            }
        }
    }
}
