package dev.awsmcp.command.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Timestamp values as botocore accepts them ({@code parse_timestamp} / {@code parse_to_aware_datetime}): epoch
 * seconds (integer or fractional), ISO 8601 dates and date-times with or without offset (naive values are UTC),
 * a space instead of {@code T}, and RFC 1123 dates.
 */
public final class TimestampArguments {
    private static final Pattern EPOCH = Pattern.compile("^-?\\d+(\\.\\d+)?$");
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .optionalStart().appendLiteral(':').optionalEnd()
            .optionalStart().appendValue(ChronoField.MINUTE_OF_HOUR, 2).optionalEnd()
            .optionalStart().appendLiteral(':').optionalEnd()
            .optionalStart().appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalStart().appendLiteral(' ').appendZoneOrOffsetId().optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> OTHERS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC));

    private TimestampArguments() {}

    /**
     * Parses a timestamp value.
     *
     * @param v text or number
     * @return the instant, or null when the value is not a timestamp
     */
    public static Instant parse(JsonNode v) {
        if (v.isNumber()) {
            return epoch(v.decimalValue());
        }
        return v.isTextual() ? parse(v.asText()) : null;
    }

    /**
     * Parses a timestamp string.
     *
     * @param text the value
     * @return the instant, or null when the value is not a timestamp
     */
    public static Instant parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (EPOCH.matcher(t).matches()) {
            return epoch(new BigDecimal(t));
        }
        try {
            var parsed = LOCAL.parseBest(t, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof ZonedDateTime) {
                return ((ZonedDateTime) parsed).toInstant();
            }
            if (parsed instanceof OffsetDateTime) {
                return ((OffsetDateTime) parsed).toInstant();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | ClassCastException e) {
            // fall through to the other forms
        }
        try {
            return LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // fall through
        }
        for (DateTimeFormatter f : OTHERS) {
            try {
                return ZonedDateTime.parse(t, f).toInstant();
            } catch (DateTimeParseException e) {
                // next
            }
        }
        return null;
    }

    private static Instant epoch(BigDecimal seconds) {
        try {
            long s = seconds.longValue();
            int nanos = seconds.subtract(BigDecimal.valueOf(s)).movePointRight(9).intValue();
            return Instant.ofEpochSecond(s, nanos);
        } catch (ArithmeticException | java.time.DateTimeException e) {
            return null;
        }
    }
}
