package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Helpers for ListObjectsV2 pages as botocore hands them to the CLI: keys requested with {@code EncodingType=url}
 * are decoded ({@code decode_list_object_v2}), timestamps parsed, the next continuation token found.
 */
final class ListingPages {
    private ListingPages() {}

    /** URL-decodes Key, Prefix, Delimiter and StartAfter (botocore's {@code unquote_plus}). */
    static ObjectNode decodeKeys(ObjectNode page) {
        if (!"url".equals(page.path("EncodingType").asText(null))) {
            return page;
        }
        for (String top : new String[] {"Delimiter", "Prefix", "StartAfter"}) {
            if (page.hasNonNull(top)) {
                page.put(top, decode(page.get(top).asText()));
            }
        }
        decodeNested(page, "Contents", "Key");
        decodeNested(page, "CommonPrefixes", "Prefix");
        return page;
    }

    private static void decodeNested(ObjectNode page, String list, String member) {
        for (JsonNode n : page.path(list)) {
            if (n.isObject() && n.hasNonNull(member)) {
                ((ObjectNode) n).put(member, decode(n.get(member).asText()));
            }
        }
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

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
