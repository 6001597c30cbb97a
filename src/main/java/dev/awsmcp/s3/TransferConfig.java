package dev.awsmcp.s3;

/**
 * Multipart settings (the CLI's {@code multipart_threshold} and {@code multipart_chunksize}, 8 MiB each).
 *
 * @param threshold   files of at least this size are uploaded in parts
 * @param chunkSize   the part size (doubled until at most 10,000 parts)
 * @param copyMaximum objects larger than this are copied in parts (CopyObject's 5 GiB limit)
 * @param workers     files transferred at the same time (the CLI uses 10 threads; we keep it small)
 */
record TransferConfig(long threshold, long chunkSize, long copyMaximum, int workers) {
    static final long MIB = 1024L * 1024L;
    static final TransferConfig DEFAULTS = new TransferConfig(8 * MIB, 8 * MIB, 5L * 1024 * MIB, 4);
    static final int MAX_PARTS = 10_000;

    /** s3transfer's {@code ChunksizeAdjuster}: the part size for a file, within the part count limit. */
    long partSize(long size) {
        long chunk = chunkSize;
        while ((size + chunk - 1) / chunk > MAX_PARTS) {
            chunk *= 2;
        }
        return chunk;
    }
}
