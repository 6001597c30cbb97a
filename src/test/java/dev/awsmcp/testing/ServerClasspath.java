package dev.awsmcp.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A server's resolved dependencies as written by the {@code src/test/servers} build: jars for the classpath and the
 * native libraries (DynamoDB Local's sqlite4java, one per platform).
 *
 * @param jars             classpath entries, in resolution order
 * @param nativeLibraries  {@code .so}, {@code .dylib} and {@code .dll} files
 */
public record ServerClasspath(List<Path> jars, List<Path> nativeLibraries) {
    public ServerClasspath {
        jars = List.copyOf(jars);
        nativeLibraries = List.copyOf(nativeLibraries);
    }

    /**
     * Copies the native libraries into one directory, since a library path names a single directory.
     *
     * @param dir the directory, created if needed
     * @return {@code dir}
     */
    public Path copyNativeLibrariesTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (Path library : nativeLibraries) {
                Files.copy(library, dir.resolve(library.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /**
     * Reads {@code <serversDir>/<name>.classpath}.
     *
     * @param serversDir where the servers build wrote its files ({@code target/servers})
     * @param name       the module name in {@code src/test/servers}
     * @return the classpath
     * @throws IllegalStateException when the file or an entry is missing, with the command that creates it
     */
    public static ServerClasspath read(Path serversDir, String name) {
        Path file = serversDir.resolve(name + ".classpath");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The " + name + " classpath " + file + " does not exist: run "
                    + "'./mvnw generate-test-resources' (without -Dtest) so the build in src/test/servers "
                    + "resolves the test servers; if it ran, " + serversDir.resolve("build").resolve("build.log")
                    + " says why it failed.");
        }
        String text;
        try {
            text = Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> jars = new ArrayList<>();
        List<Path> nativeLibraries = new ArrayList<>();
        for (String entry : text.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry.trim());
            if (!Files.exists(path)) {
                throw new IllegalStateException("The " + name + " classpath names " + path + ", which is missing "
                        + "from the local repository: run './mvnw generate-test-resources' (without -Dtest) again.");
            }
            if (isNativeLibrary(path)) {
                nativeLibraries.add(path);
            } else {
                jars.add(path);
            }
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException("The " + name + " classpath " + file + " is empty.");
        }
        return new ServerClasspath(jars, nativeLibraries);
    }

    private static boolean isNativeLibrary(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".so") || name.endsWith(".dylib") || name.endsWith(".dll");
    }
}
