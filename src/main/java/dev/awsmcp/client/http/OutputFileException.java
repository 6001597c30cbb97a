package dev.awsmcp.client.http;

import dev.awsmcp.error.AwsMcpException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A streaming response body (the {@code outfile} of {@code s3api get-object} and similar) could not be written
 * locally. Not a network failure, so never retried. Messages follow the AWS CLI, which prints Python's
 * {@code OSError} ({@code [Errno 2] No such file or directory: 'dir/file'}). Exit code 255, like the AWS CLI.
 */
public final class OutputFileException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    private OutputFileException(String message, String hint, Throwable cause) {
        super("OutputFileError", message, hint, cause);
    }

    /**
     * Describes a failure to create or replace the output file.
     *
     * @param target the outfile as given on the command line
     * @param cause  the local I/O failure
     * @return the exception
     */
    public static OutputFileException of(Path target, IOException cause) {
        String quoted = "'" + target + "'";
        if (cause instanceof NoSuchFileException) {
            return new OutputFileException("[Errno 2] No such file or directory: " + quoted,
                    "Write the output into an existing directory.", cause);
        }
        if (cause instanceof AccessDeniedException) {
            return new OutputFileException("[Errno 13] Permission denied: " + quoted,
                    "Write the output to a file this process may create or replace.", cause);
        }
        return new OutputFileException("Could not write the output file " + quoted + ": "
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage()),
                "Check the path and the free space of its disk.", cause);
    }

    @Override
    public int exitCode() {
        return 255;
    }
}
