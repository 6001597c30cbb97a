package dev.awsmcp.command;

import java.io.IOException;

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

    /** A reader that refuses every path. */
    static FileReader denyAll() {
        return path -> {
            throw new CommandException("FileAccessDenied", "Reading local files is disabled, so '" + path + "' cannot be read.",
                    "Pass the value inline instead of file://.");
        };
    }
}
