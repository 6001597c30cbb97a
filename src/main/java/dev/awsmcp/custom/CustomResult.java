package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a customization printed.
 *
 * @param stdout   the text the AWS CLI prints, when it prints plain text (null when {@code document} is set)
 * @param document the document the AWS CLI prints through its output formatter ({@code --output},
 *                 {@code --query} apply), or null
 */
public record CustomResult(String stdout, JsonNode document) {
    /** Plain text output. */
    public static CustomResult text(String stdout) {
        return new CustomResult(stdout, null);
    }

    /** A document for the output formatter. */
    public static CustomResult document(JsonNode document) {
        return new CustomResult(null, document);
    }
}
