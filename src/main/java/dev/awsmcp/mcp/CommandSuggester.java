package dev.awsmcp.mcp;

import java.util.List;

/**
 * Turns a task in plain words into likely commands, for {@code suggest_aws_commands}: {@link IndexSuggester} over
 * the suggestion index of {@code dev.awsmcp.suggest}, with {@link KeywordSuggester} as the fallback.
 */
@FunctionalInterface
public interface CommandSuggester {
    /**
     * One suggestion.
     *
     * @param command     e.g. {@code aws s3api list-buckets}
     * @param description what it does
     * @param score       relevance, higher is better
     * @param usage       a ready-to-fill command line (template or example), or null
     * @param details     more JSON-ready facts for the structured answer (required parameters, access level...)
     */
    record Suggestion(String command, String description, double score, String usage, java.util.Map<String, Object> details) {
        public Suggestion {
            details = details == null ? java.util.Map.of() : java.util.Map.copyOf(details);
        }

        /** A suggestion with no usage line or details. */
        public Suggestion(String command, String description, double score) {
            this(command, description, score, null, null);
        }
    }

    /**
     * @param task  the task, e.g. "list my S3 buckets"
     * @param limit how many at most
     * @return suggestions, best first
     */
    List<Suggestion> suggest(String task, int limit);
}
