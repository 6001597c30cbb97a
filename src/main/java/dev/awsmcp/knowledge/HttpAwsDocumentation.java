package dev.awsmcp.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.awsmcp.model.ServiceCatalog;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link AwsDocumentation} over the public AWS documentation services, with Caffeine caches and an offline fallback. */
final class HttpAwsDocumentation implements AwsDocumentation {
    private static final Logger LOG = LoggerFactory.getLogger(HttpAwsDocumentation.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final URI searchUrl;
    private final URI recommendationsUrl;
    private final boolean offlineFallback;
    private final ServiceCatalog catalog;
    private final java.nio.file.Path offlineIndexDirectory;
    private final DocsHttp http;
    private final DocsUrlPolicy policy;
    private final PageFetcher pages;
    private final Cache<String, List<SearchResult>> searchCache;
    private final Cache<URI, PageFetcher.Page> pageCache;
    private final Cache<URI, List<Recommendation>> recommendationCache;
    private final AtomicLong offlineSearches = new AtomicLong();
    private volatile ApiReferenceIndex offlineIndex;

    HttpAwsDocumentation(AwsDocumentationBuilder b) {
        this.searchUrl = b.searchUrl;
        this.recommendationsUrl = b.recommendationsUrl;
        this.offlineFallback = b.offlineFallback;
        this.catalog = b.catalog;
        this.offlineIndexDirectory = b.offlineIndexDirectory;
        this.http = new DocsHttp(b.connectTimeout, b.requestTimeout, b.userAgent);
        this.policy = new DocsUrlPolicy(b.documentationUrl);
        this.pages = new PageFetcher(http, policy);
        this.searchCache = cache(b);
        this.pageCache = cache(b);
        this.recommendationCache = cache(b);
    }

    private static <K, V> Cache<K, V> cache(AwsDocumentationBuilder b) {
        return Caffeine.newBuilder().maximumSize(b.cacheMaxEntries).expireAfterWrite(b.cacheTtl).recordStats().build();
    }

    @Override
    public SearchResponse search(String phrase, int limit, List<String> topicNames) {
        if (phrase == null || phrase.isBlank()) {
            throw DocumentationException.invalidArgument("The search_phrase is empty.",
                    "Pass a few specific words, e.g. \"S3 bucket versioning\".");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DocumentationException.invalidArgument("The limit " + limit + " is outside 1-" + MAX_LIMIT + ".",
                    "Pass a limit from 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").");
        }
        String query = phrase.strip();
        Set<DocTopic> topics = topics(topicNames);
        String key = query.toLowerCase(Locale.ROOT) + "\u0000" + topics;
        List<SearchResult> all = searchCache.getIfPresent(key);
        if (all == null) {
            try {
                all = liveSearch(query, topics);
            } catch (DocumentationException e) {
                if (!e.serviceUnavailable() || !offlineFallback) {
                    throw e;
                }
                LOG.warn("documentation search unavailable, answering from the bundled API reference: {}", e.getMessage());
                return offlineSearch(query, limit, e);
            }
            searchCache.put(key, all);
        }
        List<SearchResult> window = all.size() > limit ? all.subList(0, limit) : all;
        return new SearchResponse(query, window, SearchResponse.Source.LIVE, topicNote(topics));
    }

    private List<SearchResult> liveSearch(String query, Set<DocTopic> topics) {
        ObjectNode body = NODES.objectNode();
        body.putObject("textQuery").put("input", query);
        ArrayNode attributes = body.putArray("contextAttributes");
        attributes.addObject().put("key", "domain").put("value", DocsUrlPolicy.DOCS_HOST);
        for (DocTopic t : topics) {
            for (Map.Entry<String, String> a : t.contextAttributes().entrySet()) {
                attributes.addObject().put("key", a.getKey()).put("value", a.getValue());
            }
        }
        body.put("acceptSuggestionBody", "RawText");
        body.putArray("locales").add("en_us");
        JsonNode answer = http.postJson(searchUrl, body, "The AWS documentation search service");
        List<SearchResult> results = SearchResponseReader.read(answer);
        return topics.isEmpty() ? results : topicsFirst(results, topics);
    }

    /** Stable partition: hits that fit a requested topic first, then the rest, re-ranked from 1. */
    private static List<SearchResult> topicsFirst(List<SearchResult> results, Set<DocTopic> topics) {
        List<SearchResult> fitting = new ArrayList<>();
        List<SearchResult> rest = new ArrayList<>();
        for (SearchResult r : results) {
            (topics.stream().anyMatch(t -> t.matches(r)) ? fitting : rest).add(r);
        }
        fitting.addAll(rest);
        List<SearchResult> ranked = new ArrayList<>(fitting.size());
        for (SearchResult r : fitting) {
            ranked.add(new SearchResult(ranked.size() + 1, r.url(), r.title(), r.excerpt()));
        }
        return ranked;
    }

    private SearchResponse offlineSearch(String query, int limit, DocumentationException cause) {
        ApiReferenceIndex index = offlineIndex();
        offlineSearches.incrementAndGet();
        List<SearchResult> results = index.search(query, limit);
        String note = "Offline answer: " + cause.getMessage() + " These results come from the AWS API reference bundled "
                + "with this server (" + index.documents() + " operations), not from the full AWS documentation; "
                + "retry later for guides and tutorials.";
        return new SearchResponse(query, results, SearchResponse.Source.OFFLINE_API_REFERENCE, note);
    }

    private ApiReferenceIndex offlineIndex() {
        ApiReferenceIndex index = offlineIndex;
        if (index == null) {
            synchronized (this) {
                index = offlineIndex;
                if (index == null) {
                    ServiceCatalog models = catalog != null ? catalog : ServiceCatalog.bundled();
                    index = offlineIndexDirectory == null ? ApiReferenceIndex.build(models)
                            : ApiReferenceIndex.openOrBuild(models, offlineIndexDirectory);
                    LOG.info("offline API reference index ready: {} operations in {} ms, {} KB",
                            index.documents(), index.buildMillis(), index.indexBytes() / 1024);
                    offlineIndex = index;
                }
            }
        }
        return index;
    }

    private static Set<DocTopic> topics(List<String> names) {
        Set<DocTopic> topics = EnumSet.noneOf(DocTopic.class);
        if (names == null) {
            return topics;
        }
        for (String name : names) {
            DocTopic topic = DocTopic.byId(name).orElseThrow(() -> DocumentationException.invalidArgument(
                    "Unknown topic '" + name + "'.", "Use one of: " + DocTopic.names() + "."));
            if (topic != DocTopic.GENERAL) {
                topics.add(topic);
            }
        }
        return topics;
    }

    private static String topicNote(Set<DocTopic> topics) {
        if (topics.isEmpty()) {
            return null;
        }
        return "Topics " + topics.stream().map(DocTopic::id).collect(Collectors.joining(", "))
                + ": results that fit them are listed first.";
    }

    @Override
    public DocumentationPage read(String url, int maxLength, int startIndex) {
        if (maxLength < 1 || maxLength > MAX_MAX_LENGTH) {
            throw DocumentationException.invalidArgument("The max_length " + maxLength + " is outside 1-" + MAX_MAX_LENGTH + ".",
                    "Pass a max_length from 1 to " + MAX_MAX_LENGTH + " (default " + DEFAULT_MAX_LENGTH + ").");
        }
        if (startIndex < 0) {
            throw DocumentationException.invalidArgument("The start_index " + startIndex + " is negative.",
                    "Pass 0 for the start of the page, or the start_index a truncated answer named.");
        }
        URI canonical = policy.canonical(url);
        PageFetcher.Page page = pageCache.get(canonical, pages::fetch);
        String md = page.markdown();
        int total = md.length();
        int start = Math.min(startIndex, total);
        int end = (int) Math.min((long) start + maxLength, total);
        if (end < total && end > start && Character.isHighSurrogate(md.charAt(end - 1))) {
            end--;
        }
        return new DocumentationPage(canonical.toString(), page.finalUrl(), page.title(), md.substring(start, end),
                start, end, total);
    }

    @Override
    public List<Recommendation> recommend(String url) {
        URI canonical = policy.canonical(url);
        return recommendationCache.get(canonical, u -> {
            URI request = URI.create(recommendationsUrl + (recommendationsUrl.getRawQuery() == null ? "?" : "&")
                    + "path=" + URLEncoder.encode(u.toString(), StandardCharsets.UTF_8));
            return List.copyOf(RecommendationReader.read(http.getJson(request, "The AWS documentation recommendations service")));
        });
    }

    @Override
    public DocumentationStats stats() {
        CacheStats s = searchCache.stats().plus(pageCache.stats()).plus(recommendationCache.stats());
        ApiReferenceIndex index = offlineIndex;
        return new DocumentationStats(s.hitCount(), s.missCount(),
                searchCache.estimatedSize() + pageCache.estimatedSize() + recommendationCache.estimatedSize(),
                offlineSearches.get(),
                index == null ? 0 : index.documents(), index == null ? 0 : index.buildMillis(),
                index == null ? 0 : index.indexBytes());
    }
}
