package dev.awsmcp.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;

/**
 * Appends audit lines to a file and rotates it by size: {@code audit.jsonl} → {@code audit.jsonl.1} → ... up to
 * {@code keep} old files. Each line is written and flushed before {@link #write} returns. New files are created
 * owner-read/write only where the file system supports POSIX permissions.
 *
 * <p>Default location: {@value #DEFAULT_LOCATION}, 10 MiB per file, 5 old files.
 */
public final class RotatingFileSink implements AuditDestination {
    /** The default audit file. */
    public static final String DEFAULT_LOCATION = "~/.aws-mcp/audit/audit.jsonl";
    /** Default size at which the file rotates. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** Default number of rotated files kept. */
    public static final int DEFAULT_KEEP = 5;

    private final Path file;
    private final long maxBytes;
    private final int keep;
    private OutputStream out;
    private long size;

    /**
     * @param file     the audit file; its directory is created if missing
     * @param maxBytes rotate when a line would make the file larger than this; at least 1024
     * @param keep     rotated files to keep; at least 1
     * @throws IllegalArgumentException for bad sizes
     */
    public RotatingFileSink(Path file, long maxBytes, int keep) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("maxBytes must be at least 1024, was " + maxBytes);
        }
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, was " + keep);
        }
        this.maxBytes = maxBytes;
        this.keep = keep;
    }

    /** A sink at {@value #DEFAULT_LOCATION} with the default sizes. */
    public static RotatingFileSink atDefaultLocation() {
        return new RotatingFileSink(Path.of(System.getProperty("user.home"), ".aws-mcp", "audit", "audit.jsonl"),
                DEFAULT_MAX_BYTES, DEFAULT_KEEP);
    }

    /** The current audit file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void write(AuditRecord record, String line) throws IOException {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        if (out == null) {
            open();
        }
        if (size > 0 && size + bytes.length > maxBytes) {
            rotate();
        }
        out.write(bytes);
        out.flush();
        size += bytes.length;
    }

    private void open() throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                // Created meanwhile by another process; append to it.
            }
        }
        out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    private void rotate() throws IOException {
        out.close();
        out = null;
        Files.deleteIfExists(rotated(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(rotated(i))) {
                Files.move(rotated(i), rotated(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, rotated(1), StandardCopyOption.REPLACE_EXISTING);
        open();
    }

    private Path rotated(int i) {
        return file.resolveSibling(file.getFileName() + "." + i);
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
