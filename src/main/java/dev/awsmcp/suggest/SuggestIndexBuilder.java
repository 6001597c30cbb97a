package dev.awsmcp.suggest;

import dev.awsmcp.model.ModelDataSource;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds the suggestion index from the service models. Run by the build ({@code process-classes}) into
 * {@code target/classes/dev/awsmcp/suggest/index/}, so the jar ships it; skipped when the models and the classes that
 * shape the index are unchanged. {@link SuggestIndex} falls back to building on first use when the resource is
 * missing.
 */
public final class SuggestIndexBuilder {
    /** Bump when the index layout changes in a way the class hashes would not show. */
    static final String FORMAT = "suggest-index-2";
    /** Where the bundled index lives on the class path. */
    static final String RESOURCE_DIR = "dev/awsmcp/suggest/index/";
    static final String MANIFEST = "manifest.properties";

    private SuggestIndexBuilder() {}

    /**
     * Build step: writes the index below a classes directory unless it is up to date.
     *
     * @param args {@code <classes directory>}
     * @throws Exception when the index cannot be written
     * @throws IllegalArgumentException without exactly one argument
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SuggestIndexBuilder <classes directory>");
        }
        Path classes = Path.of(args[0]);
        Path out = classes.resolve(RESOURCE_DIR);
        String key = key();
        Path manifest = out.resolve(MANIFEST);
        if (Files.exists(manifest) && key.equals(load(manifest).getProperty("key"))) {
            System.out.println("[suggest] index up to date");
            return;
        }
        Properties built = buildInto(out, key);
        System.out.printf("[suggest] indexed %s commands in %s ms%n", built.getProperty("entries"),
                built.getProperty("buildMillis"));
    }

    /**
     * Builds the index from the bundled models into a directory (emptied first) with its manifest.
     *
     * @param out the directory
     * @param key the key to record
     * @return the manifest written
     * @throws IOException when writing fails
     */
    static Properties buildInto(Path out, String key) throws IOException {
        long t0 = System.nanoTime();
        List<CommandEntry> entries = entries(ServiceCatalog.of(ModelDataSource.classpath(), 16),
                Runtime.getRuntime().availableProcessors());
        if (Files.exists(out)) {
            try (Stream<Path> old = Files.list(out)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(out);
        List<String> files = write(entries, out);
        Files.deleteIfExists(out.resolve("write.lock")); // Lucene leaves its empty lock file behind
        Properties p = new Properties();
        p.setProperty("key", key);
        p.setProperty("files", String.join(",", files));
        p.setProperty("entries", Integer.toString(entries.size()));
        p.setProperty("buildMillis", Long.toString((System.nanoTime() - t0) / 1_000_000));
        try (Writer w = Files.newBufferedWriter(out.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            p.store(w, "suggestion index; generated, do not edit");
        }
        return p;
    }

    /**
     * Every suggestible command, sorted by command line.
     *
     * @param catalog the models
     * @param threads parallelism (model parsing dominates)
     * @return the entries
     */
    static List<CommandEntry> entries(ServiceCatalog catalog, int threads) {
        CommandEntries extractor = new CommandEntries(catalog);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "suggest-index");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<CommandEntry>>> parts = new ArrayList<>();
            for (ServiceSummary s : catalog.services()) {
                parts.add(pool.submit(() -> extractor.forService(s)));
            }
            List<CommandEntry> all = new ArrayList<>();
            java.util.Set<String> modelCommands = new java.util.HashSet<>();
            for (Future<List<CommandEntry>> f : parts) {
                for (CommandEntry e : f.get()) {
                    all.add(e);
                    modelCommands.add(e.info().service() + " " + e.info().command());
                }
            }
            // a customization that replaces a model operation (emr describe-cluster, ssm start-session) keeps the
            // model's entry: its parameters and documentation describe the same command
            for (CommandEntry e : HighLevelEntries.all()) {
                if (!modelCommands.contains(e.info().service() + " " + e.info().command())) {
                    all.add(e);
                }
            }
            all.sort(Comparator.comparing(e -> e.info().commandLine()));
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writes entries as one merged segment in compound format.
     *
     * @param entries the entries
     * @param dir     an empty directory
     * @return the file names written
     * @throws IOException when writing fails
     */
    static List<String> write(List<CommandEntry> entries, Path dir) throws IOException {
        try (Directory d = FSDirectory.open(dir)) {
            write(entries, d);
            return java.util.Arrays.stream(d.listAll()).filter(f -> !f.equals("write.lock")).toList();
        }
    }

    /**
     * Writes entries into a Lucene directory as one segment.
     *
     * @param entries the entries
     * @param dir     the directory
     * @throws IOException when writing fails
     */
    static void write(List<CommandEntry> entries, Directory dir) throws IOException {
        SuggestAnalyzer analyzer = new SuggestAnalyzer();
        IndexWriterConfig cfg = new IndexWriterConfig(SuggestAnalyzer.forIndex())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setUseCompoundFile(true)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        cfg.getMergePolicy().setNoCFSRatio(1.0);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            java.util.Map<String, List<CommandEntry>> byService = new java.util.TreeMap<>();
            for (CommandEntry e : entries) {
                w.addDocument(IndexSchema.toDocument(e, analyzer));
                byService.computeIfAbsent(e.info().service(), k -> new ArrayList<>()).add(e);
            }
            for (java.util.Map.Entry<String, List<CommandEntry>> s : byService.entrySet()) {
                w.addDocument(IndexSchema.profileDocument(s.getKey(), s.getValue()));
            }
            w.forceMerge(1);
        }
    }

    /** Classes whose code decides what the index holds; a change to any of them changes the key. */
    private static final List<Class<?>> SHAPING_CLASSES = List.of(SuggestIndexBuilder.class, CommandEntries.class,
            CommandEntry.class, CommandInfo.class, ExampleCommands.class, HighLevelEntries.class, IndexSchema.class,
            ServiceAliases.class, ServicePrior.class, SuggestAnalyzer.class, dev.awsmcp.command.help.ModelHelp.class,
            dev.awsmcp.command.help.HtmlText.class);

    /**
     * The key that says whether an index is current: the index format, the model data's checksums
     * ({@code SOURCES.json}) and the bytecode of the classes that shape the index.
     *
     * @return a hex SHA-256
     */
    static String key() {
        MessageDigest md = sha256();
        md.update(FORMAT.getBytes(StandardCharsets.UTF_8));
        try (InputStream in = ModelDataSource.classpath().open("SOURCES.json")) {
            if (in != null) {
                md.update(in.readAllBytes());
            }
            // the registered customizations are indexed too: a new one (or a new description) rebuilds the index
            for (dev.awsmcp.custom.Customization c : dev.awsmcp.custom.CustomizationRegistry.bundled().all()) {
                c.commands().forEach((name, description) -> md.update((c.group() + " " + name + " " + description
                        + "\n").getBytes(StandardCharsets.UTF_8)));
            }
            for (Class<?> c : SHAPING_CLASSES) {
                try (InputStream cls = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                    if (cls != null) {
                        md.update(cls.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static Properties load(Path manifest) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(manifest)) {
            p.load(in);
        }
        return p;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
