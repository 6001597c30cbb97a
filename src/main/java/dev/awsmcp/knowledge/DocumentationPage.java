package dev.awsmcp.knowledge;

import java.util.Objects;

/**
 * One window of a documentation page converted to Markdown.
 *
 * @param url         the page address asked for
 * @param finalUrl    the address after redirects
 * @param title       the page title, or null
 * @param content     the Markdown between {@code startIndex} and {@code endIndex}
 * @param startIndex  the first character shown
 * @param endIndex    one past the last character shown
 * @param totalLength the length of the whole converted page
 */
public record DocumentationPage(String url, String finalUrl, String title, String content,
                                int startIndex, int endIndex, int totalLength) {
    /** Checks the fields. */
    public DocumentationPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(content, "content");
        if (startIndex < 0 || endIndex < startIndex || totalLength < 0) {
            throw new IllegalArgumentException("bad window " + startIndex + ".." + endIndex + " of " + totalLength);
        }
    }

    /** True when more content follows this window. */
    public boolean truncated() {
        return endIndex < totalLength;
    }

    /** Where the next call should start, or -1 when the page is complete. */
    public int nextStartIndex() {
        return truncated() ? endIndex : -1;
    }

    /** The window as an agent reads it, with an explicit note on where to continue. */
    public String text() {
        StringBuilder sb = new StringBuilder("AWS Documentation from ").append(finalUrl).append(":\n\n");
        if (content.isEmpty()) {
            sb.append("[No more content: the page has ").append(totalLength).append(" characters and start_index was ")
                    .append(startIndex).append(".]");
            return sb.toString();
        }
        sb.append(content);
        if (truncated()) {
            sb.append("\n\n[Content truncated: characters ").append(startIndex).append('-').append(endIndex)
                    .append(" of ").append(totalLength).append(" shown. To continue, call read_documentation with start_index=")
                    .append(endIndex).append(".]");
        }
        return sb.toString();
    }
}
