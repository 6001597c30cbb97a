package dev.awsmcp.knowledge;

import java.util.Objects;

/**
 * One documentation search hit.
 *
 * @param rank    1 for the best hit
 * @param url     the page address
 * @param title   the page title
 * @param excerpt a short summary or text excerpt, or null when the service sent none
 */
public record SearchResult(int rank, String url, String title, String excerpt) {
    /** Checks the fields. */
    public SearchResult {
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be at least 1, was " + rank);
        }
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
    }
}
