package dev.awsmcp.s3;

import java.util.Objects;

/**
 * One S3 API operation an {@code aws s3} command may call.
 *
 * @param operation the model operation name, e.g. {@code PutObject}
 * @param bucket    the bucket it acts on ("" for {@code ListBuckets})
 * @param write     true when it changes S3 (put, copy, delete, create, configure)
 * @param sent      false when the command only signs it ({@code presign}) or only shows it ({@code --dryrun})
 */
public record PlannedOperation(String operation, String bucket, boolean write, boolean sent) {
    public PlannedOperation {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(bucket, "bucket");
    }
}
