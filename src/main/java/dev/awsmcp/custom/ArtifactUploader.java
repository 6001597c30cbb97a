package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.s3.FileUpload;
import dev.awsmcp.s3.S3Calls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The CLI's {@code S3Uploader} ({@code awscli/customizations/s3uploader.py}), which {@code cloudformation deploy
 * --s3-bucket} and {@code cloudformation package} ship templates and artifacts with: the key is
 * {@code [prefix/]<md5 hex>[.extension]}; an object already there ({@code HeadObject} answers) is not uploaded again
 * unless forced; uploads ask for {@code AES256} server-side encryption, or {@code aws:kms} with a key id, and carry
 * the {@code --metadata} map; {@code NoSuchBucket} gets the CLI's message. Like the CLI's S3 client, this one
 * ignores {@code --endpoint-url} (an {@code AWS_ENDPOINT_URL_S3} setting still applies).
 */
final class ArtifactUploader {
    /** The API calls an upload can make, for a customization's plan. */
    static final List<String> OPERATIONS = java.util.stream.Stream.concat(java.util.stream.Stream.of("HeadObject"),
            FileUpload.OPERATIONS.stream()).toList();

    private final CustomCalls calls;
    private final String bucket;
    private final String prefix;
    private final String kmsKeyId;
    private final boolean forceUpload;
    private final Map<String, String> metadata;
    private final GlobalOptions options;

    /**
     * @param calls       the way to S3
     * @param bucket      the bucket
     * @param prefix      {@code --s3-prefix}, or null
     * @param kmsKeyId    {@code --kms-key-id}, or null
     * @param forceUpload {@code --force-upload}
     * @param metadata    {@code --metadata}, or null
     * @param cliOptions  the command's global options
     */
    ArtifactUploader(CustomCalls calls, String bucket, String prefix, String kmsKeyId, boolean forceUpload,
                     Map<String, String> metadata, GlobalOptions cliOptions) {
        this.calls = calls;
        this.bucket = bucket;
        this.prefix = prefix == null || prefix.isEmpty() ? null : prefix;
        this.kmsKeyId = kmsKeyId == null || kmsKeyId.isEmpty() ? null : kmsKeyId;
        this.forceUpload = forceUpload;
        this.metadata = metadata == null || metadata.isEmpty() ? null : Map.copyOf(metadata);
        this.options = cliOptions.withoutEndpointUrl();
    }

    /**
     * {@code upload_with_dedup}: uploads a file under its checksum.
     *
     * @param file      the file (already checked by the file guard)
     * @param extension appended to the key after a dot, or null
     * @return {@code s3://bucket/key}
     * @throws CustomCommandException when the bucket does not exist or the file cannot be read
     */
    String uploadWithDedup(Path file, String extension) {
        String key = key(md5Hex(file), extension);
        if (forceUpload || !exists(key)) {
            try {
                FileUpload.upload(s3Calls(), file, bucket, key, extraArgs(), options);
            } catch (IOException e) {
                throw new CustomCommandException("FileNotReadable", "Unable to read " + file + ": " + e.getMessage(),
                        "Check that the file can be read.");
            } catch (AwsMcpException e) {
                throw noSuchBucket(e);
            }
        }
        return "s3://" + bucket + "/" + key;
    }

    /**
     * {@code upload_with_dedup} of bytes (a template written to a temporary file in the CLI).
     *
     * @param data      the content
     * @param extension appended to the key after a dot, or null
     * @return the key
     */
    String uploadWithDedup(byte[] data, String extension) {
        String key = key(md5Hex(data), extension);
        if (forceUpload || !exists(key)) {
            ObjectNode put = extraArgs();
            put.put("Bucket", bucket);
            put.put("Key", key);
            put.set("Body", BinaryNode.valueOf(data));
            try {
                calls.call("s3", "PutObject", put, options);
            } catch (AwsMcpException e) {
                throw noSuchBucket(e);
            }
        }
        return key;
    }

    /**
     * {@code to_path_style_s3_url}: the object's path-style URL under the S3 client's endpoint.
     *
     * @param key the key
     * @return e.g. {@code https://s3.us-east-1.amazonaws.com/bucket/key}
     */
    String pathStyleUrl(String key) {
        String url = calls.endpoint("s3", "ListBuckets", options).toString();
        return (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + "/" + bucket + "/" + key;
    }

    private String key(String checksum, String extension) {
        String key = extension == null ? checksum : checksum + "." + extension;
        return prefix == null ? key : prefix + "/" + key;
    }

    private ObjectNode extraArgs() {
        ObjectNode extra = JsonNodeFactory.instance.objectNode();
        if (kmsKeyId != null) {
            extra.put("ServerSideEncryption", "aws:kms");
            extra.put("SSEKMSKeyId", kmsKeyId);
        } else {
            extra.put("ServerSideEncryption", "AES256");
        }
        if (metadata != null) {
            ObjectNode m = extra.putObject("Metadata");
            metadata.forEach(m::put);
        }
        return extra;
    }

    private AwsMcpException noSuchBucket(AwsMcpException e) {
        if ("NoSuchBucket".equals(e.code())) {
            return new CustomCommandException("NoSuchBucket", "S3 Bucket does not exist. Execute the command to "
                    + "create a new bucket\naws s3 mb s3://" + bucket, "Create the bucket or pass another --s3-bucket.");
        }
        return e;
    }

    /** {@code file_exists}: any service error from {@code HeadObject} means no. */
    private boolean exists(String key) {
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

    private S3Calls s3Calls() {
        return S3Commands.s3Calls(calls);
    }

    private static String md5Hex(byte[] data) {
        return HexFormat.of().formatHex(md5().digest(data));
    }

    private static String md5Hex(Path file) {
        MessageDigest md5 = md5();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md5.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new CustomCommandException("FileNotReadable", "Unable to read " + file + ": " + e.getMessage(),
                    "Check that the file can be read.");
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
