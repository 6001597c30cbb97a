package dev.awsmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A result cut to fit an agent's context by {@link OutputBudget}: always complete, valid JSON, plus what was left
 * out and how to get it.
 *
 * @param json          the JSON to return (null/empty members dropped; trimmed when {@code truncated})
 * @param originalChars size of the original JSON, compact, in characters
 * @param returnedChars size of {@code json}, compact, in characters
 * @param truncated     whether anything beyond null/empty members was left out
 * @param omissions     what was left out, largest cut first
 * @param nextToken     the output's {@code NextToken} (for {@code --starting-token}), or null
 * @param continueWith  concrete ways to get the rest: command lines or options, best first
 * @param note          one or two sentences for the agent saying what was cut and how to continue, or null
 */
public record BudgetedOutput(
        JsonNode json,
        int originalChars,
        int returnedChars,
        boolean truncated,
        List<Omission> omissions,
        String nextToken,
        List<String> continueWith,
        String note) {
    public BudgetedOutput {
        omissions = List.copyOf(omissions);
        continueWith = List.copyOf(continueWith);
    }
}
