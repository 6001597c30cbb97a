package dev.awsmcp.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code search_documentation}.
 *
 * @param query   the search phrase as asked
 * @param results ranked hits, best first
 * @param source  which source answered
 * @param note    a sentence for the agent about how the answer was made (offline fallback, topic handling), or null
 */
public record SearchResponse(String query, List<SearchResult> results, Source source, String note) {
    /** Copies the list and checks the fields. */
    public SearchResponse {
        Objects.requireNonNull(query, "query");
        results = List.copyOf(results);
        Objects.requireNonNull(source, "source");
    }

    /** Where the results came from. */
    public enum Source {
        /** The AWS documentation search service. */
        LIVE,
        /** The API reference text bundled in the service models, because the service was unreachable. */
        OFFLINE_API_REFERENCE
    }

    /** A compact text rendering for agents: one numbered block per hit, then the note. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        if (results.isEmpty()) {
            sb.append("No documentation found for \"").append(query).append("\".\n");
        }
        for (SearchResult r : results) {
            sb.append(r.rank()).append(". ").append(r.title()).append('\n').append("   ").append(r.url()).append('\n');
            if (r.excerpt() != null && !r.excerpt().isBlank()) {
                sb.append("   ").append(r.excerpt().strip().replace('\n', ' ')).append('\n');
            }
        }
        if (note != null) {
            sb.append('\n').append(note).append('\n');
        }
        return sb.toString();
    }
}
