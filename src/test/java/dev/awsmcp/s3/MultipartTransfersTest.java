package dev.awsmcp.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.error.AwsMcpException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multipart uploads and copies, with a tiny threshold so tests stay small. */
class MultipartTransfersTest {
    private static final TransferConfig SMALL = new TransferConfig(10, 10, 20, 1);

    @TempDir
    Path dir;

    private S3Result run(RecordingCalls calls, String command) {
        HighLevelCommand h = (HighLevelCommand) new CommandParser(dev.awsmcp.model.ServiceCatalog.bundled(),
                new TempDirFiles(dir)).parse(command);
        return new S3CommandRunner(calls, new TempDirFiles(dir), ZoneOffset.UTC, SMALL).run(h);
    }

    private static ObjectNode obj() {
        return JsonNodeFactory.instance.objectNode();
    }

    @Test
    void uploadsALargeFileInPartsAndCompletesWithTheirEtagsAndChecksums() throws Exception {
        Files.writeString(dir.resolve("big.bin"), "0123456789abcdefghijKLMNO");
        AtomicInteger etag = new AtomicInteger();
        RecordingCalls calls = new RecordingCalls((op, p) -> switch (op) {
            case "CreateMultipartUpload" -> obj().put("UploadId", "U1");
            case "UploadPart" -> obj().put("ETag", "\"e" + etag.incrementAndGet() + "\"").put("ChecksumCRC32", "c" + etag.get());
            default -> null;
        });

        S3Result r = run(calls, "aws s3 cp big.bin s3://b/big.bin --content-type application/x-big");

        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).isEqualTo("upload: ./big.bin to s3://b/big.bin\n");
        assertThat(calls.operations()).containsExactly("CreateMultipartUpload", "UploadPart", "UploadPart", "UploadPart",
                "CompleteMultipartUpload");
        ObjectNode create = calls.calls.get(0).params();
        assertThat(create.path("ContentType").asText()).isEqualTo("application/x-big");
        assertThat(create.path("ChecksumAlgorithm").asText()).isEqualTo("CRC32");
        assertThat(new String(calls.calls.get(1).params().path("Body").binaryValue())).isEqualTo("0123456789");
        assertThat(new String(calls.calls.get(3).params().path("Body").binaryValue())).isEqualTo("KLMNO");
        assertThat(calls.calls.get(3).params().path("PartNumber").asInt()).isEqualTo(3);
        assertThat(calls.calls.get(4).params().toString()).contains("\"UploadId\":\"U1\"")
                .contains("{\"ETag\":\"\\\"e2\\\"\",\"ChecksumCRC32\":\"c2\",\"PartNumber\":2}");
    }

    @Test
    void abortsTheUploadWhenAPartFails() throws Exception {
        Files.writeString(dir.resolve("big.bin"), "0123456789abcdefghij");
        RecordingCalls calls = new RecordingCalls((op, p) -> {
            if (op.equals("CreateMultipartUpload")) {
                return obj().put("UploadId", "U9");
            }
            if (op.equals("UploadPart") && p.path("PartNumber").asInt() == 2) {
                throw new ServiceError("InternalError", "We encountered an internal error.");
            }
            return obj().put("ETag", "\"e\"");
        });

        S3Result r = run(calls, "aws s3 cp big.bin s3://b/");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).isEqualTo("upload failed: ./big.bin to s3://b/big.bin We encountered an internal error.\n");
        assertThat(calls.operations()).containsExactly("CreateMultipartUpload", "UploadPart", "UploadPart",
                "AbortMultipartUpload");
        assertThat(calls.calls.get(3).params().path("UploadId").asText()).isEqualTo("U9");
    }

    @Test
    void copiesAnObjectAboveTheCopyLimitWithRangedPartCopies() {
        RecordingCalls calls = new RecordingCalls((op, p) -> switch (op) {
            case "HeadObject" -> obj().put("ContentLength", 25).put("LastModified", "2024-01-02T03:04:05Z");
            case "CreateMultipartUpload" -> obj().put("UploadId", "C1");
            case "UploadPartCopy" -> {
                ObjectNode out = obj();
                out.putObject("CopyPartResult").put("ETag", "\"p" + p.path("PartNumber").asInt() + "\"");
                yield out;
            }
            default -> null;
        });

        S3Result r = run(calls, "aws s3 cp s3://src/k s3://dst/k2");

        assertThat(r.exitCode()).isZero();
        assertThat(calls.operations()).containsExactly("HeadObject", "CreateMultipartUpload", "UploadPartCopy",
                "UploadPartCopy", "UploadPartCopy", "CompleteMultipartUpload");
        assertThat(calls.calls.get(2).params().path("CopySourceRange").asText()).isEqualTo("bytes=0-9");
        assertThat(calls.calls.get(4).params().path("CopySourceRange").asText()).isEqualTo("bytes=20-24");
        assertThat(calls.calls.get(4).params().path("CopySource").toString()).isEqualTo("{\"Bucket\":\"src\",\"Key\":\"k\"}");
    }

    /** A service error as the pipeline throws it (exit code 254). */
    static final class ServiceError extends AwsMcpException {
        private static final long serialVersionUID = 1L;

        ServiceError(String code, String message) {
            super(code, message, null, null);
        }

        @Override
        public int exitCode() {
            return 254;
        }
    }
}
