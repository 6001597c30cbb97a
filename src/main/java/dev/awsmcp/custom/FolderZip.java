package dev.awsmcp.custom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Zips a folder for upload byte for byte as the CLI's {@code make_zip} does ({@code artifact_exporter.py}, and
 * {@code deploy push}'s bundle) with Python's {@code zipfile}: the files in {@code os.walk} order (each folder's
 * files in directory order, then its subfolders), symbolic links followed, names relative to the folder, deflated at
 * zlib's default level, each with its Unix mode (an executable {@code bootstrap} stays executable) and local
 * modification time, no folder entries, no extra fields. The same files give the same bytes, so the upload's
 * checksum key is the one the CLI computes and an artifact either tool uploaded is found by the other. Every file is
 * checked by the file guard before it is read. Written here rather than with {@code java.util.zip}, which can store
 * neither a Unix mode nor the sizes in the local header without a data descriptor.
 */
final class FolderZip {
    private static final int REGULAR_FILE = 0100000;
    private static final int VERSION = 20; // zipfile's DEFAULT_VERSION: deflate, no zip64
    private static final int UNIX = 3;
    private static final int UTF8_NAME = 0x800;

    private FolderZip() {}

    /**
     * Zips a folder into a temporary file; the caller deletes it ({@link #delete}).
     *
     * @param folder the folder (already checked)
     * @param guard  checks each file, returning the path to read
     * @return the zip file
     */
    static Path zipFolder(Path folder, Function<String, Path> guard) {
        return zip(folder, walk(folder, true, false), guard);
    }

    /**
     * {@code os.walk(folder)}, top-down: a folder's files in directory order, then each subfolder in turn.
     *
     * @param folder      the folder
     * @param followLinks descend into linked folders ({@code followlinks=True}); linked files are always listed
     * @param skipHidden  leave out files and folders whose names start with a dot ({@code deploy push
     *                    --ignore-hidden-files})
     * @return the files, as paths under {@code folder}
     */
    static List<Path> walk(Path folder, boolean followLinks, boolean skipHidden) {
        List<Path> files = new ArrayList<>();
        try {
            walk(folder, followLinks, skipHidden, files, new HashSet<>());
        } catch (IOException e) {
            throw new CustomCommandException("ZipFailed", "Unable to zip " + folder + ": " + e.getMessage(),
                    "Check that every folder below it can be read.");
        }
        return files;
    }

    /**
     * Zips files into a temporary file, named by their paths relative to a folder; the caller deletes it
     * ({@link #delete}).
     *
     * @param folder the folder the names are relative to
     * @param files  the files, from {@link #walk}
     * @param guard  checks each file, returning the path to read
     * @return the zip file
     */
    static Path zip(Path folder, List<Path> files, Function<String, Path> guard) {
        List<Entry> entries = new ArrayList<>(files.size());
        for (Path f : files) {
            entries.add(new Entry(guard.apply(f.toString()), folder.relativize(f).toString()));
        }
        return write(entries, folder);
    }

    /**
     * Zips one file alone, under its own name (the CLI copies it to a folder of its own and zips that).
     *
     * @param file the file (already checked)
     * @return the zip file; the caller deletes it
     */
    static Path zipFile(Path file) {
        return write(List.of(new Entry(file, file.getFileName().toString())), file);
    }

    /** Python's {@code zipfile.is_zipfile}: whether the file is a zip archive. */
    static boolean isZip(Path file) {
        try (java.util.zip.ZipFile ignored = new java.util.zip.ZipFile(file.toFile())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes a temporary zip, quietly. */
    static void delete(Path zip) {
        LocalFiles.delete(zip);
    }

    private record Entry(Path file, String name) {}

    private static void walk(Path dir, boolean followLinks, boolean skipHidden, List<Path> files, Set<Path> seen)
            throws IOException {
        if (!seen.add(dir.toRealPath())) {
            return; // a link back up the tree: os.walk would loop forever
        }
        List<Path> dirs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (skipHidden && p.getFileName().toString().startsWith(".")) {
                    continue;
                }
                (Files.isDirectory(p) ? dirs : files).add(p);
            }
        }
        for (Path d : dirs) {
            if (followLinks || !Files.isSymbolicLink(d)) {
                walk(d, followLinks, skipHidden, files, seen);
            }
        }
    }

    private static Path write(List<Entry> entries, Path source) {
        Path zip = LocalFiles.temporary("data-", ".zip");
        try (FileChannel out = FileChannel.open(zip, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer central = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
            for (Entry e : entries) {
                central = grow(central, 46 + e.name().getBytes(StandardCharsets.UTF_8).length);
                add(out, e, central);
            }
            long centralOffset = out.position();
            central.flip();
            int centralSize = central.remaining();
            while (central.hasRemaining()) {
                out.write(central);
            }
            ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                    .putShort((short) entries.size()).putInt(centralSize).putInt((int) centralOffset).putShort((short) 0);
            end.flip();
            out.write(end);
        } catch (IOException | RuntimeException e) {
            delete(zip);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new CustomCommandException("ZipFailed", "Unable to zip " + source + ": " + e.getMessage(),
                    "Check that every file below it can be read.");
        }
        return zip;
    }

    /** One file: its local header (rewritten once the sizes are known, as zipfile does), data, central record. */
    private static void add(FileChannel out, Entry e, ByteBuffer central) throws IOException {
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(e.name());
        byte[] name = e.name().getBytes(ascii ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8);
        int flags = ascii ? 0 : UTF8_NAME;
        LocalDateTime t = LocalDateTime.ofInstant(Files.getLastModifiedTime(e.file()).toInstant(), ZoneId.systemDefault());
        if (t.getYear() < 1980) {
            throw new CustomCommandException("ZipFailed", "ZIP does not support timestamps before 1980 ("
                    + e.file() + ")", "Touch the file to give it a current modification time.");
        }
        int dosTime = t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() / 2;
        int dosDate = (t.getYear() - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth();
        long offset = out.position();
        out.write(localHeader(flags, dosTime, dosDate, 0, 0, 0, name));
        CRC32 crc = new CRC32();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        long size = 0;
        long compressed = 0;
        byte[] in = new byte[8192];
        byte[] buf = new byte[8192];
        try (InputStream src = Files.newInputStream(e.file())) {
            for (int n; (n = src.read(in)) > 0; ) {
                crc.update(in, 0, n);
                size += n;
                deflater.setInput(in, 0, n);
                while (!deflater.needsInput()) {
                    compressed += drain(out, deflater, buf);
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                compressed += drain(out, deflater, buf);
            }
        } finally {
            deflater.end();
        }
        if (size > 0xFFFFFFFFL - 1 || compressed > 0xFFFFFFFFL - 1 || offset > 0xFFFFFFFFL - 1) {
            throw new CustomCommandException("ZipFailed", "Artifacts of 4 GiB or more are not supported (" + e.file()
                    + ")", "Split the artifact into smaller files.");
        }
        long end = out.position();
        out.position(offset);
        out.write(localHeader(flags, dosTime, dosDate, (int) crc.getValue(), (int) compressed, (int) size, name));
        out.position(end);
        int mode = REGULAR_FILE | mode(e.file());
        central.putInt(0x02014b50).put((byte) VERSION).put((byte) UNIX).put((byte) VERSION).put((byte) 0)
                .putShort((short) flags).putShort((short) Deflater.DEFLATED).putShort((short) dosTime)
                .putShort((short) dosDate).putInt((int) crc.getValue()).putInt((int) compressed).putInt((int) size)
                .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt(mode << 16).putInt((int) offset).put(name);
    }

    private static int drain(FileChannel out, Deflater deflater, byte[] buf) throws IOException {
        int n = deflater.deflate(buf);
        ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
        while (b.hasRemaining()) {
            out.write(b);
        }
        return n;
    }

    private static ByteBuffer localHeader(int flags, int dosTime, int dosDate, int crc, int compressed, int size,
                                          byte[] name) {
        ByteBuffer h = ByteBuffer.allocate(30 + name.length).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0x04034b50).putShort((short) VERSION).putShort((short) flags).putShort((short) Deflater.DEFLATED)
                .putShort((short) dosTime).putShort((short) dosDate).putInt(crc).putInt(compressed).putInt(size)
                .putShort((short) name.length).putShort((short) 0).put(name);
        h.flip();
        return h;
    }

    private static ByteBuffer grow(ByteBuffer b, int more) {
        if (b.remaining() >= more) {
            return b;
        }
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(b.capacity() * 2, b.position() + more))
                .order(ByteOrder.LITTLE_ENDIAN);
        b.flip();
        return bigger.put(b);
    }

    /** The permission bits; 0644 where the file system has none. */
    private static int mode(Path file) {
        try {
            int mode = 0;
            for (PosixFilePermission p : Files.getPosixFilePermissions(file)) {
                mode |= 1 << (8 - p.ordinal()); // OWNER_READ is 0400 ... OTHERS_EXECUTE 0001, in declaration order
            }
            return mode;
        } catch (UnsupportedOperationException | IOException e) {
            return 0644;
        }
    }
}
