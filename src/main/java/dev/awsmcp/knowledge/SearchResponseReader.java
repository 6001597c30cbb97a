package dev.awsmcp.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the documentation search service's answer: {@code suggestions[].textExcerptSuggestion} with {@code link},
 * {@code title} and an excerpt. Every member is treated as optional; hits without a link or title are skipped,
 * as the AWS search page does.
 */
final class SearchResponseReader {
    private SearchResponseReader() {}

    /** All usable hits in the service's order, ranked from 1. */
    static List<SearchResult> read(JsonNode body) {
        List<SearchResult> results = new ArrayList<>();
        for (JsonNode suggestion : body.path("suggestions")) {
            JsonNode s = suggestion.path("textExcerptSuggestion");
            String link = text(s, "link");
            String title = text(s, "title");
            if (link == null || title == null) {
                continue;
            }
            results.add(new SearchResult(results.size() + 1, link, title, excerpt(s)));
        }
        return results;
    }

    /** The best excerpt: an abstract written for search, then the authored summary, then the matched body text. */
    private static String excerpt(JsonNode s) {
        JsonNode metadata = s.path("metadata");
        for (String candidate : new String[] {text(metadata, "seo_abstract"), text(metadata, "abstract"),
                text(s, "summary"), text(s, "suggestionBody")}) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isValueNode() || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
