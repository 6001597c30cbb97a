package dev.awsmcp.knowledge;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * Fetches one documentation page, following redirects itself so that every hop is checked against
 * {@link DocsUrlPolicy}, and converts it to Markdown.
 */
final class PageFetcher {
    static final int MAX_REDIRECTS = 5;

    private final DocsHttp http;
    private final DocsUrlPolicy policy;
    private final HtmlToMarkdown converter = new HtmlToMarkdown();

    PageFetcher(DocsHttp http, DocsUrlPolicy policy) {
        this.http = http;
        this.policy = policy;
    }

    /** A whole page, converted. */
    record Page(String finalUrl, String title, String markdown) {}

    Page fetch(URI canonical) {
        URI current = canonical;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            URI fetchUri = policy.toFetch(current);
            HttpResponse<String> response = http.getPage(fetchUri);
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return convert(current, response);
            }
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                URI from = current;
                String location = response.headers().firstValue("Location").orElseThrow(() ->
                        DocumentationException.badResponse("The documentation site answered HTTP " + status
                                + " without a Location header for " + from + ".", "Retry later.", null));
                current = policy.redirect(fetchUri, location);
                continue;
            }
            if (status == 404 || status == 410) {
                throw DocumentationException.notFound("The page " + current + " does not exist (HTTP " + status + ").",
                        "Check the address, or find the page with search_documentation.");
            }
            if (status == 429 || status >= 500) {
                throw DocumentationException.unavailable("The AWS documentation site failed with HTTP " + status
                        + " for " + current + ".", "Retry in a minute.", null);
            }
            throw DocumentationException.badResponse("The AWS documentation site refused " + current + " with HTTP "
                    + status + ".", "Check the address, or find the page with search_documentation.", null);
        }
        throw DocumentationException.redirectRejected("The page " + canonical + " redirected more than " + MAX_REDIRECTS
                + " times.", "Find the page's current address with search_documentation.");
    }

    private Page convert(URI url, HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String head = body.stripLeading();
        boolean html = type.contains("html")
                || type.isEmpty() && (head.startsWith("<") || head.regionMatches(true, 0, "<!doctype", 0, 9));
        if (!html) {
            return new Page(url.toString(), null, body.strip() + "\n");
        }
        HtmlToMarkdown.Converted converted = converter.convert(body, url.toString());
        return new Page(url.toString(), converted.title(), converted.markdown());
    }
}
