package dev.awsmcp.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.suggest.Suggester;
import dev.awsmcp.suggest.SuggestionJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CommandSuggester} over the BM25 index of {@code dev.awsmcp.suggest} (opened on first use, about a second):
 * commands with a ready-to-fill template or a real example, required parameters and the access level. Falls back
 * to another suggester when the index cannot be opened.
 */
public final class IndexSuggester implements CommandSuggester {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSuggester.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Suggester> index;
    private final CommandSuggester fallback;
    private volatile boolean broken;

    /**
     * @param index    supplies the suggester (e.g. {@code Suggester::bundled})
     * @param fallback answers when the index cannot be opened
     */
    public IndexSuggester(Supplier<Suggester> index, CommandSuggester fallback) {
        this.index = index;
        this.fallback = fallback;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CommandSuggester.Suggestion> suggest(String task, int limit) {
        if (broken) {
            return fallback.suggest(task, limit);
        }
        Suggester s;
        try {
            s = index.get();
        } catch (RuntimeException e) {
            // a missing or unreadable index must not take the tool down
            LOG.warn("Suggestion index unavailable ({}); using keyword suggestions", e.getMessage());
            broken = true;
            return fallback.suggest(task, limit);
        }
        List<CommandSuggester.Suggestion> out = new ArrayList<>();
        for (dev.awsmcp.suggest.Suggestion hit : s.suggest(task, Math.min(limit, Suggester.MAX_LIMIT))) {
            Map<String, Object> details = new LinkedHashMap<>(JSON.convertValue(SuggestionJson.toJson(hit), Map.class));
            details.keySet().removeAll(List.of("command", "description", "score", "rank"));
            out.add(new CommandSuggester.Suggestion(hit.command(), hit.description(), hit.score(), hit.usage(), details));
        }
        return out;
    }
}
