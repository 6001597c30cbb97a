package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.error.AwsMcpException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Uploads a template for {@code aws cloudformation deploy --s3-bucket}, as {@code S3Uploader.upload_with_dedup}
 * and {@code to_path_style_s3_url} do: the key is {@code [prefix/]<md5 hex>.template}; an object already there
 * ({@code HeadObject} answers) is not uploaded again unless {@code --force-upload}; {@code PutObject} asks for
 * {@code AES256} server-side encryption, or {@code aws:kms} with {@code --kms-key-id}; the result is the
 * path-style URL under the S3 client's endpoint. Like the CLI's S3 client, this one ignores {@code --endpoint-url}.
 */
final class TemplateUpload {
    private TemplateUpload() {}

    /**
     * @return the {@code TemplateURL}
     * @throws CustomCommandException (255) when the bucket does not exist
     */
    static String upload(CustomCalls calls, byte[] template, String bucket, String prefix, String kmsKeyId,
                         boolean forceUpload, GlobalOptions cfnOptions) {
        GlobalOptions options = cfnOptions.withoutEndpointUrl();
        String key = md5Hex(template) + ".template";
        if (prefix != null && !prefix.isEmpty()) {
            key = prefix + "/" + key;
        }
        if (forceUpload || !exists(calls, bucket, key, options)) {
            ObjectNode put = JsonNodeFactory.instance.objectNode();
            put.put("Bucket", bucket);
            put.put("Key", key);
            put.set("Body", BinaryNode.valueOf(template));
            if (kmsKeyId != null && !kmsKeyId.isEmpty()) {
                put.put("ServerSideEncryption", "aws:kms");
                put.put("SSEKMSKeyId", kmsKeyId);
            } else {
                put.put("ServerSideEncryption", "AES256");
            }
            try {
                calls.call("s3", "PutObject", put, options);
            } catch (AwsMcpException e) {
                if ("NoSuchBucket".equals(e.code())) {
                    throw new CustomCommandException("NoSuchBucket", "S3 Bucket does not exist. Execute the command "
                            + "to create a new bucket\naws s3 mb s3://" + bucket, "Create the bucket or pass another "
                            + "--s3-bucket.");
                }
                throw e;
            }
        }
        return endpointUrl(calls, options) + "/" + bucket + "/" + key;
    }

    /** {@code file_exists}: any service error from {@code HeadObject} means no. */
    private static boolean exists(CustomCalls calls, String bucket, String key, GlobalOptions options) {
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        head.put("Bucket", bucket);
        head.put("Key", key);
        try {
            calls.call("s3", "HeadObject", head, options);
            return true;
        } catch (AwsMcpException e) {
            if (e.exitCode() != 254) { // not a service's answer (botocore's ClientError): cancelled, no network ...
                throw e;
            }
            return false;
        }
    }

    /**
     * botocore's {@code s3.meta.endpoint_url}: the S3 client's endpoint from the endpoint rules (overrides such as
     * {@code AWS_ENDPOINT_URL_S3} included), without a trailing slash.
     */
    static String endpointUrl(CustomCalls calls, GlobalOptions options) {
        String url = calls.endpoint("s3", "ListBuckets", options).toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String md5Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
