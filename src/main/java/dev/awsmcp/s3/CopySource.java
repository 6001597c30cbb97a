package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code CopySource} parameter in botocore's dict form ({@code {Bucket, Key}}), which s3transfer uses; the S3
 * codec percent-encodes it into the header.
 */
final class CopySource {
    private CopySource() {}

    static ObjectNode of(S3Location src) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("Bucket", src.bucket());
        n.put("Key", src.key());
        return n;
    }
}
