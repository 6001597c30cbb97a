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
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

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
        return build(this::general, this::metadata, this::sse, this::sseC, this::requestPayer, this::checksumAlgorithm);
    }

    ObjectNode getObject() {
        return build(this::sseC, this::requestPayer, p -> copy(p, "checksum-mode", "ChecksumMode"));
    }

    ObjectNode copyObject() {
        return build(this::general, p -> copy(p, "metadata-directive", "MetadataDirective"), this::metadata, p -> {
            if (p.has("Metadata") && !p.has("MetadataDirective")) {
                p.put("MetadataDirective", "REPLACE");
            }
        }, this::sse, this::sseC, this::copySourceSseC, this::requestPayer, this::checksumAlgorithm);
    }

    ObjectNode createMultipartUpload() {
        return build(this::general, this::sse, this::sseC, this::metadata, this::requestPayer, this::checksumAlgorithm);
    }

    ObjectNode uploadPart() {
        return build(this::sseC, this::requestPayer);
    }

    ObjectNode uploadPartCopy() {
        return build(this::sseC, this::copySourceSseC, this::requestPayer);
    }

    /** HeadObject of the object itself, or of a copy source (whose SSE-C key then goes in the plain parameters). */
    ObjectNode headObject(boolean copySource) {
        return build(p -> {
            if (copySource) {
                customerKey(p, "SSECustomer", "sse-c-copy-source");
            } else {
                sseC(p);
            }
        }, this::requestPayer);
    }

    ObjectNode deleteObject() {
        return build(this::requestPayer);
    }

    /** A parameter set built by the given steps, in order (the order botocore adds them in). */
    @SafeVarargs
    private static ObjectNode build(Consumer<ObjectNode>... steps) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        for (Consumer<ObjectNode> step : steps) {
            step.accept(p);
        }
        return p;
    }

    /** Copies an option's value, when given, to a parameter. */
    private void copy(ObjectNode p, String option, String param) {
        if (args.value(option) != null) {
            p.put(param, args.value(option));
        }
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
        copy(p, "sse", "ServerSideEncryption");
        copy(p, "sse-kms-key-id", "SSEKMSKeyId");
    }

    private void sseC(ObjectNode p) {
        customerKey(p, "SSECustomer", "sse-c");
    }

    private void copySourceSseC(ObjectNode p) {
        customerKey(p, "CopySourceSSECustomer", "sse-c-copy-source");
    }

    /**
     * The algorithm option and its {@code -key} option, when the algorithm is given. The raw key: the S3 codec
     * base64-encodes it and adds its MD5 (botocore's {@code sse_md5}).
     */
    private void customerKey(ObjectNode p, String prefix, String algorithmOption) {
        if (args.value(algorithmOption) != null) {
            p.put(prefix + "Algorithm", args.value(algorithmOption));
            p.put(prefix + "Key", args.value(algorithmOption + "-key"));
        }
    }

    private void requestPayer(ObjectNode p) {
        copy(p, "request-payer", "RequestPayer");
    }

    private void checksumAlgorithm(ObjectNode p) {
        copy(p, "checksum-algorithm", "ChecksumAlgorithm");
    }

    /** The forms {@link #timestamp} accepts, tried in order. */
    private static final List<Function<String, Instant>> TIME_FORMS = List.of(
            Instant::parse,
            t -> OffsetDateTime.parse(t).toInstant(),
            t -> LocalDateTime.parse(t).toInstant(ZoneOffset.UTC),
            t -> LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant(),
            t -> ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
            t -> Instant.ofEpochSecond(Long.parseLong(t)));

    /** A {@code --expires} value as an ISO-8601 instant (ISO date-times, dates, RFC 1123 or epoch seconds). */
    static String timestamp(String v) {
        String s = v.trim();
        for (Function<String, Instant> form : TIME_FORMS) {
            try {
                return form.apply(s).toString();
            } catch (DateTimeParseException | NumberFormatException ignored) {
                // try the next form
            }
        }
        throw new CommandException("InvalidArgument", "argument --expires: invalid timestamp '" + v + "'.",
                "Write an ISO-8601 time such as 2030-01-01T00:00:00Z.");
    }
}
