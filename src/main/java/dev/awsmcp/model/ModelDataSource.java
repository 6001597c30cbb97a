package dev.awsmcp.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the gzipped model files live: the jar ({@code /service-models/...}) or a directory (a checkout's
 * {@code service-models/}). Paths are relative, e.g. {@code services/ec2/service-2.json.gz}.
 */
@FunctionalInterface
public interface ModelDataSource {
    /**
     * Opens a data file.
     *
     * @param relativePath path below the data root
     * @return the raw (gzipped) stream, or null when the file does not exist
     * @throws IOException when the file exists but cannot be read
     */
    InputStream open(String relativePath) throws IOException;

    /** The data bundled in the jar under {@code service-models/}. */
    static ModelDataSource classpath() {
        return path -> ModelDataSource.class.getResourceAsStream("/service-models/" + path);
    }

    /**
     * A directory laid out like {@code service-models/}.
     *
     * @param root the directory
     * @return a source that reads below {@code root}
     */
    static ModelDataSource directory(Path root) {
        return path -> {
            Path p = root.resolve(path).normalize();
            if (!p.startsWith(root) || !Files.isRegularFile(p)) {
                return null;
            }
            return Files.newInputStream(p);
        };
    }
}
