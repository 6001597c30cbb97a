package dev.awsmcp.client.protocol.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
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
import java.util.Locale;

/**
 * Timestamp formats of the wire protocols: {@code iso8601} (date-time), {@code rfc822} (http-date) and
 * {@code unixTimestamp} (epoch seconds). Parsing is lenient like botocore's {@code parse_timestamp}: any of the
 * three forms is accepted wherever a timestamp is expected.
 */
public final class Timestamps {
    /** {@code timestampFormat} values as botocore writes them. */
    public static final String ISO8601 = "iso8601";
    public static final String RFC822 = "rfc822";
    public static final String UNIX = "unixTimestamp";

    private static final DateTimeFormatter HTTP_DATE_OUT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    // RFC 1123 with optional fractional seconds and any zone name (GMT, UTC, +0000).
    private static final DateTimeFormatter HTTP_DATE_IN = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().parseLenient()
            .optionalStart().appendPattern("EEE,").optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("d MMM yyyy HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendLiteral(' ')
            .optionalStart().appendPattern("zzz").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "GMT").optionalEnd()
            .toFormatter(Locale.US);
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    private static final DateTimeFormatter RFC850 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("EEEE, dd-MMM-")
            .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
            .appendPattern(" HH:mm:ss zzz").toFormatter(Locale.US);
    // asctime: Sun Nov  6 08:49:37 1994
    private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .parseLenient().appendPattern("EEE MMM")
            .appendLiteral(' ').optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("d HH:mm:ss yyyy").toFormatter(Locale.US);

    private Timestamps() {}

    /**
     * Parses a timestamp in any of the wire forms: ISO-8601 (with or without offset and fraction), http-date
     * (RFC 1123, RFC 850, asctime) or epoch seconds.
     *
     * @param text the text
     * @return the instant
     * @throws DateTimeException when the text is none of these
     */
    public static Instant parse(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new DateTimeException("empty timestamp");
        }
        char c = s.charAt(0);
        if (Character.isDigit(c) || c == '-' || c == '+') {
            if (isNumber(s)) {
                return fromEpochSeconds(new BigDecimal(s));
            }
            return parseIso(s);
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {HTTP_DATE_IN, RFC850, ASCTIME}) {
            try {
                if (f == ASCTIME) {
                    return LocalDateTime.parse(s, f).toInstant(ZoneOffset.UTC);
                }
                return ZonedDateTime.parse(s, f).toInstant();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new DateTimeException("unrecognised timestamp: " + text);
    }

    private static Instant parseIso(String s) {
        String u = s.toUpperCase(Locale.ROOT);
        try {
            return OffsetDateTime.parse(u, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // fall through to the local forms
        }
        try {
            return LocalDateTime.parse(u, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return OffsetDateTime.parse(u, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX")).toInstant();
        } catch (DateTimeParseException e) {
            // fall through
        }
        return LocalDate.parse(u, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** An instant from epoch seconds with a fraction. */
    public static Instant fromEpochSeconds(BigDecimal seconds) {
        BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
        long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }

    /** An instant from epoch seconds as a double; rounded to the millisecond, which is all doubles carry. */
    public static Instant fromEpochSeconds(double seconds) {
        return fromEpochSeconds(BigDecimal.valueOf(seconds).setScale(3, java.math.RoundingMode.HALF_UP));
    }

    /** ISO-8601 in UTC: {@code 2014-04-29T18:30:38Z}, with a fraction only when there is one. */
    public static String iso8601(Instant t) {
        return t.toString();
    }

    /** An http-date: {@code Tue, 29 Apr 2014 18:30:38 GMT} (whole seconds, as the format allows). */
    public static String httpDate(Instant t) {
        return HTTP_DATE_OUT.format(t);
    }

    /** Epoch seconds, with a fraction (up to nanoseconds) only when there is one. */
    public static BigDecimal epochSeconds(Instant t) {
        BigDecimal d = BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9));
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /**
     * Formats a timestamp.
     *
     * @param t      the instant
     * @param format {@link #ISO8601}, {@link #RFC822} or {@link #UNIX} (case-insensitive)
     * @return the text form
     */
    public static String format(Instant t, String format) {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "rfc822":
                return httpDate(t);
            case "unixtimestamp":
                return epochSeconds(t).toPlainString();
            default:
                return iso8601(t);
        }
    }
}
