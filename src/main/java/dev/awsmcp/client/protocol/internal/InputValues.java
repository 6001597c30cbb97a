package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.client.protocol.ProtocolException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * Reads input values in the {@code BoundCall} conventions: timestamps as ISO-8601 text (epoch numbers and other
 * wire forms are accepted too), blobs as binary nodes (text is taken as UTF-8, like botocore), numbers and
 * booleans as JSON scalars (their text forms are accepted).
 */
public final class InputValues {
    private InputValues() {}

    /** A timestamp value. */
    public static Instant timestamp(JsonNode v, String member) {
        if (v.isNumber()) {
            return Timestamps.fromEpochSeconds(v.decimalValue());
        }
        try {
            return Timestamps.parse(v.asText());
        } catch (DateTimeException | ArithmeticException e) {
            throw ProtocolException.invalidParameter("Parameter " + member + " is not a timestamp: '" + v.asText() + "'.",
                    "Give timestamps in ISO-8601 form, e.g. 2024-01-02T03:04:05Z.");
        }
    }

    /** A blob value's bytes. */
    public static byte[] blob(JsonNode v) {
        if (v.isBinary()) {
            try {
                return v.binaryValue();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return v.asText().getBytes(StandardCharsets.UTF_8);
    }

    /** A blob value as base64 text. */
    public static String base64(JsonNode v) {
        return Base64.getEncoder().encodeToString(blob(v));
    }

    /** A boolean value, from a JSON boolean or its text. */
    public static boolean bool(JsonNode v) {
        return v.isBoolean() ? v.booleanValue() : Boolean.parseBoolean(v.asText());
    }

    /**
     * A number's text: integers as digits, floating values in plain notation, and the non-finite values as
     * {@code NaN}, {@code Infinity}, {@code -Infinity} (the protocols' spelling).
     */
    public static String numberText(JsonNode v) {
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isFloatingPointNumber() && !v.isBigDecimal()) {
            double d = v.doubleValue();
            if (Double.isNaN(d)) {
                return "NaN";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "Infinity" : "-Infinity";
            }
            return BigDecimal.valueOf(d).toPlainString();
        }
        if (v.isBigDecimal()) {
            return v.decimalValue().toPlainString();
        }
        return v.asText();
    }

    /** A double from a number or its text (including NaN/Infinity spellings). */
    public static double doubleValue(JsonNode v) {
        if (v.isNumber()) {
            return v.doubleValue();
        }
        try {
            return Double.parseDouble(v.asText().trim());
        } catch (NumberFormatException e) {
            throw notANumber(v);
        }
    }

    /** A whole number from a number or its text. */
    public static long longValue(JsonNode v) {
        if (v.isNumber()) {
            return v.longValue();
        }
        try {
            return Long.parseLong(v.asText().trim());
        } catch (NumberFormatException e) {
            throw notANumber(v);
        }
    }

    private static ProtocolException notANumber(JsonNode v) {
        return ProtocolException.invalidParameter("'" + v.asText() + "' is not a number.",
                "Give numeric parameters as numbers, e.g. 10 or 2.5.");
    }
}
