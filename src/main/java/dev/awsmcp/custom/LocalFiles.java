package dev.awsmcp.custom;

import dev.awsmcp.command.CommandException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the customizations that read folders and write temporary files share: "does this path exist" asked through
 * the file guard (a refusal is an error, not a missing file), and temporary files that never fail a command when
 * they cannot be removed.
 */
final class LocalFiles {
    private LocalFiles() {}

    /**
     * A path through the file guard, or null when it does not exist.
     *
     * @param calls the customization's calls (their file guard)
     * @param path  the path as written
     * @return the checked path, or null
     * @throws CommandException when the file guard refuses the path
     */
    static Path existing(CustomCalls calls, String path) {
        try {
            return calls.localFile(path);
        } catch (CommandException e) {
            if ("FileNotFound".equals(e.code())) {
                return null;
            }
            throw e;
        }
    }

    /**
     * A new temporary file.
     *
     * @param prefix its name's start
     * @param suffix its name's end
     * @return the file
     * @throws CustomCommandException when the temporary directory cannot be written
     */
    static Path temporary(String prefix, String suffix) {
        try {
            return Files.createTempFile(prefix, suffix);
        } catch (IOException e) {
            throw new CustomCommandException("TempFileFailed", "Unable to create a temporary file: " + e.getMessage(),
                    "Check that the temporary directory (java.io.tmpdir) is writable.");
        }
    }

    /** Deletes a temporary file; one left behind is not worth failing the command for. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // see above
        }
    }
}
