package dev.awsmcp.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The default {@link FileReader}: files inside the working directory only (after resolving {@code ..} and
 * symbolic links). The policy stage's file guard replaces it with configurable modes.
 */
public final class WorkingDirectoryFiles implements FileReader {
    private final Path root;

    /**
     * @param root the directory files must stay inside (an empty path is the process's working directory)
     */
    public WorkingDirectoryFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public byte[] read(String path) throws IOException {
        return Files.readAllBytes(checkRead(path));
    }

    @Override
    public Path checkRead(String path) {
        Path p = root.resolve(path).normalize();
        Path real;
        try {
            real = p.toRealPath();
        } catch (NoSuchFileException e) {
            requireInside(path, p);
            throw new CommandException("FileNotFound", "The local file '" + path + "' does not exist.",
                    "Paths are relative to the working directory " + root + ".");
        } catch (IOException e) {
            throw denied(path);
        }
        requireInside(path, real);
        return real;
    }

    @Override
    public Path checkWrite(String path) {
        Path p = root.resolve(path).normalize();
        Path existing = p;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw denied(path);
        }
        Path real;
        try {
            real = existing.toRealPath().resolve(existing.relativize(p).toString());
        } catch (IOException e) {
            throw denied(path);
        }
        requireInside(path, real);
        return real;
    }

    @Override
    public Path workdir() {
        return realRoot();
    }

    private void requireInside(String path, Path real) {
        if (!real.startsWith(realRoot())) {
            throw denied(path);
        }
    }

    private Path realRoot() {
        try {
            return Files.exists(root) ? root.toRealPath() : root;
        } catch (IOException e) {
            return root;
        }
    }

    private CommandException denied(String path) {
        return new CommandException("FileAccessDenied", "The file '" + path + "' is outside the working directory "
                + root + ".", "Copy the file into the working directory and refer to it by a relative path.");
    }
}
