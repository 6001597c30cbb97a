package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.GlobalOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Uploads one local file the way s3transfer's {@code TransferManager.upload} does for the commands outside
 * {@code aws s3} that ship artifacts ({@code cloudformation package}, {@code deploy push}): one {@code PutObject}
 * below the CLI's 8 MiB multipart threshold, parts at or above it (aborted when a part fails).
 */
public final class FileUpload {
    /** The API calls an upload can make, for a customization's plan. */
    public static final List<String> OPERATIONS = List.of("PutObject", "CreateMultipartUpload", "UploadPart",
            "CompleteMultipartUpload", "AbortMultipartUpload");

    private FileUpload() {}

    /**
     * Uploads a file.
     *
     * @param calls     the way to S3
     * @param file      the local file (already checked by the file guard)
     * @param bucket    the bucket
     * @param key       the object key
     * @param extraArgs s3transfer's {@code ExtraArgs}: {@code ServerSideEncryption}, {@code SSEKMSKeyId},
     *                  {@code Metadata}, ... (sent with {@code PutObject} or {@code CreateMultipartUpload})
     * @param options   the global options of the calls
     * @return the output of {@code PutObject} or {@code CompleteMultipartUpload} ({@code ETag}, {@code VersionId})
     * @throws IOException when the file cannot be read
     * @throws dev.awsmcp.error.AwsMcpException when S3 refuses a call
     */
    public static ObjectNode upload(S3Calls calls, Path file, String bucket, String key, ObjectNode extraArgs,
                                    GlobalOptions options) throws IOException {
        return upload(calls, file, bucket, key, extraArgs, options, TransferConfig.DEFAULTS.threshold());
    }

    /**
     * Uploads a file in parts of {@code partSize} bytes when it has at least that many ({@code deploy push} uses
     * 6 MiB), in one {@code PutObject} otherwise.
     *
     * @param calls     the way to S3
     * @param file      the local file (already checked by the file guard)
     * @param bucket    the bucket
     * @param key       the object key
     * @param extraArgs parameters sent with {@code PutObject} or {@code CreateMultipartUpload}
     * @param options   the global options of the calls
     * @param partSize  the multipart threshold and part size
     * @return the output of {@code PutObject} or {@code CompleteMultipartUpload}
     * @throws IOException when the file cannot be read
     */
    public static ObjectNode upload(S3Calls calls, Path file, String bucket, String key, ObjectNode extraArgs,
                                    GlobalOptions options, long partSize) throws IOException {
        long size = Files.size(file);
        S3Location dest = new S3Location(bucket, key);
        if (size >= partSize) {
            TransferConfig config = new TransferConfig(partSize, partSize, TransferConfig.DEFAULTS.copyMaximum(),
                    TransferConfig.DEFAULTS.workers());
            return new MultipartTransfers(calls, config).upload(file, size, dest, extraArgs.deepCopy(),
                    JsonNodeFactory.instance.objectNode(), options);
        }
        ObjectNode put = extraArgs.deepCopy();
        put.put("Bucket", bucket);
        put.put("Key", key);
        put.set("Body", BinaryNode.valueOf(Files.readAllBytes(file)));
        return calls.call("PutObject", put, options);
    }
}
