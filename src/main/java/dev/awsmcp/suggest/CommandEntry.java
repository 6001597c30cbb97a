package dev.awsmcp.suggest;

import java.util.Objects;

/**
 * One suggestible command as the index builder sees it: the stored answer and the text retrieval searches.
 *
 * @param info what an answer shows
 * @param text what retrieval searches
 */
record CommandEntry(CommandInfo info, SearchText text) {
    CommandEntry {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The searchable text of one entry, one string per index field.
     *
     * @param service  the service's CLI name, full name and SDK id
     * @param verbs    the command's verb ({@code describe}); high-level commands list what they do
     * @param name     the command's words ({@code describe instances})
     * @param summary  the first sentences of the documentation, plain text
     * @param params   parameter names as words
     * @param examples titles of the model's examples for the operation
     * @param paramDoc the first sentence of each parameter's documentation
     */
    record SearchText(String service, String verbs, String name, String summary, String params, String examples,
                      String paramDoc) {
        /** Text without parameter documentation (high-level commands, waiters). */
        SearchText(String service, String verbs, String name, String summary, String params, String examples) {
            this(service, verbs, name, summary, params, examples, "");
        }

        SearchText {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(verbs, "verbs");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(params, "params");
            Objects.requireNonNull(examples, "examples");
            Objects.requireNonNull(paramDoc, "paramDoc");
        }
    }
}
