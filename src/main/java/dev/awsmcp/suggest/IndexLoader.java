package dev.awsmcp.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the suggestion index: the one the build put in the jar, or, when a build skipped that step, one built on
 * first use from the bundled models and cached on disk under {@code ~/.cache/aws-mcp/suggest/<key>/} (the key is the
 * model data checksum plus the code that shapes the index, so a new release never reads a stale cache). First use
 * then costs what the build step costs (every model parsed, ~20 s of CPU); later starts open the cache in
 * milliseconds. When the cache cannot be written the index is built in memory.
 */
final class IndexLoader {
    /** System property that moves the cache (tests, read-only homes). */
    static final String CACHE_DIR_PROPERTY = "aws-mcp.cache-dir";

    private static final Logger LOG = LoggerFactory.getLogger(IndexLoader.class);

    private IndexLoader() {}

    /**
     * The bundled index, else the cached one, else a fresh one.
     *
     * @param weights query weights
     * @return the index
     * @throws UncheckedIOException when no index can be read or built
     */
    static SuggestIndex bundled(TaskQuery.Weights weights) {
        SuggestIndex idx = SuggestIndex.fromClasspath(weights);
        return idx != null ? idx : cached(cacheRoot(), weights);
    }

    /**
     * The index cached below a directory, built there first when missing.
     *
     * @param root    the cache root ({@code .../aws-mcp})
     * @param weights query weights
     * @return the index
     */
    static SuggestIndex cached(Path root, TaskQuery.Weights weights) {
        String key = SuggestIndexBuilder.key();
        Path dir = root.resolve("suggest").resolve(key.substring(0, 16));
        try {
            if (!isComplete(dir, key)) {
                LOG.info("building the suggestion index into {} (first use; takes a while)", dir);
                Path tmp = Files.createDirectories(root.resolve("suggest"))
                        .resolve(".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
                SuggestIndexBuilder.buildInto(tmp, key);
                publish(tmp, dir);
            }
            return new SuggestIndex(FSDirectory.open(dir), weights);
        } catch (IOException e) {
            LOG.warn("cannot cache the suggestion index under {} ({}); building it in memory", root, e.toString());
            return inMemory(weights);
        }
    }

    private static SuggestIndex inMemory(TaskQuery.Weights weights) {
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            SuggestIndexBuilder.write(SuggestIndexBuilder.entries(dev.awsmcp.model.ServiceCatalog.of(
                    dev.awsmcp.model.ModelDataSource.classpath(), 16), Runtime.getRuntime().availableProcessors()),
                    dir);
            return new SuggestIndex(dir, weights);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the suggestion index", e);
        }
    }

    private static boolean isComplete(Path dir, String key) throws IOException {
        Path manifest = dir.resolve(SuggestIndexBuilder.MANIFEST);
        return Files.exists(manifest) && key.equals(SuggestIndexBuilder.load(manifest).getProperty("key"));
    }

    /** Moves a finished build into place; another process may have won the race, and then its copy is used. */
    private static void publish(Path tmp, Path dir) throws IOException {
        try {
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
            deleteTree(tmp);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /** {@code -Daws-mcp.cache-dir}, else {@code $XDG_CACHE_HOME/aws-mcp}, else {@code ~/.cache/aws-mcp}. */
    static Path cacheRoot() {
        String prop = System.getProperty(CACHE_DIR_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "aws-mcp");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "aws-mcp");
    }
}
