package dev.awsmcp.client.paginate;

/**
 * Safety caps so that an agent cannot start an unbounded crawl. When a cap stops pagination the output carries a
 * {@code NextToken} to continue with {@code --starting-token}, exactly like {@code --max-items}.
 *
 * @param maxPages the most pages one command fetches; at least 1
 * @param maxItems the most items of the primary result key one command returns (an implicit {@code --max-items}
 *                 when the command gives none or a larger one); at least 1
 */
public record PaginationLimits(int maxPages, int maxItems) {
    /** 100 pages, 10,000 items. */
    public static final PaginationLimits DEFAULTS = new PaginationLimits(100, 10_000);

    public PaginationLimits {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
        }
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1, was " + maxItems);
        }
    }
}
