package dev.awsmcp.sop;

import java.util.Objects;

/**
 * Something wrong in an SOP file.
 *
 * @param file    the file (a path, or {@code sops/name.md} for bundled SOPs)
 * @param line    1-based line number, 0 when the problem concerns the whole file
 * @param message what is wrong and what is expected
 */
public record SopProblem(String file, int line, String message) {
    /** Checks the fields. */
    public SopProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: message}, the form compilers use. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
