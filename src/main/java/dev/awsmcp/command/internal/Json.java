package dev.awsmcp.command.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.awsmcp.command.CommandException;

/** JSON parsing with Python {@code json.loads} leniency (NaN/Infinity) and errors that say where and what. */
public final class Json {
    /** The shared mapper. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {}

    /**
     * Parses a JSON argument value.
     *
     * @param text    the value
     * @param cliName the argument, for messages
     * @return the tree
     * @throws CommandException with line/column and the parser's expectation when the JSON is malformed
     */
    public static JsonNode parse(String text, String cliName) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw invalid(cliName, "no JSON value found", text);
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + " column " + loc.getColumnNr()
                    + " (char " + loc.getCharOffset() + ")";
            String what = e.getOriginalMessage();
            throw invalid(cliName, what + where, text);
        }
    }

    private static CommandException invalid(String cliName, String detail, String text) {
        String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
        return new CommandException("InvalidJson",
                "Error parsing parameter '" + cliName + "': Invalid JSON: " + detail + ". JSON received: " + shown,
                "Quote the whole JSON value in single quotes so the shell keeps the double quotes, and check brackets, "
                        + "commas and quoting at the position shown; or use shorthand syntax (Key=Value,...).");
    }
}
