package dev.awsmcp.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.parser.Parser;

/**
 * A full-text index over the API reference text bundled in the service models: one entry per operation (its
 * documentation, the names of its input members, the service's names), searched when the documentation service is
 * unreachable. Built in memory on first use straight from the gzipped model files, without parsing them into
 * {@code ServiceModel}s, so it neither pays for nor evicts the catalog's model cache.
 */
final class ApiReferenceIndex {
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    private static final int EXCERPT_CHARS = 300;
    private static final String FINGERPRINT_FILE = "aws-mcp-fingerprint.txt";
    /** Bump when the indexed fields or analysis change. */
    private static final int FORMAT_VERSION = 1;

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final int documents;
    private final long buildMillis;
    private final long indexBytes;
    private final boolean reused;

    private ApiReferenceIndex(Analyzer analyzer, IndexSearcher searcher, int documents, long buildMillis, long indexBytes,
                              boolean reused) {
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.documents = documents;
        this.buildMillis = buildMillis;
        this.indexBytes = indexBytes;
        this.reused = reused;
    }

    /** Indexes every operation of every bundled service, in memory. */
    static ApiReferenceIndex build(ServiceCatalog catalog) {
        return build(catalog, new ByteBuffersDirectory());
    }

    /**
     * Opens the index kept in a directory by an earlier process when it was built from the same models, else builds
     * it there. Keeping it on disk turns the multi-second build into a millisecond open for every later process.
     *
     * @param catalog the models to index
     * @param dir     a directory this class owns; created when missing
     */
    static ApiReferenceIndex openOrBuild(ServiceCatalog catalog, Path dir) {
        String fingerprint = fingerprint(catalog);
        Path marker = dir.resolve(FINGERPRINT_FILE);
        try {
            Files.createDirectories(dir);
            if (Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(fingerprint)) {
                long start = System.nanoTime();
                Directory fs = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(fs);
                return new ApiReferenceIndex(new EnglishAnalyzer(), new IndexSearcher(reader), reader.numDocs(),
                        (System.nanoTime() - start) / 1_000_000, size(fs), true);
            }
            Files.deleteIfExists(marker);
            Directory fs = FSDirectory.open(dir);
            for (String file : fs.listAll()) {
                fs.deleteFile(file);
            }
            ApiReferenceIndex index = build(catalog, fs);
            Files.writeString(marker, fingerprint, StandardCharsets.UTF_8);
            return index;
        } catch (IOException e) {
            // a broken or read-only cache directory must not break search: fall back to memory
            return build(catalog);
        }
    }

    /** Identifies the models an index was built from, so a new jar version rebuilds it. */
    static String fingerprint(ServiceCatalog catalog) {
        return FORMAT_VERSION + ":" + catalog.services().size() + ":" + catalog.operationCount() + ":"
                + String.join(",", catalog.cliNames()).hashCode();
    }

    private static ApiReferenceIndex build(ServiceCatalog catalog, Directory dir) {
        long start = System.nanoTime();
        Analyzer analyzer = new EnglishAnalyzer();
        AtomicInteger count = new AtomicInteger();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
            // reading and indexing ~20 MB of gzipped JSON is CPU-bound: spread services over the cores
            ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
            try {
                pool.submit(() -> catalog.services().parallelStream().forEach(service -> {
                    JsonNode model = catalog.readJson("services/" + service.name() + "/service-2.json.gz").orElse(null);
                    if (model != null) {
                        try {
                            count.addAndGet(indexService(writer, service, model));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                })).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while building the offline API reference index", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot build the offline API reference index", e.getCause());
            } finally {
                pool.shutdown();
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the offline API reference index", e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            return new ApiReferenceIndex(analyzer, searcher, count.get(), (System.nanoTime() - start) / 1_000_000, size(dir), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the offline API reference index", e);
        }
    }

    private static long size(Directory dir) throws IOException {
        long bytes = 0;
        for (String file : dir.listAll()) {
            bytes += dir.fileLength(file);
        }
        return bytes;
    }

    private static int indexService(IndexWriter writer, ServiceSummary service, JsonNode model) throws IOException {
        JsonNode shapes = model.path("shapes");
        String serviceNames = service.cliName() + " " + service.name() + " " + nullToEmpty(service.serviceId()) + " "
                + nullToEmpty(service.fullName());
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = model.path("operations").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String opName = e.getKey();
            JsonNode op = e.getValue();
            String docText = plainText(op.path("documentation").asText(""));
            StringBuilder body = new StringBuilder(docText);
            String inputShape = op.path("input").path("shape").asText(null);
            if (inputShape != null) {
                for (Iterator<String> members = shapes.path(inputShape).path("members").fieldNames(); members.hasNext(); ) {
                    body.append(' ').append(splitCamel(members.next()));
                }
            }
            String cliOp = CliNames.toCli(opName);
            Document doc = new Document();
            doc.add(new StoredField("service", service.cliName()));
            doc.add(new StoredField("operation", cliOp));
            doc.add(new StoredField("fullName", nullToEmpty(service.fullName())));
            doc.add(new StoredField("excerpt", excerpt(docText)));
            doc.add(new TextField("names", serviceNames + " " + splitCamel(opName) + " " + cliOp.replace('-', ' '), Field.Store.NO));
            doc.add(new TextField("body", body.toString(), Field.Store.NO));
            writer.addDocument(doc);
            count++;
        }
        return count;
    }

    /**
     * The best matching operations for a phrase.
     *
     * @param phrase free text
     * @param limit  at most this many hits
     * @return hits, best first; empty when nothing matches
     */
    List<SearchResult> search(String phrase, int limit) {
        Set<String> terms = analyze(phrase);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String term : terms) {
            q.add(new BoostQuery(new TermQuery(new Term("names", term)), 3f), BooleanClause.Occur.SHOULD);
            q.add(new TermQuery(new Term("body", term)), BooleanClause.Occur.SHOULD);
        }
        try {
            ScoreDoc[] hits = searcher.search(q.build(), limit).scoreDocs;
            List<SearchResult> results = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                Document d = searcher.storedFields().document(hit.doc);
                String service = d.get("service");
                String operation = d.get("operation");
                String fullName = d.get("fullName");
                String title = "aws " + service + " " + operation + (fullName.isEmpty() ? "" : " - " + fullName + " API reference");
                results.add(new SearchResult(results.size() + 1, referenceUrl(service, operation), title, d.get("excerpt")));
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the offline API reference index", e);
        }
    }

    /** The AWS CLI command reference page of an operation, which lives on docs.aws.amazon.com. */
    static String referenceUrl(String cliService, String cliOperation) {
        return "https://docs.aws.amazon.com/cli/latest/reference/" + cliService + "/" + cliOperation + ".html";
    }

    /** Indexed operations. */
    int documents() {
        return documents;
    }

    /** Time it took to build (or to open from disk), in milliseconds. */
    long buildMillis() {
        return buildMillis;
    }

    /** True when the index was opened from a directory an earlier process built, not built now. */
    boolean reused() {
        return reused;
    }

    /** Size of the index files (heap for the in-memory index). */
    long indexBytes() {
        return indexBytes;
    }

    private Set<String> analyze(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("body", splitCamel(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static String plainText(String html) {
        if (html.isEmpty()) {
            return html;
        }
        String text = Parser.unescapeEntities(TAGS.matcher(html).replaceAll(" "), false);
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** {@code DescribeDBInstances} → {@code Describe DB Instances DescribeDBInstances}: words and the whole name. */
    private static String splitCamel(String name) {
        String split = CAMEL.matcher(name).replaceAll(" ");
        return split.equals(name) ? name : split + " " + name;
    }

    /** The first sentences of a text, cut at a sentence end before {@link #EXCERPT_CHARS} where possible. */
    static String excerpt(String text) {
        if (text.length() <= EXCERPT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(". ", EXCERPT_CHARS);
        return cut > EXCERPT_CHARS / 3 ? text.substring(0, cut + 1) : text.substring(0, EXCERPT_CHARS).strip() + " …";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
