package dev.awsmcp.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * The lexical retriever: a Lucene index of every suggestible command, searched with BM25 over weighted fields
 * ({@link TaskQuery}). Opening the bundled index reads a few MB from the class path into memory; searching is
 * thread-safe.
 */
final class SuggestIndex implements AutoCloseable {
    /** Tasks longer than this many terms are cut (keeps the query under Lucene's clause limit). */
    private static final int MAX_TERMS = 48;

    /**
     * BM25 per field. Command names are short and should match as a whole: full length normalisation (b = 1) and
     * early saturation (k1 = 0.5), so "delete account" prefers {@code delete-account} over
     * {@code delete-account-alias}. Other fields: k1 = 0.8, b = 0.5.
     */
    private static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
        private final Similarity names = new BM25Similarity(0.5f, 1.0f);
        private final Similarity text = new BM25Similarity(0.8f, 0.5f);
        private final Similarity profiles = new BM25Similarity();

        @Override
        public Similarity get(String field) {
            if (field.equals(IndexSchema.PROFILE)) {
                return profiles;
            }
            return field.equals(IndexSchema.NAME) || field.equals(IndexSchema.COMPOUND) || field.equals(IndexSchema.EXACT)
                    ? names : text;
        }
    };

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SuggestAnalyzer analyzer = new SuggestAnalyzer();
    private final TaskQuery queries;
    private final Derivations derivations;
    private final int profiles;

    /**
     * A hit.
     *
     * @param info  the stored command
     * @param score the BM25 score
     */
    record Hit(CommandInfo info, float score) {
        Hit {
            Objects.requireNonNull(info, "info");
        }
    }

    SuggestIndex(Directory dir, TaskQuery.Weights weights) throws IOException {
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null); // every task is different; caching only costs
        this.searcher.setSimilarity(SIMILARITY);
        this.derivations = Derivations.of(reader, IndexSchema.DOC, IndexSchema.VERB, IndexSchema.PARAM);
        this.queries = new TaskQuery(analyzer, verbs(reader), derivations, weights);
        this.profiles = reader.getDocCount(IndexSchema.PROFILE);
    }

    /**
     * Opens the index the build put on the class path.
     *
     * @return the index, or null when the class path has none
     * @throws UncheckedIOException when the resource is there but unreadable
     */
    static SuggestIndex fromClasspath(TaskQuery.Weights weights) {
        ClassLoader cl = SuggestIndex.class.getClassLoader();
        try (InputStream m = cl.getResourceAsStream(SuggestIndexBuilder.RESOURCE_DIR + SuggestIndexBuilder.MANIFEST)) {
            if (m == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(m);
            Directory dir = new ByteBuffersDirectory();
            for (String file : p.getProperty("files", "").split(",")) {
                try (InputStream in = cl.getResourceAsStream(SuggestIndexBuilder.RESOURCE_DIR + file);
                     IndexOutput out = dir.createOutput(file, IOContext.DEFAULT)) {
                    if (in == null) {
                        throw new IOException("bundled suggestion index lacks " + file);
                    }
                    byte[] buf = new byte[1 << 16];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        out.writeBytes(buf, 0, n);
                    }
                }
            }
            return new SuggestIndex(dir, weights);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled suggestion index", e);
        }
    }

    /** Explains the score of a command for a task: Lucene's breakdown per clause, for diagnosing rankings. */
    String explain(String task, String commandLine) throws IOException {
        Query q = queries.build(task, reader, services(task));
        TopDocs td = searcher.search(new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(IndexSchema.ID, commandLine)), 1);
        return td.scoreDocs.length == 0 ? "no such command" : searcher.explain(q, td.scoreDocs[0].doc).toString();
    }

    /** The analysed first words of all indexed commands. */
    private static java.util.Set<String> verbs(DirectoryReader reader) throws IOException {
        java.util.Set<String> out = new java.util.HashSet<>();
        org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(reader, IndexSchema.VERB);
        if (terms != null) {
            org.apache.lucene.index.TermsEnum it = terms.iterator();
            for (org.apache.lucene.util.BytesRef t; (t = it.next()) != null; ) {
                out.add(t.utf8ToString());
            }
        }
        return out;
    }

    /**
     * Visits every indexed command.
     *
     * @param visitor receives each stored command
     */
    void forEach(java.util.function.Consumer<CommandInfo> visitor) {
        try {
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                String payload = stored.document(doc).get(IndexSchema.PAYLOAD);
                if (payload != null) { // service profiles have none
                    visitor.accept(IndexSchema.fromJson(payload));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("suggestion index read failed", e);
        }
    }

    /** Nouns of action and their verbs in this index's vocabulary. */
    Derivations derivations() {
        return derivations;
    }

    /** Number of indexed commands. */
    int size() {
        return reader.numDocs() - profiles;
    }

    /**
     * The services whose vocabulary the task's words belong to, with their profile scores relative to the best,
     * raised to {@link TaskQuery#PROFILE_SHARPNESS}.
     *
     * @param task free text
     * @return CLI service name → score in (0, 1], best first; empty when no profile matches
     * @throws IOException when the index cannot be read
     */
    java.util.Map<String, Float> services(String task) throws IOException {
        Query pq = queries.profileQuery(task);
        java.util.Map<String, Float> out = new java.util.LinkedHashMap<>();
        if (pq == null) {
            return out;
        }
        TopDocs top = searcher.search(pq, TaskQuery.PROFILE_DEPTH);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            out.put(stored.document(sd.doc).get(IndexSchema.PROFILE_OF),
                    (float) Math.pow(sd.score / top.scoreDocs[0].score, TaskQuery.PROFILE_SHARPNESS));
        }
        return out;
    }

    /**
     * The best commands for a task.
     *
     * @param task  free text
     * @param limit how many
     * @return hits, best first; empty when the task has no searchable words
     */
    List<Hit> search(String task, int limit) {
        List<String> words = List.of(task.split("\\s+"));
        String text = words.size() > MAX_TERMS ? String.join(" ", words.subList(0, MAX_TERMS)) : task;
        try {
            Query q = queries.build(text, reader, services(text));
            if (q == null) {
                return List.of();
            }
            TopDocs top = searcher.search(q, limit);
            StoredFields stored = searcher.storedFields();
            List<Hit> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(new Hit(IndexSchema.fromJson(stored.document(sd.doc).get(IndexSchema.PAYLOAD)), sd.score));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("suggestion index read failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
