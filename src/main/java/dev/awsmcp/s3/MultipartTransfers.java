package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.error.AwsMcpException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Map;

/**
 * Large uploads and copies in parts, one part at a time: CreateMultipartUpload, UploadPart (or UploadPartCopy) per
 * part, CompleteMultipartUpload; AbortMultipartUpload when a part fails, so no orphaned parts are left behind.
 * Uploads carry a CRC32 checksum per part unless {@code --checksum-algorithm} names another (s3transfer's default).
 */
final class MultipartTransfers {
    private final S3Calls calls;
    private final TransferConfig config;

    MultipartTransfers(S3Calls calls, TransferConfig config) {
        this.calls = calls;
        this.config = config;
    }

    /**
     * @param file     the checked local file
     * @param size     its size
     * @param dest     the destination object
     * @param create   CreateMultipartUpload parameters from the options (ACL, metadata, SSE, ...)
     * @param part     parameters every UploadPart carries (SSE-C, request payer)
     * @param options  the global options
     * @return the output of CompleteMultipartUpload
     */
    ObjectNode upload(Path file, long size, S3Location dest, ObjectNode create, ObjectNode part, GlobalOptions options)
            throws IOException {
        if (!create.hasNonNull("ChecksumAlgorithm")) {
            create.put("ChecksumAlgorithm", "CRC32");
        }
        String algorithm = create.get("ChecksumAlgorithm").asText();
        String uploadId = start(dest, create, options);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ArrayNode parts = JsonNodeFactory.instance.arrayNode();
            long partSize = config.partSize(size);
            int number = 1;
            for (long offset = 0; offset < size; offset += partSize, number++) {
                int length = (int) Math.min(partSize, size - offset);
                ByteBuffer buf = ByteBuffer.allocate(length);
                while (buf.hasRemaining()) {
                    if (ch.read(buf, offset + buf.position()) < 0) {
                        throw new IOException("the file shrank while it was being uploaded: " + file);
                    }
                }
                ObjectNode p = part.deepCopy();
                p.put("Bucket", dest.bucket());
                p.put("Key", dest.key());
                p.put("UploadId", uploadId);
                p.put("PartNumber", number);
                p.put("ChecksumAlgorithm", algorithm);
                p.set("Body", BinaryNode.valueOf(buf.array()));
                ObjectNode r = calls.call("UploadPart", p, options);
                ObjectNode done = parts.addObject();
                done.put("ETag", r.path("ETag").asText());
                copyChecksums(r, done);
                done.put("PartNumber", number);
            }
            return complete(dest, uploadId, parts, part, options);
        } catch (IOException | UncheckedIOException | AwsMcpException e) {
            abort(dest, uploadId, part, options);
            throw e;
        }
    }

    /**
     * @param src     the source object
     * @param size    its size
     * @param dest    the destination object
     * @param create  CreateMultipartUpload parameters
     * @param part    parameters every UploadPartCopy carries
     * @param options the global options
     */
    void copy(S3Location src, long size, S3Location dest, ObjectNode create, ObjectNode part, GlobalOptions options) {
        String uploadId = start(dest, create, options);
        try {
            ArrayNode parts = JsonNodeFactory.instance.arrayNode();
            long partSize = Math.max(config.partSize(size), (size + TransferConfig.MAX_PARTS - 1) / TransferConfig.MAX_PARTS);
            int number = 1;
            for (long offset = 0; offset < size; offset += partSize, number++) {
                long last = Math.min(offset + partSize, size) - 1;
                ObjectNode p = part.deepCopy();
                p.put("Bucket", dest.bucket());
                p.put("Key", dest.key());
                p.put("UploadId", uploadId);
                p.put("PartNumber", number);
                p.set("CopySource", CopySource.of(src));
                p.put("CopySourceRange", "bytes=" + offset + "-" + last);
                ObjectNode r = calls.call("UploadPartCopy", p, options);
                ObjectNode done = parts.addObject();
                JsonNode result = r.path("CopyPartResult");
                done.put("ETag", result.path("ETag").asText());
                copyChecksums(result, done);
                done.put("PartNumber", number);
            }
            complete(dest, uploadId, parts, part, options);
        } catch (AwsMcpException e) {
            abort(dest, uploadId, part, options);
            throw e;
        }
    }

    private String start(S3Location dest, ObjectNode create, GlobalOptions options) {
        ObjectNode p = create.deepCopy();
        p.put("Bucket", dest.bucket());
        p.put("Key", dest.key());
        return calls.call("CreateMultipartUpload", p, options).path("UploadId").asText();
    }

    private ObjectNode complete(S3Location dest, String uploadId, ArrayNode parts, ObjectNode part,
                                GlobalOptions options) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("Bucket", dest.bucket());
        p.put("Key", dest.key());
        p.put("UploadId", uploadId);
        p.putObject("MultipartUpload").set("Parts", parts);
        carry(part, p);
        return calls.call("CompleteMultipartUpload", p, options);
    }

    private void abort(S3Location dest, String uploadId, ObjectNode part, GlobalOptions options) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("Bucket", dest.bucket());
        p.put("Key", dest.key());
        p.put("UploadId", uploadId);
        if (part.hasNonNull("RequestPayer")) {
            p.put("RequestPayer", part.get("RequestPayer").asText());
        }
        try {
            calls.call("AbortMultipartUpload", p, options);
        } catch (AwsMcpException ignored) {
            // the original failure is what the user needs to see
        }
    }

    /** CompleteMultipartUpload repeats SSE-C and request payer. */
    private static void carry(ObjectNode from, ObjectNode to) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("SSECustomer") || e.getKey().equals("RequestPayer")) {
                to.set(e.getKey(), e.getValue());
            }
        }
    }

    private static void copyChecksums(JsonNode from, ObjectNode to) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("Checksum") && !e.getKey().equals("ChecksumType") && e.getValue().isTextual()) {
                to.put(e.getKey(), e.getValue().asText());
            }
        }
    }
}
