package dev.awsmcp.client.protocol.restjson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.internal.RequestParts;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * rest-json service behaviour botocore adds in handlers: API Gateway's {@code Accept: application/json}, and
 * Glacier's version header, default account id ({@code -}) and SHA-256 / tree-hash headers on uploads.
 */
final class RestJsonCustomizations {
    private static final int TREE_HASH_CHUNK = 1024 * 1024;

    private RestJsonCustomizations() {}

    private static boolean isGlacier(ServiceModel service) {
        return "Glacier".equals(service.metadata().serviceId()) || "glacier".equals(service.name());
    }

    private static boolean isApiGateway(ServiceModel service) {
        return "API Gateway".equals(service.metadata().serviceId()) || "apigateway".equals(service.name());
    }

    /** Glacier: an absent or empty {@code accountId} means the caller's account, written {@code -}. */
    static ObjectNode prepareInput(ServiceModel service, Operation operation, ObjectNode input) {
        if (!isGlacier(service) || !operation.inputMembers().containsKey("accountId")) {
            return input;
        }
        JsonNode id = input.get("accountId");
        if (id != null && !id.isNull() && !id.asText().isEmpty()) {
            return input;
        }
        ObjectNode copy = input.deepCopy();
        copy.put("accountId", "-");
        return copy;
    }

    static void finishRequest(ServiceModel service, Operation operation, RequestParts parts) {
        if (isApiGateway(service) && parts.header("Accept") == null) {
            parts.addHeader("Accept", "application/json");
        }
        if (isGlacier(service)) {
            parts.setHeader("X-Amz-Glacier-Version", service.metadata().apiVersion());
            String op = operation.name();
            if (op.equals("UploadArchive") || op.equals("UploadMultipartPart")) {
                if (parts.header("X-Amz-Content-Sha256") == null) {
                    parts.addHeader("X-Amz-Content-Sha256", HexFormat.of().formatHex(sha256(parts.body())));
                }
                if (parts.header("X-Amz-Sha256-Tree-Hash") == null) {
                    parts.addHeader("X-Amz-Sha256-Tree-Hash", treeHash(parts.body()));
                }
            }
        }
    }

    /** Glacier's tree hash: SHA-256 of 1 MiB chunks, combined pairwise up to one root. */
    static String treeHash(byte[] body) {
        List<byte[]> level = new ArrayList<>();
        for (int off = 0; off < body.length; off += TREE_HASH_CHUNK) {
            int len = Math.min(TREE_HASH_CHUNK, body.length - off);
            byte[] chunk = new byte[len];
            System.arraycopy(body, off, chunk, 0, len);
            level.add(sha256(chunk));
        }
        if (level.isEmpty()) {
            return HexFormat.of().formatHex(sha256(new byte[0]));
        }
        while (level.size() > 1) {
            List<byte[]> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                if (i + 1 < level.size()) {
                    byte[] pair = new byte[64];
                    System.arraycopy(level.get(i), 0, pair, 0, 32);
                    System.arraycopy(level.get(i + 1), 0, pair, 32, 32);
                    next.add(sha256(pair));
                } else {
                    next.add(level.get(i));
                }
            }
            level = next;
        }
        return HexFormat.of().formatHex(level.get(0));
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
