package dev.awsmcp.knowledge;

/**
 * Figures about the documentation tools since they were built.
 *
 * @param cacheHits            answers served from the cache (search, pages, recommendations)
 * @param cacheMisses          answers fetched from a service
 * @param cachedEntries        entries in the caches now
 * @param offlineSearches      searches answered by the offline fallback
 * @param offlineIndexOperations operations in the offline index, 0 when it was never built
 * @param offlineIndexBuildMillis how long building it took, 0 when it was never built
 * @param offlineIndexBytes    heap held by its index files, 0 when it was never built
 */
public record DocumentationStats(long cacheHits, long cacheMisses, long cachedEntries, long offlineSearches,
                                 int offlineIndexOperations, long offlineIndexBuildMillis, long offlineIndexBytes) {
}
