package dev.awsmcp.output;

import java.util.Locale;

/** The AWS CLI's {@code cli_timestamp_format} setting. */
public enum TimestampFormat {
    /** CLI v2 default: ISO 8601 as Python's {@code datetime.isoformat()}, e.g. {@code 2024-01-02T03:04:05+00:00}. */
    ISO8601,
    /** CLI v1 behaviour: the value as the service sent it (epoch seconds for JSON protocols, text otherwise). */
    WIRE;

    /**
     * Parses a config value ({@code iso8601}, {@code wire}, or the legacy {@code none} meaning wire).
     *
     * @param value the configured value
     * @return the format
     * @throws OutputException for any other value
     */
    public static TimestampFormat fromConfig(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "iso8601":
                return ISO8601;
            case "wire":
            case "none":
                return WIRE;
            default:
                throw new OutputException("InvalidTimestampFormat",
                        "Unknown cli_timestamp_format value '" + value + "'.",
                        "Use cli_timestamp_format = iso8601 (the default) or wire.");
        }
    }
}
