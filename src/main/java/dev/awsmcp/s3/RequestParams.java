package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CommandException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps the transfer options to request parameters per operation ({@code utils.RequestParamsMapper}).
 */
final class RequestParams {
    private static final Map<String, String> GENERAL = new LinkedHashMap<>();

    static {
        GENERAL.put("acl", "ACL");
        GENERAL.put("storage-class", "StorageClass");
        GENERAL.put("website-redirect", "WebsiteRedirectLocation");
        GENERAL.put("content-type", "ContentType");
        GENERAL.put("cache-control", "CacheControl");
        GENERAL.put("content-disposition", "ContentDisposition");
        GENERAL.put("content-encoding", "ContentEncoding");
        GENERAL.put("content-language", "ContentLanguage");
        GENERAL.put("expires", "Expires");
    }

    private final S3Args args;

    RequestParams(S3Args args) {
        this.args = args;
    }

    ObjectNode putObject() {
        ObjectNode p = node();
        general(p);
        metadata(p);
        sse(p);
        sseC(p);
        requestPayer(p);
        checksumAlgorithm(p);
        return p;
    }

    ObjectNode getObject() {
        ObjectNode p = node();
        sseC(p);
        requestPayer(p);
        if (args.value("checksum-mode") != null) {
            p.put("ChecksumMode", args.value("checksum-mode"));
        }
        return p;
    }

    ObjectNode copyObject() {
        ObjectNode p = node();
        general(p);
        if (args.value("metadata-directive") != null) {
            p.put("MetadataDirective", args.value("metadata-directive"));
        }
        metadata(p);
        if (p.has("Metadata") && !p.has("MetadataDirective")) {
            p.put("MetadataDirective", "REPLACE");
        }
        sse(p);
        sseC(p);
        copySourceSseC(p);
        requestPayer(p);
        checksumAlgorithm(p);
        return p;
    }

    ObjectNode createMultipartUpload() {
        ObjectNode p = node();
        general(p);
        sse(p);
        sseC(p);
        metadata(p);
        requestPayer(p);
        checksumAlgorithm(p);
        return p;
    }

    ObjectNode uploadPart() {
        ObjectNode p = node();
        sseC(p);
        requestPayer(p);
        return p;
    }

    ObjectNode uploadPartCopy() {
        ObjectNode p = node();
        sseC(p);
        copySourceSseC(p);
        requestPayer(p);
        return p;
    }

    ObjectNode headObject(boolean copySource) {
        ObjectNode p = node();
        if (copySource) {
            if (args.value("sse-c-copy-source") != null) {
                customerKey(p, "SSECustomer", args.value("sse-c-copy-source"), args.value("sse-c-copy-source-key"));
            }
        } else {
            sseC(p);
        }
        requestPayer(p);
        return p;
    }

    ObjectNode deleteObject() {
        ObjectNode p = node();
        requestPayer(p);
        return p;
    }

    String requestPayer() {
        return args.value("request-payer");
    }

    private void general(ObjectNode p) {
        for (Map.Entry<String, String> e : GENERAL.entrySet()) {
            String v = args.value(e.getKey());
            if (v != null && !v.isEmpty()) {
                p.put(e.getValue(), e.getKey().equals("expires") ? timestamp(v) : v);
            }
        }
        for (String grant : args.grants()) {
            int eq = grant.indexOf('=');
            if (eq < 0) {
                throw new CommandException("InvalidArgument", "grants should be of the form permission=principal.",
                        "Write e.g. --grants read=uri=http://acs.amazonaws.com/groups/global/AllUsers.");
            }
            p.put(grantParam(grant.substring(0, eq)), grant.substring(eq + 1));
        }
    }

    private static String grantParam(String permission) {
        switch (permission) {
            case "read": return "GrantRead";
            case "full": return "GrantFullControl";
            case "readacl": return "GrantReadACP";
            case "writeacl": return "GrantWriteACP";
            default:
                throw new CommandException("InvalidArgument", "permission must be one of: read|readacl|writeacl|full.",
                        "Write --grants read=id=<canonical-user-id> or full=..., readacl=..., writeacl=....");
        }
    }

    private void metadata(ObjectNode p) {
        if (args.metadata() != null && args.metadata().size() > 0) {
            p.set("Metadata", args.metadata().deepCopy());
        }
    }

    private void sse(ObjectNode p) {
        if (args.value("sse") != null) {
            p.put("ServerSideEncryption", args.value("sse"));
        }
        if (args.value("sse-kms-key-id") != null) {
            p.put("SSEKMSKeyId", args.value("sse-kms-key-id"));
        }
    }

    private void sseC(ObjectNode p) {
        if (args.value("sse-c") != null) {
            customerKey(p, "SSECustomer", args.value("sse-c"), args.value("sse-c-key"));
        }
    }

    private void copySourceSseC(ObjectNode p) {
        if (args.value("sse-c-copy-source") != null) {
            customerKey(p, "CopySourceSSECustomer", args.value("sse-c-copy-source"), args.value("sse-c-copy-source-key"));
        }
    }

    /** The raw key: the S3 codec base64-encodes it and adds its MD5 (botocore's {@code sse_md5}). */
    private static void customerKey(ObjectNode p, String prefix, String algorithm, String key) {
        p.put(prefix + "Algorithm", algorithm);
        p.put(prefix + "Key", key);
    }

    private void requestPayer(ObjectNode p) {
        if (args.value("request-payer") != null) {
            p.put("RequestPayer", args.value("request-payer"));
        }
    }

    private void checksumAlgorithm(ObjectNode p) {
        if (args.value("checksum-algorithm") != null) {
            p.put("ChecksumAlgorithm", args.value("checksum-algorithm"));
        }
    }

    /** A {@code --expires} value as an ISO-8601 instant (ISO date-times, dates, RFC 1123 or epoch seconds). */
    static String timestamp(String v) {
        String s = v.trim();
        try {
            return Instant.parse(s).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(s).toInstant().toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(s)).toString();
        } catch (NumberFormatException e) {
            throw new CommandException("InvalidArgument", "argument --expires: invalid timestamp '" + v + "'.",
                    "Write an ISO-8601 time such as 2030-01-01T00:00:00Z.");
        }
    }

    private static ObjectNode node() {
        return JsonNodeFactory.instance.objectNode();
    }
}
