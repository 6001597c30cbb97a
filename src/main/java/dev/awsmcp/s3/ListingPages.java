package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Helpers for ListObjectsV2 pages: the next continuation token, timestamps. (The S3 codec asks for
 * {@code EncodingType=url} and decodes the keys, as botocore does.)
 */
final class ListingPages {
    private ListingPages() {}

    /** The token for the next page, or null on the last page. */
    static String nextToken(JsonNode page) {
        if (!page.path("IsTruncated").asBoolean(false)) {
            return null;
        }
        String t = page.path("NextContinuationToken").asText(null);
        return t == null || t.isEmpty() ? null : t;
    }

    /** Parses a timestamp the codec produced (ISO-8601; RFC 1123 tolerated), or null. */
    static Instant instant(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return Instant.ofEpochMilli((long) (n.asDouble() * 1000));
        }
        String s = n.asText();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }
}
