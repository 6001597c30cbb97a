package dev.awsmcp.suggest;

import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.policy.Classifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Suggests AWS CLI commands for a task described in words: {@code "list my s3 buckets"} →
 * {@code aws s3 ls}, {@code aws s3api list-buckets}, ... Each answer carries the command, a one-line description, the
 * required parameters with types, a ready-to-fill line (a real example when the model has one) and the access level.
 *
 * <pre>{@code
 * Suggester s = Suggester.bundled();
 * for (Suggestion x : s.suggest("create a kubernetes cluster")) {
 *     System.out.println(x.command() + "  " + x.access().level());
 * }
 * }</pre>
 *
 * <p>Thread-safe. The bundled instance reads the index the build shipped in the jar.
 */
public final class Suggester {
    /** How many suggestions {@link #suggest(String)} returns. */
    public static final int DEFAULT_LIMIT = 5;
    /** The most one call may ask for. */
    public static final int MAX_LIMIT = 50;

    private static volatile Suggester bundled;

    private final SuggestIndex index;
    private final AccessLookup access;

    Suggester(SuggestIndex index, AccessLookup access) {
        this.index = index;
        this.access = access;
    }

    /**
     * The suggester over the bundled models, shared by the JVM; opened on first use.
     *
     * @return the shared suggester
     */
    public static Suggester bundled() {
        Suggester s = bundled;
        if (s == null) {
            synchronized (Suggester.class) {
                s = bundled;
                if (s == null) {
                    bundled = s = new Suggester(IndexLoader.bundled(TaskQuery.Weights.DEFAULT),
                            new ClassifierAccess(ServiceCatalog.bundled(), Classifier.bundled()));
                }
            }
        }
        return s;
    }

    /**
     * The best {@value #DEFAULT_LIMIT} commands for a task.
     *
     * @param task what the agent wants to do, in words
     * @return suggestions, best first; empty when nothing matches
     * @throws SuggestException when the task is blank
     */
    public List<Suggestion> suggest(String task) {
        return suggest(task, DEFAULT_LIMIT);
    }

    /**
     * The best commands for a task.
     *
     * @param task  what the agent wants to do, in words
     * @param limit how many, 1 to {@value #MAX_LIMIT}
     * @return suggestions, best first; empty when nothing matches
     * @throws SuggestException when the task is blank or the limit out of range
     */
    public List<Suggestion> suggest(String task, int limit) {
        if (task == null || task.isBlank()) {
            throw new SuggestException("EmptyTask", "The task is empty.",
                    "Describe what you want to do in words, e.g. 'list my s3 buckets'.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new SuggestException("InvalidLimit", "The limit must be between 1 and " + MAX_LIMIT + ", was "
                    + limit + ".", "Ask for " + DEFAULT_LIMIT + " suggestions.");
        }
        List<SuggestIndex.Hit> hits = index.search(task, limit);
        List<Suggestion> out = new ArrayList<>(hits.size());
        for (SuggestIndex.Hit h : hits) {
            CommandInfo c = h.info();
            out.add(new Suggestion(out.size() + 1, c.commandLine(), c.kind(), c.description(), c.required(),
                    c.template(), c.example(), access.of(c), c.deprecated(), h.score()));
        }
        return out;
    }

    /**
     * Visits every command the index knows (other retrievers, benchmarks).
     *
     * @param visitor receives {@code aws <service> <command>} and its one-line description
     */
    public void forEachCommand(java.util.function.BiConsumer<String, String> visitor) {
        index.forEach(c -> visitor.accept(c.commandLine(), c.description()));
    }

    /** Number of commands the index knows. */
    public int size() {
        return index.size();
    }
}
