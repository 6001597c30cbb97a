package dev.awsmcp.s3;

import java.util.Objects;

/**
 * A local path an {@code aws s3} command touches.
 *
 * @param path the path as written on the command
 * @param mode what the command does with it
 */
public record LocalAccess(String path, Mode mode) {
    public LocalAccess {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mode, "mode");
    }

    /** What a command does with a local path. */
    public enum Mode {
        /** Reads the file, or every file under the directory. */
        READ,
        /** Creates or replaces files at or under the path. */
        WRITE,
        /** Deletes files at or under the path ({@code mv} from local, {@code sync --delete} to local). */
        DELETE
    }
}
