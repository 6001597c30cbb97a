package dev.awsmcp.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which addresses {@code read_documentation} may fetch: only pages on {@code https://docs.aws.amazon.com/}, checked
 * for the address asked for and again for every redirect. A configured base URL (a mirror or a test server) stands
 * in for the documentation host when fetching; canonical addresses stay {@code https://docs.aws.amazon.com/…}.
 */
final class DocsUrlPolicy {
    static final String DOCS_HOST = "docs.aws.amazon.com";

    private final URI fetchBase;

    DocsUrlPolicy(URI fetchBase) {
        this.fetchBase = fetchBase;
    }

    /**
     * Checks an address given by the caller and returns its canonical form (https, no fragment).
     *
     * @throws DocumentationException when it is not a documentation page
     */
    URI canonical(String url) {
        if (url == null || url.isBlank()) {
            throw DocumentationException.invalidUrl("The url is empty.",
                    "Pass a page address such as https://docs.aws.amazon.com/lambda/latest/dg/welcome.html.");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw DocumentationException.invalidUrl("The url '" + url + "' is not a valid address (" + e.getReason() + ").",
                    "Pass a complete address such as https://docs.aws.amazon.com/lambda/latest/dg/welcome.html.");
        }
        if (!isDocsPage(uri)) {
            throw DocumentationException.invalidUrl("The url '" + url + "' is not a page on https://" + DOCS_HOST + "/.",
                    "read_documentation only reads AWS documentation pages; use search_documentation to find one.");
        }
        return canonicalize(uri);
    }

    /** The address to fetch for a canonical address: the same, or mapped onto the configured base. */
    URI toFetch(URI canonical) {
        if (fetchBase == null) {
            return canonical;
        }
        return fetchBase.resolve(canonical.getRawPath() + (canonical.getRawQuery() == null ? "" : "?" + canonical.getRawQuery()));
    }

    /**
     * Checks a redirect and returns the canonical address it points to.
     *
     * @param fetched  the address that answered with the redirect
     * @param location the {@code Location} header
     * @throws DocumentationException when the redirect leaves the documentation site
     */
    URI redirect(URI fetched, String location) {
        URI target;
        try {
            target = fetched.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw DocumentationException.redirectRejected("The documentation site redirected to a malformed address '"
                    + location + "'.", "Search for the page with search_documentation instead.");
        }
        if (fetchBase != null && sameOrigin(target, fetchBase)) {
            return canonicalize(URI.create("https://" + DOCS_HOST + target.getRawPath()
                    + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())));
        }
        if (!isDocsPage(target)) {
            throw DocumentationException.redirectRejected("The page redirected to '" + target
                    + "', which is outside https://" + DOCS_HOST + "/, so it was not followed.",
                    "Only AWS documentation pages can be read; find the content with search_documentation.");
        }
        return canonicalize(target);
    }

    private static boolean isDocsPage(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath();
        return (scheme.equals("https") || scheme.equals("http"))
                && host.equals(DOCS_HOST)
                && uri.getRawUserInfo() == null
                && (uri.getPort() == -1 || uri.getPort() == 443 && scheme.equals("https"))
                && path != null && path.startsWith("/") && path.length() > 1;
    }

    private static URI canonicalize(URI uri) {
        try {
            return new URI("https", null, DOCS_HOST, -1, uri.getPath(), uri.getQuery(), null);
        } catch (URISyntaxException e) {
            throw DocumentationException.invalidUrl("The url '" + uri + "' is not a valid address.", null);
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b) && a.getRawUserInfo() == null;
    }

    private static int port(URI u) {
        if (u.getPort() != -1) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
