package dev.awsmcp.client.waiter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One acceptor of a waiter ({@code waiters-2.json}).
 *
 * @param state    {@code success}, {@code failure} or {@code retry}
 * @param matcher  {@code path}, {@code pathAll}, {@code pathAny}, {@code status} or {@code error}
 * @param argument the JMESPath expression of path matchers, else null
 * @param expected the expected value
 */
public record Acceptor(String state, String matcher, String argument, JsonNode expected) {
    public Acceptor {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(expected, "expected");
    }

    /** botocore's {@code AcceptorConfig.explanation}. */
    public String explanation() {
        String exp = expected.isTextual() ? expected.asText() : expected.toString();
        switch (matcher) {
            case "path":
                return "For expression \"" + argument + "\" we matched expected path: \"" + exp + "\"";
            case "pathAll":
                return "For expression \"" + argument + "\" all members matched expected path: \"" + exp + "\"";
            case "pathAny":
                return "For expression \"" + argument + "\" we matched expected path: \"" + exp + "\" at least once";
            case "status":
                return "Matched expected HTTP status code: " + exp;
            case "error":
                return "Matched expected service error code: " + (expected.isBoolean() ? (expected.asBoolean() ? "True" : "False") : exp);
            default:
                return "No explanation for unknown waiter type: \"" + matcher + "\"";
        }
    }
}
