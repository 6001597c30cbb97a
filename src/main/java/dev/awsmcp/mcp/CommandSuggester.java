package dev.awsmcp.mcp;

import java.util.List;

/**
 * Turns a task in plain words into likely commands, for {@code suggest_aws_commands}. {@link KeywordSuggester} is
 * the first version; the suggestions package provides a better one.
 */
@FunctionalInterface
public interface CommandSuggester {
    /**
     * One suggestion.
     *
     * @param command     e.g. {@code aws s3api list-buckets}
     * @param description what it does
     * @param score       relevance, higher is better
     */
    record Suggestion(String command, String description, double score) {}

    /**
     * @param task  the task, e.g. "list my S3 buckets"
     * @param limit how many at most
     * @return suggestions, best first
     */
    List<Suggestion> suggest(String task, int limit);
}
