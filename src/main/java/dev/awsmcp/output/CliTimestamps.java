package dev.awsmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Turns a codec's timestamp (an ISO 8601 instant string) into what the AWS CLI prints.
 *
 * <p>CLI v2 ({@code iso8601}) re-parses the wire value with dateutil and prints {@code datetime.isoformat()}: epoch
 * seconds (JSON protocols' default) become local time with the machine's offset, rounded to microseconds; text
 * timestamps (ISO 8601 or RFC 822, the XML/query and header defaults) keep their own offset, which AWS always sends
 * as UTC ({@code +00:00}), with fractional seconds cut to microseconds. {@code wire} prints what the service sent,
 * as CLI v1 does: the codec keeps it ({@link dev.awsmcp.model.WireTimestamp}); a value from elsewhere is rebuilt
 * from the instant (a number for epoch seconds, the text otherwise).
 */
final class CliTimestamps {
    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final TimestampFormat format;
    private final ZoneId localZone;

    CliTimestamps(TimestampFormat format, ZoneId localZone) {
        this.format = format;
        this.localZone = localZone;
    }

    /**
     * @param value      the codec's value (ISO instant text; epoch numbers are accepted too)
     * @param wireFormat {@code unixTimestamp}, {@code iso8601} or {@code rfc822}: how the service sent it
     */
    JsonNode convert(JsonNode value, String wireFormat) {
        Instant instant = toInstant(value);
        if (instant == null) {
            return value;
        }
        boolean epoch = "unixTimestamp".equals(wireFormat);
        if (format == TimestampFormat.WIRE) {
            if (value instanceof dev.awsmcp.model.WireTimestamp sent && sent.wire() != null) {
                return sent.wire(); // exactly what the service sent, as AWS CLI v1 prints it
            }
            if (epoch) {
                return epochNode(instant);
            }
            if ("rfc822".equals(wireFormat)) {
                return TextNode.valueOf(RFC_822.format(instant));
            }
            return TextNode.valueOf(DateTimeFormatter.ISO_INSTANT.format(instant));
        }
        Instant micros = epoch ? roundToMicros(instant) : truncateToMicros(instant);
        ZoneId zone = epoch ? localZone : ZoneOffset.UTC;
        return TextNode.valueOf(isoformat(OffsetDateTime.ofInstant(micros, zone)));
    }

    /** Python's {@code datetime.isoformat()} for an aware datetime. */
    static String isoformat(OffsetDateTime t) {
        StringBuilder out = new StringBuilder(32);
        int year = t.getYear();
        pad(out, year, 4);
        out.append('-');
        pad(out, t.getMonthValue(), 2);
        out.append('-');
        pad(out, t.getDayOfMonth(), 2);
        out.append('T');
        pad(out, t.getHour(), 2);
        out.append(':');
        pad(out, t.getMinute(), 2);
        out.append(':');
        pad(out, t.getSecond(), 2);
        int micros = t.getNano() / 1000;
        if (micros != 0) {
            out.append('.');
            pad(out, micros, 6);
        }
        int offset = t.getOffset().getTotalSeconds();
        out.append(offset < 0 ? '-' : '+');
        int abs = Math.abs(offset);
        pad(out, abs / 3600, 2);
        out.append(':');
        pad(out, (abs / 60) % 60, 2);
        if (abs % 60 != 0) {
            out.append(':');
            pad(out, abs % 60, 2);
        }
        return out.toString();
    }

    private static void pad(StringBuilder out, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            out.append('0');
        }
        out.append(s);
    }

    private static Instant toInstant(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            BigDecimal seconds = value.decimalValue();
            long whole = seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
            int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
            return Instant.ofEpochSecond(whole, nanos);
        }
        if (!value.isTextual()) {
            return null;
        }
        String text = value.textValue();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static Instant roundToMicros(Instant t) {
        long nanos = t.getNano();
        long micros = Math.round(nanos / 1000.0);
        if (nanos % 1000 == 500) {
            micros = ((nanos / 1000) % 2 == 0) ? nanos / 1000 : nanos / 1000 + 1;
        }
        return Instant.ofEpochSecond(t.getEpochSecond()).plusNanos(micros * 1000);
    }

    private static Instant truncateToMicros(Instant t) {
        return Instant.ofEpochSecond(t.getEpochSecond(), (t.getNano() / 1000) * 1000L);
    }

    private static JsonNode epochNode(Instant t) {
        if (t.getNano() == 0) {
            return LongNode.valueOf(t.getEpochSecond());
        }
        BigDecimal seconds = BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9));
        double d = seconds.doubleValue();
        return Double.isFinite(d) ? DoubleNode.valueOf(d) : DecimalNode.valueOf(seconds);
    }
}
