package dev.awsmcp.s3;

import dev.awsmcp.error.AwsMcpException;

/**
 * What an {@code aws s3} command printed and how it ended.
 *
 * @param exitCode the AWS CLI's exit code: 0 ok; 1 a transfer failed ({@code upload failed: ...},
 *                 {@code fatal error: ...}) or {@code ls} matched nothing; 2 only warnings; or the exit code of
 *                 {@link #error()}
 * @param stdout   what the CLI prints on standard output
 * @param stderr   what the CLI prints on standard error (failures, warnings)
 * @param error    the error that ended the command early (policy denial, credentials, connection, bad arguments,
 *                 a service error outside a transfer), or null
 */
public record S3Result(int exitCode, String stdout, String stderr, AwsMcpException error) {
    public S3Result {
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }

    /** An early end with output printed so far. */
    static S3Result failed(AwsMcpException error, String stdout, String stderr) {
        return new S3Result(error.exitCode(), stdout, stderr, error);
    }
}
