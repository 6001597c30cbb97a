package dev.awsmcp.mcp;

import java.util.regex.Pattern;

/** Model documentation (HTML fragments) to short plain text. */
final class Docs {
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Docs() {}

    /** Plain text of an HTML fragment. */
    static String plain(String html) {
        if (html == null) {
            return "";
        }
        String t = html.replaceAll("(?i)</p>|<br\\s*/?>|</li>", "\n");
        t = TAG.matcher(t).replaceAll("");
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return t.trim();
    }

    /** The first paragraph, at most {@code max} characters. */
    static String firstParagraph(String html, int max) {
        String t = plain(html);
        int nl = t.indexOf('\n');
        return cut(SPACE.matcher(nl > 0 ? t.substring(0, nl) : t).replaceAll(" ").trim(), max);
    }

    /** The first sentence, at most {@code max} characters. */
    static String firstSentence(String html, int max) {
        String t = SPACE.matcher(plain(html)).replaceAll(" ").trim();
        int dot = t.indexOf(". ");
        return cut(dot > 0 ? t.substring(0, dot + 1) : t, max);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3).trim() + "...";
    }
}
