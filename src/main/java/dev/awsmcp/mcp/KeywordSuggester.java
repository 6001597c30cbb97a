package dev.awsmcp.mcp;

import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A first {@link CommandSuggester}: scores operations from the catalog index (no model loading) by how many task
 * words match the service's names and the operation's words, with verbs like "show" mapped to list/describe/get.
 */
public final class KeywordSuggester implements CommandSuggester {
    private static final Set<String> STOP = Set.of("a", "an", "the", "my", "all", "of", "in", "on", "for", "to", "and",
            "with", "which", "what", "are", "is", "me", "i", "do", "have", "that", "this", "from", "aws", "amazon", "please");
    private static final Map<String, List<String>> VERBS = Map.of(
            "show", List.of("list", "describe", "get"),
            "find", List.of("list", "describe", "search"),
            "see", List.of("list", "describe", "get"),
            "view", List.of("list", "describe", "get"),
            "check", List.of("describe", "get"),
            "remove", List.of("delete"),
            "make", List.of("create"),
            "add", List.of("create", "put", "attach"));

    private final java.util.function.Supplier<ServiceCatalog> catalog;

    /** @param catalog the models */
    public KeywordSuggester(ServiceCatalog catalog) {
        this(() -> catalog);
    }

    /** @param catalog supplies the models on first use */
    public KeywordSuggester(java.util.function.Supplier<ServiceCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Suggestion> suggest(String task, int limit) {
        Set<String> words = new HashSet<>();
        for (String w : task.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.isEmpty() || STOP.contains(w)) {
                continue;
            }
            words.add(stem(w));
            VERBS.getOrDefault(w, List.of()).forEach(words::add);
        }
        List<Suggestion> out = new ArrayList<>();
        for (ServiceSummary s : catalog.get().services()) {
            Set<String> serviceWords = new HashSet<>();
            serviceWords.add(s.cliName());
            serviceWords.add(s.name());
            for (String label : new String[] {s.fullName(), s.serviceId(), s.endpointPrefix()}) {
                if (label != null) {
                    Arrays.stream(label.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).map(KeywordSuggester::stem).forEach(serviceWords::add);
                }
            }
            long serviceHits = words.stream().filter(serviceWords::contains).count();
            if (serviceHits == 0) {
                continue;
            }
            for (String opName : s.operations()) {
                String cli = CliNames.toCli(opName);
                String[] opWords = cli.split("-");
                long opHits = Arrays.stream(opWords).map(KeywordSuggester::stem).filter(words::contains).count();
                if (opHits == 0) {
                    continue;
                }
                // every operation word the task did not mention makes the match less specific
                double score = serviceHits * 2 + opHits - (opWords.length - opHits) * 0.5
                        + (cli.startsWith("list-") || cli.startsWith("describe-") ? 0.3 : 0);
                out.add(new Suggestion("aws " + s.cliName() + " " + cli, s.fullName() + ": " + opName, score));
            }
        }
        out.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::command));
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static String stem(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
