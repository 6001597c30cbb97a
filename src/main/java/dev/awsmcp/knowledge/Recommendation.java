package dev.awsmcp.knowledge;

import java.util.Objects;

/**
 * A page related to a documentation page, from the recommendations service.
 *
 * @param group   which list it came from
 * @param url     the page address
 * @param title   the page title
 * @param context why it is recommended (abstract, intent, date added), or null
 */
public record Recommendation(Group group, String url, String title, String context) {
    /** Checks the fields. */
    public Recommendation {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
    }

    /** The recommendation lists the service returns, in the order we report them. */
    public enum Group {
        /** Popular pages of the same service ({@code highlyRated}). */
        HIGHLY_RATED("highlyRated"),
        /** Pages readers commonly view next, grouped by intent ({@code journey}). */
        JOURNEY("journey"),
        /** Recently added pages of the same service ({@code new}). */
        NEW("new"),
        /** Pages on similar topics ({@code similar}). */
        SIMILAR("similar");

        private final String wireName;

        Group(String wireName) {
            this.wireName = wireName;
        }

        /** The JSON member name in the service's response. */
        public String wireName() {
            return wireName;
        }
    }
}
