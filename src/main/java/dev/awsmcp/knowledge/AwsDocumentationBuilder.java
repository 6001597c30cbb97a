package dev.awsmcp.knowledge;

import dev.awsmcp.model.ServiceCatalog;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Configures {@link AwsDocumentation}. Every setter checks its argument at once. The base URLs exist for tests,
 * proxies and mirrors; the defaults are the public AWS services.
 */
public final class AwsDocumentationBuilder {
    /** The AWS documentation search service. */
    public static final URI DEFAULT_SEARCH_URL = URI.create("https://proxy.search.docs.aws.com/search");
    /** The AWS documentation recommendations service. */
    public static final URI DEFAULT_RECOMMENDATIONS_URL = URI.create("https://api.contentrecs.docs.aws.com/v1/recommendations");
    /** The AWS documentation site. */
    public static final URI DEFAULT_DOCUMENTATION_URL = URI.create("https://" + DocsUrlPolicy.DOCS_HOST + "/");

    URI searchUrl = DEFAULT_SEARCH_URL;
    URI recommendationsUrl = DEFAULT_RECOMMENDATIONS_URL;
    URI documentationUrl;
    Duration connectTimeout = Duration.ofSeconds(5);
    Duration requestTimeout = Duration.ofSeconds(20);
    String userAgent = "aws-mcp-java/0.1 (documentation tools; +https://github.com/awsmcp)";
    long cacheMaxEntries = 500;
    Duration cacheTtl = Duration.ofMinutes(30);
    boolean offlineFallback = true;
    ServiceCatalog catalog;
    java.nio.file.Path offlineIndexDirectory;

    AwsDocumentationBuilder() {}

    /**
     * The search service endpoint (POST).
     *
     * @param url an absolute http(s) URL
     * @return this builder
     * @throws IllegalArgumentException when the URL is not absolute http(s)
     */
    public AwsDocumentationBuilder searchUrl(URI url) {
        this.searchUrl = httpUrl(url, "searchUrl");
        return this;
    }

    /**
     * The recommendations service endpoint (GET, {@code ?path=} is appended).
     *
     * @param url an absolute http(s) URL
     * @return this builder
     * @throws IllegalArgumentException when the URL is not absolute http(s)
     */
    public AwsDocumentationBuilder recommendationsUrl(URI url) {
        this.recommendationsUrl = httpUrl(url, "recommendationsUrl");
        return this;
    }

    /**
     * Where documentation pages are fetched from instead of {@code https://docs.aws.amazon.com/} (a mirror or a test
     * server). Callers still pass and see {@code https://docs.aws.amazon.com/} addresses; redirects must stay on
     * this base or on the documentation host.
     *
     * @param url an absolute http(s) URL
     * @return this builder
     * @throws IllegalArgumentException when the URL is not absolute http(s)
     */
    public AwsDocumentationBuilder documentationUrl(URI url) {
        this.documentationUrl = httpUrl(url, "documentationUrl");
        return this;
    }

    /**
     * Time allowed to open a connection.
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public AwsDocumentationBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connectTimeout");
        return this;
    }

    /**
     * Time allowed for one request, from sending to the last byte.
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public AwsDocumentationBuilder requestTimeout(Duration timeout) {
        this.requestTimeout = positive(timeout, "requestTimeout");
        return this;
    }

    /**
     * The User-Agent header sent to the services.
     *
     * @param userAgent not blank
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public AwsDocumentationBuilder userAgent(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        this.userAgent = userAgent;
        return this;
    }

    /**
     * How many answers each cache keeps; 0 turns caching off.
     *
     * @param entries 0 or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public AwsDocumentationBuilder cacheMaxEntries(long entries) {
        if (entries < 0) {
            throw new IllegalArgumentException("cacheMaxEntries must not be negative, was " + entries);
        }
        this.cacheMaxEntries = entries;
        return this;
    }

    /**
     * How long a cached answer stays valid.
     *
     * @param ttl positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public AwsDocumentationBuilder cacheTtl(Duration ttl) {
        this.cacheTtl = positive(ttl, "cacheTtl");
        return this;
    }

    /**
     * Whether {@code search} answers from the bundled API reference when the search service is unreachable
     * (default true).
     *
     * @param enabled true to fall back
     * @return this builder
     */
    public AwsDocumentationBuilder offlineFallback(boolean enabled) {
        this.offlineFallback = enabled;
        return this;
    }

    /**
     * The model catalog the offline fallback indexes (default: the bundled catalog).
     *
     * @param catalog the catalog
     * @return this builder
     */
    public AwsDocumentationBuilder catalog(ServiceCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        return this;
    }

    /**
     * A directory where the offline fallback keeps its search index between processes (for example
     * {@code ~/.cache/aws-mcp/api-reference-index}); null (the default) keeps it in memory only. The index is rebuilt
     * when the bundled models change; an unusable directory falls back to memory.
     *
     * @param directory a directory for this index only, or null
     * @return this builder
     */
    public AwsDocumentationBuilder offlineIndexDirectory(java.nio.file.Path directory) {
        this.offlineIndexDirectory = directory;
        return this;
    }

    /**
     * Builds the tools. Nothing is fetched or indexed until first use.
     *
     * @return the documentation tools
     */
    public AwsDocumentation build() {
        return new HttpAwsDocumentation(this);
    }

    private static URI httpUrl(URI url, String what) {
        Objects.requireNonNull(url, what);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an absolute http(s) URL, was " + url);
        }
        return url;
    }

    private static Duration positive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + d);
        }
        return d;
    }
}
