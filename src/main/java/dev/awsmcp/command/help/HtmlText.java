package dev.awsmcp.command.help;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Model documentation HTML as plain text: paragraphs and list items on their own lines, tags dropped. */
public final class HtmlText {
    private HtmlText() {}

    /**
     * Converts documentation HTML to text.
     *
     * @param html the HTML, may be null
     * @return plain text, trimmed; empty for null
     */
    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        walk(Jsoup.parseBodyFragment(html).body(), sb);
        return sb.toString().replaceAll("[ \\t]+", " ").replaceAll(" *\\n *", "\n").replaceAll("\\n{3,}", "\n\n").strip()
                .replace("\u0000", "  ");
    }

    /**
     * The first sentence of the documentation, for one-line summaries.
     *
     * @param html the HTML, may be null
     * @return the first sentence
     */
    public static String firstSentence(String html) {
        String t = toText(html).replace('\n', ' ');
        int dot = t.indexOf(". ");
        return dot > 0 ? t.substring(0, dot + 1) : t;
    }

    private static void walk(Node node, StringBuilder sb) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode) {
                sb.append(((TextNode) child).text());
            } else if (child instanceof Element) {
                Element e = (Element) child;
                String tag = e.normalName();
                boolean block = tag.equals("p") || tag.equals("ul") || tag.equals("ol") || tag.equals("note")
                        || tag.equals("important") || tag.matches("h[1-6]") || tag.equals("div") || tag.equals("br");
                if (tag.equals("li")) {
                    sb.append("\n\u0000- ");
                } else if (block) {
                    sb.append("\n\n");
                }
                walk(e, sb);
                if (block) {
                    sb.append("\n\n");
                }
            }
        }
    }
}
