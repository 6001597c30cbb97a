package dev.awsmcp.knowledge;

import java.util.List;

/**
 * The AWS documentation tools: search, read a page as Markdown, and related pages. Thread-safe; results are
 * cached. When the search service is unreachable, {@link #search} answers from the API reference bundled in the
 * service models and says so in {@link SearchResponse#source()} and {@link SearchResponse#note()}.
 *
 * <pre>{@code
 * AwsDocumentation docs = AwsDocumentation.builder().build();
 * SearchResponse hits = docs.search("S3 bucket versioning", 5, List.of());
 * DocumentationPage page = docs.read(hits.results().get(0).url(), 5000, 0);
 * System.out.println(page.text());   // ends with "... call read_documentation with start_index=5000" when longer
 * }</pre>
 */
public interface AwsDocumentation {
    /** Results returned when the caller does not say. */
    int DEFAULT_LIMIT = 10;
    /** Most results one search returns. */
    int MAX_LIMIT = 50;
    /** Characters returned by one read when the caller does not say. */
    int DEFAULT_MAX_LENGTH = 5000;
    /** Most characters one read returns. */
    int MAX_MAX_LENGTH = 1_000_000;

    /**
     * Starts a builder with the public AWS endpoints and default timeouts.
     *
     * @return a new builder
     */
    static AwsDocumentationBuilder builder() {
        return new AwsDocumentationBuilder();
    }

    /**
     * {@code search_documentation}: searches the AWS documentation.
     *
     * @param phrase what to look for, e.g. {@code "S3 bucket versioning"}
     * @param limit  1 to {@value #MAX_LIMIT} results
     * @param topics topic names from {@link DocTopic} (e.g. {@code troubleshooting}); empty for all documentation
     * @return ranked results, live or from the offline fallback
     * @throws DocumentationException for a bad argument, or when the service fails and no fallback applies
     */
    SearchResponse search(String phrase, int limit, List<String> topics);

    /**
     * {@code read_documentation}: one window of a documentation page as Markdown.
     *
     * @param url        an {@code https://docs.aws.amazon.com/} page
     * @param maxLength  1 to {@value #MAX_MAX_LENGTH} characters
     * @param startIndex where to start, 0 or the {@code start_index} a previous truncated answer named
     * @return the window, with the total length and where to continue
     * @throws DocumentationException for a foreign or malformed address, a foreign redirect, a missing page, or an
     *                                unreachable site
     */
    DocumentationPage read(String url, int maxLength, int startIndex);

    /**
     * {@code recommend}: pages related to a documentation page (highly rated, journeys, new, similar).
     *
     * @param url an {@code https://docs.aws.amazon.com/} page
     * @return the recommendations, flattened in group order
     * @throws DocumentationException for a foreign address or a failing service
     */
    List<Recommendation> recommend(String url);

    /** Cache and offline-index figures, for diagnostics. */
    DocumentationStats stats();
}
