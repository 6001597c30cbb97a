package dev.awsmcp.knowledge;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.format.TableFormatOptions;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns an AWS documentation page into Markdown an agent can read: picks the main content with jsoup, removes
 * navigation, feedback and cookie chrome, makes links absolute, shortens long tables, and converts the rest with
 * flexmark's HTML-to-Markdown converter (GitHub tables, fenced code blocks with their language, ATX headings).
 */
final class HtmlToMarkdown {
    /** Tables longer than this many body rows are cut to {@link #TABLE_ROWS_KEPT}. */
    static final int TABLE_MAX_ROWS = 30;
    static final int TABLE_ROWS_KEPT = 20;

    /** Where AWS documentation pages keep their content, most specific first. */
    private static final List<String> CONTENT_SELECTORS = List.of(
            "#main-col-body", "main", "article", "#main-content", "[role=main]", "#awsdocs-content", ".awsui-article");

    /** Page chrome that never belongs in the answer. */
    private static final String CHROME = String.join(", ",
            "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
            "iframe", "svg", "img", "link", "meta", "[role=navigation]", "[role=banner]", "[role=contentinfo]",
            "#left-column", "#breadcrumbs", ".breadcrumb", "#main-col-footer", ".prev-next", "#doc-conventions",
            ".awsdocs-page-utilities", "#quick-feedback-yes", "#quick-feedback-no", "[id*=feedback]",
            "[class*=feedback]", ".page-loading-indicator", "#tools-panel", ".doc-cookie-banner", "[class*=cookie]",
            ".code-btn-container", ".btn-copy-code", ".awsdocs-page-header-container",
            "awsdocs-copyright", "awsdocs-thumb-feedback", "awsdocs-feedback-container", "awsdocs-page-header",
            "awsdocs-filter-selector", "awsdocs-breadcrumb-container", "awsdocs-page-footer",
            "awsdocs-language-banner", "awsdocs-cookie-banner", "awsui-icon");

    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+\\n");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("[a-z][a-z0-9+#-]*");

    private final FlexmarkHtmlConverter converter;

    HtmlToMarkdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        options.set(FlexmarkHtmlConverter.SKIP_ATTRIBUTES, true);
        options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        options.set(FlexmarkHtmlConverter.RENDER_COMMENTS, false);
        options.set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        // compact tables: padding cells to a common width can double a wide table's size for no reader benefit
        options.set(TableFormatOptions.FORMAT_TABLE_ADJUST_COLUMN_WIDTH, false);
        options.set(TableFormatOptions.FORMAT_TABLE_APPLY_COLUMN_ALIGNMENT, false);
        options.set(TableFormatOptions.FORMAT_TABLE_MIN_SEPARATOR_DASHES, 3);
        this.converter = FlexmarkHtmlConverter.builder(options).build();
    }

    /** A converted page. */
    record Converted(String title, String markdown) {}

    /**
     * Converts one page.
     *
     * @param html    the page source
     * @param pageUrl the canonical page address, for absolute links
     */
    Converted convert(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl);
        String title = title(doc);
        Element main = mainContent(doc);
        main.select(CHROME).remove();
        absoluteLinks(main);
        notesAsQuotes(main);
        codeBlocks(main);
        main.select("table").forEach(HtmlToMarkdown::prepareTable);
        String md = converter.convert(main.outerHtml());
        md = TRAILING_SPACES.matcher(md).replaceAll("\n");
        md = BLANK_RUNS.matcher(md).replaceAll("\n\n").strip();
        if (title != null && !md.startsWith("# ")) {
            md = "# " + title + "\n\n" + md;
        }
        return new Converted(title, md + "\n");
    }

    private static String title(Document doc) {
        Element h1 = doc.selectFirst("h1.topictitle, #main-col-body h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = doc.title();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static Element mainContent(Document doc) {
        for (String selector : CONTENT_SELECTORS) {
            Element e = doc.selectFirst(selector);
            if (e != null && !e.text().isBlank()) {
                return e;
            }
        }
        return doc.body() != null ? doc.body() : doc;
    }

    private static void absoluteLinks(Element main) {
        for (Element a : main.select("a[href]")) {
            String abs = a.absUrl("href");
            if (abs.isEmpty() || abs.startsWith("javascript:")) {
                a.unwrap();
            } else {
                a.attr("href", abs);
            }
        }
    }

    /** AWS notes, tips and warnings become block quotes headed by their bold label. */
    private static void notesAsQuotes(Element main) {
        for (Element note : main.select("div.awsdocs-note")) {
            Element label = note.selectFirst(".awsdocs-note-title");
            String labelText = label == null ? "" : label.text().strip();
            if (label != null) {
                label.remove();
            }
            Element quote = new Element("blockquote");
            if (!labelText.isEmpty()) {
                quote.appendElement("p").appendElement("strong").text(labelText);
            }
            for (Element child : note.select(".awsdocs-note-text").isEmpty() ? List.of(note) : note.select(".awsdocs-note-text")) {
                quote.appendChildren(child.childNodesCopy());
            }
            note.replaceWith(quote);
        }
    }

    /** {@code <pre class="programlisting"><code class="json">} → {@code <pre><code class="language-json">}, so the fence keeps its language. */
    private static void codeBlocks(Element main) {
        for (Element pre : main.select("pre")) {
            Element code = pre.selectFirst("code");
            if (code == null) {
                String text = pre.wholeText();
                pre.empty();
                code = pre.appendElement("code").text(text);
            }
            String language = null;
            for (String cls : code.classNames()) {
                String c = cls.startsWith("language-") ? cls.substring(9) : cls;
                if (CODE_LANGUAGE.matcher(c).matches() && !c.equals("nohighlight") && !c.equals("hljs")) {
                    language = c;
                    break;
                }
            }
            code.classNames(java.util.Set.of());
            if (language != null) {
                code.addClass("language-" + language);
            }
        }
    }

    /** Cuts long tables and flattens block content in cells so each row stays one Markdown line. */
    private static void prepareTable(Element table) {
        for (Element cell : table.select("td, th")) {
            if (!cell.select("p, ul, ol, div, pre, dl, br, table").isEmpty()) {
                cell.text(cell.text());
            }
        }
        Elements rows = table.select("> tbody > tr, > tr");
        if (rows.isEmpty()) {
            rows = table.select("tr");
        }
        boolean headerInBody = table.select("> thead").isEmpty() && !rows.isEmpty() && !rows.first().select("> th").isEmpty();
        int dataRows = rows.size() - (headerInBody ? 1 : 0);
        if (dataRows <= TABLE_MAX_ROWS) {
            return;
        }
        int keepUntil = (headerInBody ? 1 : 0) + TABLE_ROWS_KEPT;
        for (int i = keepUntil; i < rows.size(); i++) {
            rows.get(i).remove();
        }
        // a note after the table rather than a marker row, which would widen the first column
        table.after(new Element("p").appendElement("em").text("Table shortened: " + (dataRows - TABLE_ROWS_KEPT)
                + " of " + dataRows + " rows not shown; read the page in a browser for the full table.").parent());
    }
}
