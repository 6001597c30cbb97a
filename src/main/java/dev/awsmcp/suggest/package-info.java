/**
 * Command suggestions: from a task in words ("list my s3 buckets") to the AWS CLI commands that do it, offline and
 * in milliseconds. Entry point {@link dev.awsmcp.suggest.Suggester}; answers are {@link dev.awsmcp.suggest.Suggestion}
 * records (command, description, required parameters with types, a ready-to-fill line or a real example, access
 * level), as JSON through {@link dev.awsmcp.suggest.SuggestionJson}.
 *
 * <p>Retrieval is lexical: a Lucene index over every model operation the AWS CLI offers, every waiter and the
 * high-level {@code aws s3} commands, searched with BM25 over weighted fields plus constant-score clauses for the
 * verb, the service and whole command names ({@code TaskQuery}); a first search over one vocabulary profile per
 * service boosts the commands of the services the task's words point to; words past the task's object (after a
 * preposition) count as parameters rather than name words, and nouns of action meet their verbs. The index is built from the models at build time
 * ({@link dev.awsmcp.suggest.SuggestIndexBuilder}, Maven {@code process-classes}) and shipped in the jar; without it
 * the index is built on first use and cached under {@code ~/.cache/aws-mcp/suggest/}.
 *
 * <p>May import {@code model}, {@code command} (the parser's help API, to validate examples), {@code policy} (the
 * classifier, for access levels) and {@code error}. Nothing in the pipeline imports it.
 */
package dev.awsmcp.suggest;
