package dev.awsmcp;

import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.FileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default {@link FileReader}: files inside the working directory only (after resolving {@code ..} and
 * symbolic links). The policy stage's file guard replaces it with configurable modes.
 */
final class WorkingDirectoryFiles implements FileReader {
    private final Path root;

    WorkingDirectoryFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public byte[] read(String path) throws IOException {
        Path p = root.resolve(path).normalize();
        Path real = Files.exists(p) ? p.toRealPath() : p;
        Path realRoot = Files.exists(root) ? root.toRealPath() : root;
        if (!real.startsWith(realRoot)) {
            throw new CommandException("FileAccessDenied", "The file '" + path + "' is outside the working directory "
                    + root + ".", "Copy the file into the working directory and refer to it by a relative path.");
        }
        return Files.readAllBytes(real);
    }
}
