import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.suggest.SuggestIndexBuilder;
import dev.awsmcp.suggest.Suggester;
import dev.awsmcp.suggest.Suggestion;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Command-suggestion benchmark over the dev corpus (AWS-written task titles with the expected command).
 *
 * <pre>
 * java -cp "target/aws-mcp.jar:target/lib/*" bench/SuggestBench.java ../shared/corpus/dev-suggest.jsonl \
 *     [--split all|even|odd] [--failures N] [--build] [--dense] [--buckets]
 *     [--with-service]
 * </pre>
 *
 * Reports top-1 / top-5 accuracy (lenient: the expected command or one of its listed alternatives; strict: the
 * expected command only), warm p50/p99 latency, first-use time and heap. {@code --build} also times a full index
 * build from the models. {@code --dense} adds the dense retriever (bge-small-en-v1.5, quantized, through
 * LangChain4j on ONNX Runtime; its jars must be on the class path) alone and fused with the lexical one by
 * reciprocal rank fusion; it embeds all ~19,000 commands first (minutes). {@code --with-service} appends each task's
 * expected service to it (a diagnostic of the ranking within a service; nothing else uses the expected answer).
 * {@code --failures N} marks each miss "[service ok]" when a command of the expected service is in its top 5.
 */
public class SuggestBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FUSION_DEPTH = 50;
    private static final int RRF_K = 60;

    record Query(String text, String expected, Set<String> accepted) {}

    /** One retriever under test: a task to ranked command lines. */
    interface Retriever {
        List<String> rank(String task, int limit);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SuggestBench <dev-suggest.jsonl> [--split all|even|odd] [--failures N] "
                    + "[--build] [--dense] [--buckets] [--with-service] [--oracle-service]");
            System.exit(2);
        }
        String split = "all";
        int failures = 0;
        boolean build = false;
        boolean dense = false;
        boolean buckets = false;
        boolean withService = false;
        boolean oracle = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--split": split = args[++i]; break;
                case "--failures": failures = Integer.parseInt(args[++i]); break;
                case "--build": build = true; break;
                case "--dense": dense = true; break;
                case "--buckets": buckets = true; break;
                case "--with-service": withService = true; break;
                case "--oracle-service": oracle = true; break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Query> queries = load(Path.of(args[0]), split);
        if (withService) {
            queries = withService(queries);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        // first use: open the bundled index and answer one task, in this fresh JVM
        long heapBefore = usedHeap();
        long wall0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        Suggester suggester = Suggester.bundled();
        long openMillis = (System.nanoTime() - wall0) / 1_000_000;
        suggester.suggest("list my s3 buckets");
        long firstWall = (System.nanoTime() - wall0) / 1_000_000;
        long firstCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        long heapIndex = usedHeap() - heapBefore;
        System.out.printf("commands indexed: %d; corpus: %d queries (split %s)%n", suggester.size(), queries.size(),
                split);
        System.out.printf("first use: open %d ms, open + first answer %d ms wall / %d ms CPU; heap for index + "
                + "classifier %d MB; process RSS %s%n", openMillis, firstWall, firstCpu, heapIndex >> 20, rss());

        Map<String, Retriever> retrievers = new LinkedHashMap<>();
        Retriever lexical = (task, limit) -> suggester.suggest(task, limit).stream().map(Suggestion::command).toList();
        retrievers.put("lexical (BM25)", lexical);
        if (dense) {
            Retriever d = DenseRetriever.create(suggester);
            System.out.println("dense: process RSS with model and vectors " + rss());
            retrievers.put("dense (bge-small)", d);
            retrievers.put("fused (RRF)", fused(lexical, d));
        }
        for (Map.Entry<String, Retriever> r : retrievers.entrySet()) {
            evaluate(r.getKey(), r.getValue(), queries, failures);
        }
        if (buckets) {
            MissBuckets.report(suggester, queries);
        }
        if (oracle) {
            OracleBound.report(suggester, queries);
        }
        if (build) {
            Path out = Files.createTempDirectory("suggest-build");
            long b0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            SuggestIndexBuilder.main(new String[] {out.toString()});
            System.out.printf("index build from the models: %d ms wall (main thread CPU %d ms; the build uses all "
                    + "cores)%n", (System.nanoTime() - b0) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - c0) / 1_000_000);
        }
    }

    private static void evaluate(String name, Retriever r, List<Query> queries, int failures) {
        for (Query q : queries) { // warm-up pass
            r.rank(q.text(), 5);
        }
        int top1 = 0, top5 = 0, strict1 = 0, strict5 = 0;
        List<Long> nanos = new ArrayList<>(queries.size());
        List<String> misses = new ArrayList<>();
        for (Query q : queries) {
            long t0 = System.nanoTime();
            List<String> got = r.rank(q.text(), 5);
            nanos.add(System.nanoTime() - t0);
            if (!got.isEmpty() && q.accepted().contains(got.get(0))) {
                top1++;
            }
            if (got.stream().anyMatch(q.accepted()::contains)) {
                top5++;
            } else if (misses.size() < failures) {
                String service = q.expected().split(" ")[1];
                boolean serviceSeen = got.stream().anyMatch(c -> c.split(" ")[1].equals(service));
                misses.add((serviceSeen ? "[service ok] " : "[service no] ") + q.text() + "  =>  " + q.expected()
                        + "\n      got " + got);
            }
            if (!got.isEmpty() && got.get(0).equals(q.expected())) {
                strict1++;
            }
            if (got.contains(q.expected())) {
                strict5++;
            }
        }
        Collections.sort(nanos);
        int n = queries.size();
        System.out.printf("%-18s top-1 %5.1f%%  top-5 %5.1f%%  (strict %5.1f%% / %5.1f%%)  p50 %.2f ms  p99 %.2f ms%n",
                name, pct(top1, n), pct(top5, n), pct(strict1, n), pct(strict5, n),
                nanos.get(n / 2) / 1e6, nanos.get(Math.min(n - 1, (int) (n * 0.99))) / 1e6);
        misses.forEach(m -> System.out.println("  miss: " + m));
    }

    /** Reciprocal rank fusion of two rankings (k = 60) over their top {@value #FUSION_DEPTH}. */
    private static Retriever fused(Retriever a, Retriever b) {
        return (task, limit) -> {
            Map<String, Double> score = new HashMap<>();
            for (Retriever r : List.of(a, b)) {
                List<String> ranked = r.rank(task, FUSION_DEPTH);
                for (int i = 0; i < ranked.size(); i++) {
                    score.merge(ranked.get(i), 1.0 / (RRF_K + i + 1), Double::sum);
                }
            }
            return score.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
                    .limit(limit).map(Map.Entry::getKey).toList();
        };
    }

    private static List<Query> load(Path file, String split) throws Exception {
        List<Query> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (split.equals("even") && i % 2 != 0 || split.equals("odd") && i % 2 == 0 || lines.get(i).isBlank()) {
                continue;
            }
            JsonNode o = JSON.readTree(lines.get(i));
            Set<String> accepted = new HashSet<>();
            accepted.add(o.path("expected").asText());
            o.path("alternatives").forEach(x -> accepted.add(x.asText()));
            out.add(new Query(o.path("query").asText(), o.path("expected").asText(), accepted));
        }
        return out;
    }

    /**
     * Diagnostic only: each task with its expected service's CLI name appended, as an agent that knows the service
     * would write it ("Create a function lambda"). What is left wrong is the ranking within a service, apart from
     * guessing the service.
     */
    private static List<Query> withService(List<Query> queries) {
        return queries.stream().map(q -> new Query(q.text() + " " + q.expected().split(" ")[1], q.expected(),
                q.accepted())).toList();
    }

    private static double pct(int k, int n) {
        return 100.0 * k / n;
    }

    /** Resident set size from /proc (Linux), or "n/a". */
    private static String rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return (Long.parseLong(line.replaceAll("\\D", "")) >> 10) + " MB";
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return "n/a";
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * Brute-force cosine search over embeddings of "service name: command words: description", through LangChain4j's
     * in-process bge-small-en-v1.5 (quantized) model, called by reflection so that this file compiles without it.
     */
    static final class DenseRetriever implements Retriever {
        private static final String MODEL =
                "dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel";
        private static final String QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

        private final Object model;
        private final Method embed;
        private final List<String> commands = new ArrayList<>();
        private final float[][] vectors;

        private DenseRetriever(Object model, Method embed, Map<String, String> docs) throws Exception {
            this.model = model;
            this.embed = embed;
            this.vectors = new float[docs.size()][];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            commands.addAll(docs.keySet());
            // -Dsuggest.dense.cache=FILE keeps the command vectors between runs (the commands' texts decide them;
            // the lexical side can change without re-embedding)
            String cache = System.getProperty("suggest.dense.cache");
            if (cache != null && Files.exists(Path.of(cache)) && readVectors(Path.of(cache), vectors)) {
                System.out.println("dense: command vectors read from " + cache);
            } else {
                int i = 0;
                for (String text : docs.values()) {
                    vectors[i++] = vector(text);
                }
                if (cache != null) {
                    writeVectors(Path.of(cache), vectors);
                }
            }
            System.out.printf("dense: embedded %d commands in %d s wall / %d s CPU; vectors %d MB as float32%n",
                    docs.size(), (System.nanoTime() - t0) / 1_000_000_000L,
                    (threads.getCurrentThreadCpuTime() - c0) / 1_000_000_000L,
                    (long) docs.size() * vectors[0].length * 4 >> 20);
        }

        static DenseRetriever create(Suggester suggester) throws Exception {
            long heap0 = usedHeap();
            long t0 = System.nanoTime();
            Object model = Class.forName(MODEL).getConstructor().newInstance();
            Method embed = model.getClass().getMethod("embed", String.class);
            System.out.printf("dense: model loaded in %d ms, heap +%d MB (ONNX Runtime also holds native memory)%n",
                    (System.nanoTime() - t0) / 1_000_000, (usedHeap() - heap0) >> 20);
            ServiceCatalog catalog = ServiceCatalog.bundled();
            Map<String, String> docs = new LinkedHashMap<>();
            suggester.forEachCommand((command, description) -> {
                String[] w = command.split(" ", 3);
                String service = catalog.byCliName(w[1]).map(s -> s.fullName()).orElse(w[1]);
                docs.put(command, service + " " + w[2].replace('-', ' ') + ": " + description);
            });
            return new DenseRetriever(model, embed, docs);
        }

        private static boolean readVectors(Path file, float[][] into) throws java.io.IOException {
            try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
                    Files.newInputStream(file)))) {
                int n = in.readInt();
                int dim = in.readInt();
                if (n != into.length) {
                    return false;
                }
                for (int d = 0; d < n; d++) {
                    into[d] = new float[dim];
                    for (int k = 0; k < dim; k++) {
                        into[d][k] = in.readFloat();
                    }
                }
                return true;
            }
        }

        private static void writeVectors(Path file, float[][] vectors) throws java.io.IOException {
            try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                    Files.newOutputStream(file)))) {
                out.writeInt(vectors.length);
                out.writeInt(vectors[0].length);
                for (float[] v : vectors) {
                    for (float x : v) {
                        out.writeFloat(x);
                    }
                }
            }
        }

        private float[] vector(String text) throws Exception {
            Object response = embed.invoke(model, text);
            Object embedding = response.getClass().getMethod("content").invoke(response);
            return (float[]) embedding.getClass().getMethod("vector").invoke(embedding);
        }

        @Override
        public List<String> rank(String task, int limit) {
            try {
                float[] q = vector(QUERY_PREFIX + task);
                PriorityQueue<int[]> best = new PriorityQueue<>((x, y) -> Float.compare(
                        Float.intBitsToFloat(x[1]), Float.intBitsToFloat(y[1])));
                for (int d = 0; d < vectors.length; d++) {
                    float s = 0;
                    float[] v = vectors[d];
                    for (int k = 0; k < v.length; k++) {
                        s += v[k] * q[k];
                    }
                    best.add(new int[] {d, Float.floatToIntBits(s)});
                    if (best.size() > limit) {
                        best.poll();
                    }
                }
                List<String> out = new ArrayList<>();
                while (!best.isEmpty()) {
                    out.add(0, commands.get(best.poll()[0]));
                }
                return out;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Error analysis of the lexical ranking: the top-5 misses by whether the task names the expected service, where
     * the expected command ranks, whether the right service is in the top 5, whether the task's verb is the
     * command's; and a ceiling for tasks that name no service while several services have a command of exactly the
     * expected name (five guesses among N equally good commands find the right one with chance 5/N at best).
     * "Names the service" is approximate: the service's CLI name, full name or SDK id (without "Amazon"/"AWS") as
     * words of the task; the suggester's own alias table is not consulted.
     */
    static final class MissBuckets {
        private static final int DEPTH = 50;
        static final int GENERIC = 5;

        static void report(Suggester s, List<Query> queries) {
            ServiceCatalog catalog = ServiceCatalog.bundled();
            Map<String, Set<String>> servicesByOp = new HashMap<>();
            s.forEachCommand((command, description) -> {
                String[] w = command.split(" ", 3);
                servicesByOp.computeIfAbsent(w[2], k -> new HashSet<>()).add(w[1]);
            });
            Map<String, List<String>> names = new HashMap<>();
            catalog.services().forEach(x -> names.put(x.cliName(), serviceNames(x.cliName(), x.fullName(),
                    x.serviceId())));
            Map<String, Integer> counts = new java.util.TreeMap<>();
            double ceiling = 0;
            int generic = 0, misses = 0;
            for (Query q : queries) {
                String[] exp = q.expected().split(" ", 3);
                String task = " " + q.text().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
                boolean named = names.getOrDefault(exp[1], List.of()).stream().anyMatch(n -> task.contains(
                        " " + n + " "));
                int sharing = servicesByOp.getOrDefault(exp[2], Set.of()).size();
                boolean isGeneric = !named && sharing >= GENERIC;
                if (isGeneric) {
                    generic++;
                    ceiling += Math.min(1.0, (double) GENERIC / sharing);
                } else {
                    ceiling += 1;
                }
                List<String> got = s.suggest(q.text(), DEPTH).stream().map(Suggestion::command).toList();
                int rank = DEPTH + 1;
                for (int i = 0; i < got.size(); i++) {
                    if (q.accepted().contains(got.get(i))) {
                        rank = i + 1;
                        break;
                    }
                }
                if (rank <= 5) {
                    continue;
                }
                misses++;
                boolean serviceInTop5 = got.stream().limit(5).anyMatch(c -> c.split(" ")[1].equals(exp[1]));
                String verb = exp[2].startsWith("wait ") ? "wait" : exp[2].split("-")[0];
                String first = task.strip().split(" ")[0];
                boolean sameVerb = first.startsWith(verb) || verb.startsWith(first) && first.length() >= 3;
                count(counts, "names expected service: " + (named ? "yes" : "no"));
                count(counts, "expected rank: " + (rank <= 10 ? "6-10" : rank <= DEPTH ? "11-50" : ">50"));
                count(counts, "expected service in top 5: " + (serviceInTop5 ? "yes (wrong operation)"
                        : "no (wrong service)"));
                count(counts, "task verb = command verb: " + (sameVerb ? "yes" : "no"));
                count(counts, "generic (no service named, name shared by >= " + GENERIC + " services): "
                        + (isGeneric ? "yes" : "no"));
                count(counts, "named=" + (named ? "y" : "n") + " serviceInTop5=" + (serviceInTop5 ? "y" : "n")
                        + " verb=" + (sameVerb ? "y" : "n"));
            }
            int n = queries.size();
            System.out.printf("top-5 misses: %d of %d%n", misses, n);
            counts.forEach((k, v) -> System.out.printf("  %-75s %4d%n", k, v));
            System.out.printf("generic tasks (no service named, command name in >= %d services): %d (%.1f%%); "
                    + "top-5 ceiling if those are guessed at best 5/N: %.1f%%%n", GENERIC, generic, pct(generic, n),
                    100.0 * ceiling / n);
        }

        private static void count(Map<String, Integer> counts, String key) {
            counts.merge(key, 1, Integer::sum);
        }

        static List<String> serviceNames(String cliName, String fullName, String serviceId) {
            List<String> out = new ArrayList<>();
            out.add(cliName.replace('-', ' '));
            for (String name : new String[] {fullName, serviceId}) {
                if (name != null) {
                    String n = name.toLowerCase(java.util.Locale.ROOT).replaceAll("\\(.*?\\)", " ")
                            .replaceAll("\\b(amazon|aws)\\b", " ").replaceAll("[^a-z0-9]+", " ").strip();
                    if (!n.isEmpty()) {
                        out.add(n);
                    }
                }
            }
            return out;
        }
    }

    /**
     * An upper bound from an oracle that always knows the service: the plain ranking (the task as written, no service
     * appended) cut to the expected service's commands, topped up from the ranking with the service named when the
     * plain top 50 hold fewer than five of them. Its top-5 is what a perfect service guesser would score with
     * our ranking within services. Combined with the generic tasks (no service named, command name in N >= 5
     * services: at best 5/N), it bounds what better service guessing alone can reach.
     */
    static final class OracleBound {
        private static final int DEPTH = 50;

        static void report(Suggester s, List<Query> queries) {
            Map<String, Set<String>> servicesByOp = new HashMap<>();
            s.forEachCommand((command, description) -> {
                String[] w = command.split(" ", 3);
                servicesByOp.computeIfAbsent(w[2], k -> new HashSet<>()).add(w[1]);
            });
            ServiceCatalog catalog = ServiceCatalog.bundled();
            Map<String, List<String>> names = new HashMap<>();
            catalog.services().forEach(x -> names.put(x.cliName(), MissBuckets.serviceNames(x.cliName(),
                    x.fullName(), x.serviceId())));
            int top1 = 0, top5 = 0;
            double bound = 0;
            for (Query q : queries) {
                String service = q.expected().split(" ")[1];
                // the plain ranking cut to the service; when its top 50 hold fewer than 5 of the service's commands,
                // the rest come from the ranking with the service named
                List<String> within = new ArrayList<>(new java.util.LinkedHashSet<>(java.util.stream.Stream.concat(
                        s.suggest(q.text(), DEPTH).stream(), s.suggest(q.text() + " " + service, DEPTH).stream())
                        .map(Suggestion::command).filter(c -> c.split(" ")[1].equals(service)).toList()));
                within = within.subList(0, Math.min(5, within.size()));
                boolean hit5 = within.stream().anyMatch(q.accepted()::contains);
                top1 += !within.isEmpty() && q.accepted().contains(within.get(0)) ? 1 : 0;
                top5 += hit5 ? 1 : 0;
                String op = q.expected().split(" ", 3)[2];
                String task = " " + q.text().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
                boolean named = names.getOrDefault(service, List.of()).stream().anyMatch(n -> task.contains(
                        " " + n + " "));
                int sharing = servicesByOp.getOrDefault(op, Set.of()).size();
                double guess = !named && sharing >= MissBuckets.GENERIC ? Math.min(1.0, 5.0 / sharing) : 1.0;
                bound += hit5 ? guess : 0;
            }
            int n = queries.size();
            System.out.printf("oracle service (plain ranking cut to the expected service): top-1 %.1f%%  top-5 %.1f%%%n",
                    pct(top1, n), pct(top5, n));
            System.out.printf("bound with that ranking and generic tasks guessed at best 5/N: top-5 %.1f%%%n",
                    100.0 * bound / n);
        }
    }
}
