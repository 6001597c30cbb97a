package dev.awsmcp.s3;

import java.time.Instant;

/**
 * One file or object a transfer command found ({@code filegenerator.FileStat}/{@code fileinfo.FileInfo}).
 *
 * @param src          the source: {@code bucket/key} for S3, an absolute path for a local file
 * @param dest         the destination, in the same forms
 * @param compareKey   the path relative to the source root with {@code /} separators (what sync compares)
 * @param size         the size in bytes, or null when not known (a single {@code rm})
 * @param lastUpdate   the modification time, or null when not known
 * @param srcS3        whether the source is in S3
 * @param destS3       whether the destination is in S3
 * @param operation    {@code upload}, {@code download}, {@code copy}, {@code delete}, or "" for a sync destination
 *                     listing entry that is not acted on
 * @param storageClass the object's storage class from the listing or HeadObject, or null
 * @param restore      the object's {@code Restore} status from HeadObject, or null
 */
record FileStat(String src, String dest, String compareKey, Long size, Instant lastUpdate, boolean srcS3,
                boolean destS3, String operation, String storageClass, String restore) {

    FileStat withOperation(String op) {
        return new FileStat(src, dest, compareKey, size, lastUpdate, srcS3, destS3, op, storageClass, restore);
    }

    /** {@code FileInfo.is_glacier_compatible}: an unrestored GLACIER/DEEP_ARCHIVE object cannot be read. */
    boolean glacierCompatible() {
        boolean glacier = ("GLACIER".equals(storageClass) || "DEEP_ARCHIVE".equals(storageClass))
                && (restore == null || !restore.contains("ongoing-request=\"false\""));
        return !(glacier && (operation.equals("copy") || operation.equals("download")));
    }
}
