package dev.awsmcp.command;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the local files a command names ({@code file://}, {@code fileb://}, {@code --cli-input-json file://...}).
 * The policy stage supplies a guarded implementation that confines paths to a working directory.
 */
@FunctionalInterface
public interface FileReader {
    /**
     * Reads a file.
     *
     * @param path the path exactly as the command wrote it after the {@code file://}/{@code fileb://} prefix
     * @return the file's bytes
     * @throws IOException       when the file cannot be read
     * @throws CommandException  when access is refused (the message says why)
     */
    byte[] read(String path) throws IOException;

    /**
     * Checks a local path a command reads as a whole file or directory tree (the source of {@code aws s3 cp},
     * {@code sync}, ...). The default refuses: only readers that confine paths (the working-directory reader, the
     * policy stage's file guard) allow it.
     *
     * @param path the path as written
     * @return the absolute path to read
     * @throws CommandException ({@code FileAccessDenied}) when access is refused, ({@code FileNotFound}) when the
     *                          path does not exist
     */
    default Path checkRead(String path) {
        throw new CommandException("FileAccessDenied", "Local paths such as '" + path + "' are not available to aws s3 "
                + "commands with this file reader.", "Configure a file guard with a working directory.");
    }

    /**
     * Checks a local path a command writes or deletes (a download destination, a moved or synced-away file). The
     * path may not exist yet. The default refuses.
     *
     * @param path the path as written
     * @return the absolute path to write
     * @throws CommandException ({@code FileAccessDenied}) when access is refused
     */
    default Path checkWrite(String path) {
        throw new CommandException("FileAccessDenied", "Local paths such as '" + path + "' are not available to aws s3 "
                + "commands with this file reader.", "Configure a file guard with a working directory.");
    }

    /**
     * The directory relative paths are resolved against (the commands' current directory).
     *
     * @return an absolute path
     */
    default Path workdir() {
        return Path.of("").toAbsolutePath();
    }

    /** A reader that refuses every path. */
    static FileReader denyAll() {
        return path -> {
            throw new CommandException("FileAccessDenied", "Reading local files is disabled, so '" + path + "' cannot be read.",
                    "Pass the value inline instead of file://.");
        };
    }
}
