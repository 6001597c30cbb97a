package dev.awsmcp.client.protocol.restxml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolException;
import dev.awsmcp.client.protocol.internal.InputValues;
import dev.awsmcp.client.protocol.internal.PercentEncoding;
import dev.awsmcp.client.protocol.internal.RequestParts;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.ShapeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * S3 request behaviour from botocore's handlers: bucket-name validation, {@code CopySource} encoding, SSE-C key
 * encoding with its MD5, {@code EncodingType=url} on listings, ASCII-only metadata; and S3 Control's account-id
 * host prefix, which its endpoint rule set already places.
 */
final class S3Requests {
    private static final Pattern VALID_BUCKET = Pattern.compile("^[a-zA-Z0-9.\\-_]{1,255}$");
    private static final Pattern VALID_S3_ARN = Pattern.compile(
            "^arn:(aws).*:(s3|s3-object-lambda):[a-z\\-0-9]*:[0-9]{12}:accesspoint[/:][a-zA-Z0-9\\-.]{1,63}$"
                    + "|^arn:(aws).*:s3-outposts:[a-z\\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\\-]{1,63}[/:]accesspoint[/:]"
                    + "[a-zA-Z0-9\\-]{1,63}$");
    private static final Pattern VERSION_ID_SUFFIX = Pattern.compile("\\?versionId=[^\\s]+$");
    private static final Set<String> SSE_OPERATIONS = Set.of("HeadObject", "GetObject", "PutObject", "CopyObject",
            "CreateMultipartUpload", "UploadPart", "UploadPartCopy", "CompleteMultipartUpload", "SelectObjectContent");
    private static final Set<String> COPY_OPERATIONS = Set.of("CopyObject", "UploadPartCopy");
    private static final Set<String> LIST_OPERATIONS = Set.of("ListObjects", "ListObjectsV2", "ListObjectVersions");

    private S3Requests() {}

    /** S3's parameter-build handlers, applied to a copy of the input when something changes. */
    static ObjectNode prepareInput(Operation operation, ObjectNode input) {
        ObjectNode in = input;
        JsonNode bucket = input.get("Bucket");
        if (bucket != null && bucket.isTextual() && operation.inputMembers().containsKey("Bucket")) {
            String b = bucket.asText();
            if (!VALID_BUCKET.matcher(b).find() && !VALID_S3_ARN.matcher(b).find()) {
                throw ProtocolException.invalidParameter("Invalid bucket name \"" + b + "\": Bucket name must match the regex \""
                        + VALID_BUCKET.pattern() + "\" or be an ARN matching the regex \"" + VALID_S3_ARN.pattern() + "\".",
                        "Give the bare bucket name (no s3:// prefix, no slashes) or an access point ARN.");
            }
        }
        String op = operation.name();
        if (COPY_OPERATIONS.contains(op) && input.hasNonNull("CopySource")) {
            in = copy(in, input);
            in.put("CopySource", quoteCopySource(input.get("CopySource")));
        }
        if (SSE_OPERATIONS.contains(op)) {
            in = sseCustomerKey(in, input, "SSECustomer");
            if (COPY_OPERATIONS.contains(op)) {
                in = sseCustomerKey(in, input, "CopySourceSSECustomer");
            }
        }
        if (LIST_OPERATIONS.contains(op) && !input.has("EncodingType")) {
            in = copy(in, input);
            in.put("EncodingType", "url");
        }
        if ((op.equals("PutObject") || op.equals("CopyObject")) && input.hasNonNull("Metadata")) {
            input.get("Metadata").properties().forEach(e -> {
                if (!isAscii(e.getKey()) || !isAscii(e.getValue().asText())) {
                    throw ProtocolException.invalidParameter("Non ascii characters found in S3 metadata for key \""
                                    + e.getKey() + "\", value: \"" + e.getValue().asText() + "\".",
                            "S3 metadata can only contain ASCII characters.");
                }
            });
        }
        return in;
    }

    private static ObjectNode copy(ObjectNode current, ObjectNode original) {
        return current == original ? original.deepCopy() : current;
    }

    /** CopySource as {@code bucket/key[?versionId=v]} with the bucket and key percent-encoded ({@code /} kept). */
    private static String quoteCopySource(JsonNode source) {
        if (source.isObject()) {
            String bucket = source.path("Bucket").asText(null);
            String key = source.path("Key").asText(null);
            if (bucket == null || key == null) {
                throw ProtocolException.invalidParameter("CopySource must name a Bucket and a Key.",
                        "Write CopySource as bucket/key or as {Bucket, Key, VersionId}.");
            }
            String path = VALID_S3_ARN.matcher(bucket).find() ? bucket + "/object/" + key : bucket + "/" + key;
            String out = PercentEncoding.encode(path, true);
            JsonNode version = source.get("VersionId");
            return version == null || version.isNull() ? out : out + "?versionId=" + version.asText();
        }
        String value = source.asText();
        Matcher m = VERSION_ID_SUFFIX.matcher(value);
        if (!m.find()) {
            return PercentEncoding.encode(value, true);
        }
        return PercentEncoding.encode(value.substring(0, m.start()), true) + value.substring(m.start());
    }

    /** SSE-C: the key goes out base64-encoded with the base64 MD5 of its bytes, unless the caller sent the MD5. */
    private static ObjectNode sseCustomerKey(ObjectNode current, ObjectNode original, String prefix) {
        JsonNode key = original.get(prefix + "Key");
        if (key == null || key.isNull() || original.has(prefix + "KeyMD5")) {
            return current;
        }
        byte[] bytes = key.isBinary() ? InputValues.blob(key) : key.asText().getBytes(StandardCharsets.UTF_8);
        ObjectNode out = copy(current, original);
        out.put(prefix + "Key", Base64.getEncoder().encodeToString(bytes));
        out.put(prefix + "KeyMD5", Base64.getEncoder().encodeToString(md5(bytes)));
        return out;
    }

    private static byte[] md5(byte[] b) {
        try {
            return MessageDigest.getInstance("MD5").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    private static boolean isAscii(String s) {
        return StandardCharsets.US_ASCII.newEncoder().canEncode(s);
    }

    /**
     * The CLI sends no Content-Type for an S3 object body unless the caller gives one, so S3 stores its own
     * default ({@code binary/octet-stream}); the generic {@code application/octet-stream} is taken back out.
     */
    static void finishRequest(Operation operation, ObjectNode input, RequestParts parts) {
        if (operation.input() == null || operation.input().payload() == null) {
            return;
        }
        Member payload = operation.input().member(operation.input().payload());
        Member contentType = operation.inputMembers().get("ContentType");
        boolean callerSet = contentType != null && input.hasNonNull("ContentType");
        if (payload.shape().type() == ShapeType.BLOB && !callerSet
                && "application/octet-stream".equals(parts.header("Content-Type"))) {
            parts.removeHeader("Content-Type");
        }
    }

    /** S3 Control's rule set already puts the account id in the host, so the model's prefix is dropped (botocore). */
    static boolean dropsHostPrefix(ServiceModel service, Operation operation) {
        JsonNode requiresAccountId = operation.staticContextParams().get("RequiresAccountId");
        return "{AccountId}.".equals(operation.hostPrefix()) && requiresAccountId != null && requiresAccountId.asBoolean()
                && ("S3 Control".equals(service.metadata().serviceId()) || "s3control".equals(service.name()));
    }
}
