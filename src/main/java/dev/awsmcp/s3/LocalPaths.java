package dev.awsmcp.s3;

import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.FileReader;
import java.nio.file.Path;

/**
 * The local side of a transfer, always through the facade's file checks: every file read, written or deleted is
 * checked by {@link FileReader#checkRead}/{@link FileReader#checkWrite} first, so a path (or a symbolic link met
 * while walking a directory) that leads outside the allowed area is refused.
 */
final class LocalPaths {
    private final FileReader files;
    private final Path workdir;

    LocalPaths(FileReader files) {
        this.files = files;
        this.workdir = files.workdir();
    }

    /** Checks a path that is read; a missing path gets the CLI's message. */
    Path read(String path) {
        try {
            return files.checkRead(path);
        } catch (CommandException e) {
            if (e.code().equals("FileNotFound")) {
                throw new S3CommandException("FileNotFound", "The user-provided path " + path + " does not exist.",
                        "Paths are relative to the working directory " + workdir + ".", 255);
            }
            throw e;
        }
    }

    /** Checks a path that may be read, returning null instead of throwing when it is refused or missing. */
    Path readOrNull(String path) {
        try {
            return files.checkRead(path);
        } catch (CommandException e) {
            return null;
        }
    }

    /** Checks a path that is written or deleted. */
    Path write(String path) {
        return files.checkWrite(path);
    }

    Path workdir() {
        return workdir;
    }

    /**
     * {@code utils.relative_path}: the directory relative to the working directory, then the file name, so a file
     * in the working directory shows as {@code ./name}.
     */
    String display(String absolute) {
        int slash = absolute.lastIndexOf('/');
        String dir = slash <= 0 ? "/" : absolute.substring(0, slash);
        String base = absolute.substring(slash + 1);
        String rel;
        try {
            rel = workdir.relativize(Path.of(dir)).toString();
        } catch (IllegalArgumentException e) {
            return absolute;
        }
        return (rel.isEmpty() ? "." : rel) + "/" + base;
    }
}
