package dev.awsmcp.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk cache used when the jar carries no index. */
class IndexLoaderTest {
    @Test
    void cachedIndexWithTheCurrentKeyIsOpenedWithoutRebuilding(@TempDir Path root) throws Exception {
        String key = SuggestIndexBuilder.key();
        Path dir = Files.createDirectories(root.resolve("suggest").resolve(key.substring(0, 16)));
        Properties manifest = new Properties();
        try (InputStream in = resource(SuggestIndexBuilder.MANIFEST)) {
            manifest.load(in);
        }
        for (String file : manifest.getProperty("files").split(",")) {
            try (InputStream in = resource(file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
        manifest.setProperty("key", key);
        try (var w = Files.newBufferedWriter(dir.resolve(SuggestIndexBuilder.MANIFEST))) {
            manifest.store(w, null);
        }
        long before = Files.getLastModifiedTime(dir.resolve(SuggestIndexBuilder.MANIFEST)).toMillis();

        try (SuggestIndex idx = IndexLoader.cached(root, TaskQuery.Weights.DEFAULT)) {
            assertThat(idx.size()).isGreaterThan(18_000);
            assertThat(idx.search("list s3 buckets", 5)).isNotEmpty();
        }
        assertThat(Files.getLastModifiedTime(dir.resolve(SuggestIndexBuilder.MANIFEST)).toMillis()).isEqualTo(before);
    }

    @Test
    void cacheRootFollowsTheSystemProperty() {
        String old = System.getProperty(IndexLoader.CACHE_DIR_PROPERTY);
        try {
            System.setProperty(IndexLoader.CACHE_DIR_PROPERTY, "/tmp/somewhere");
            assertThat(IndexLoader.cacheRoot()).isEqualTo(Path.of("/tmp/somewhere"));
        } finally {
            if (old == null) {
                System.clearProperty(IndexLoader.CACHE_DIR_PROPERTY);
            } else {
                System.setProperty(IndexLoader.CACHE_DIR_PROPERTY, old);
            }
        }
    }

    private static InputStream resource(String name) {
        InputStream in = IndexLoaderTest.class.getClassLoader()
                .getResourceAsStream(SuggestIndexBuilder.RESOURCE_DIR + name);
        assertThat(in).as("bundled index file " + name).isNotNull();
        return in;
    }
}
