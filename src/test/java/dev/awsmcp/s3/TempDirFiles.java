package dev.awsmcp.s3;

import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.FileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A test {@link FileReader} confined to one directory (no symlink handling beyond the real-path check). */
final class TempDirFiles implements FileReader {
    private final Path root;

    TempDirFiles(Path root) {
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] read(String path) throws IOException {
        return Files.readAllBytes(checkRead(path));
    }

    @Override
    public Path checkRead(String path) {
        Path p = root.resolve(path).normalize();
        try {
            Path real = p.toRealPath();
            inside(path, real);
            return real;
        } catch (NoSuchFileException e) {
            throw new CommandException("FileNotFound", "no " + path, null);
        } catch (IOException e) {
            throw new CommandException("FileAccessDenied", "cannot resolve " + path, null);
        }
    }

    @Override
    public Path checkWrite(String path) {
        Path p = root.resolve(path).normalize();
        inside(path, p);
        return p;
    }

    @Override
    public Path workdir() {
        return root;
    }

    private void inside(String path, Path p) {
        if (!p.startsWith(root)) {
            throw new CommandException("FileAccessDenied", path + " is outside " + root, null);
        }
    }
}
