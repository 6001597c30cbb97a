package dev.awsmcp.client.protocol.restxml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolException;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.client.protocol.ServiceErrorException;
import dev.awsmcp.client.protocol.internal.PercentEncoding;
import dev.awsmcp.client.protocol.internal.Timestamps;
import dev.awsmcp.client.protocol.internal.XmlElement;
import dev.awsmcp.client.protocol.internal.XmlParsing;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.ShapeType;
import java.time.DateTimeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * S3 behaviour that botocore implements in handlers because the model cannot state it: GetBucketLocation's bare
 * {@code <LocationConstraint>} body, errors inside 200 responses, and the lenient {@code Expires} header.
 */
final class S3Responses {
    private S3Responses() {}

    static boolean isS3(ServiceModel service) {
        return "S3".equals(service.metadata().serviceId()) || "s3".equals(service.name());
    }

    /** GetBucketLocation: the body's root element text is the region; empty means us-east-1 (null, as the CLI prints). */
    static ObjectNode bucketLocation(RawResponse response) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (response.body().length == 0) {
            return out;
        }
        XmlElement root = XmlParsing.parse(response.body());
        String text = root.text().trim();
        if (text.isEmpty()) {
            out.putNull("LocationConstraint");
        } else {
            out.put("LocationConstraint", text);
        }
        return out;
    }

    /**
     * S3 may answer 200 and put an {@code <Error>} in the body (CopyObject, UploadPartCopy, CompleteMultipartUpload,
     * and in principle any operation without a streaming body). botocore turns these into 500s so they are retried.
     */
    static void throwIfErrorIn200(ServiceModel service, Operation operation, RawResponse response, RestXmlCodec codec) {
        if (response.status() != 200 || response.body().length == 0 || hasStreamingOutput(operation)) {
            return;
        }
        XmlElement root;
        try {
            root = XmlParsing.parse(response.body());
        } catch (ProtocolException e) {
            return; // the regular parse reports the malformed body
        }
        if (root.name().equals("Error")) {
            RawResponse asError = new RawResponse(500, response.headers(), response.body());
            ServiceError e = codec.parseError(service, operation, asError);
            throw new ServiceErrorException(e);
        }
    }

    private static boolean hasStreamingOutput(Operation operation) {
        if (operation.output() == null || operation.output().payload() == null) {
            return false;
        }
        Member payload = operation.output().member(operation.output().payload());
        ShapeType t = payload.shape().type();
        return t == ShapeType.BLOB || t == ShapeType.STRING || payload.shape().eventStream();
    }

    private static Member expiresMember(Operation operation) {
        if (operation.output() == null) {
            return null;
        }
        Member m = operation.output().member("Expires");
        return m != null && "header".equals(m.location()) && "Expires".equals(m.locationName()) ? m : null;
    }

    /** Drops an {@code Expires} header that is not a timestamp, so the parse keeps going (botocore does the same). */
    static RawResponse withoutBadExpires(Operation operation, RawResponse response) {
        String expires = response.header("Expires");
        if (expires == null || expiresMember(operation) == null) {
            return response;
        }
        try {
            Timestamps.parse(expires);
            return response;
        } catch (DateTimeException | ArithmeticException e) {
            Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
            headers.keySet().removeIf(k -> k.equalsIgnoreCase("Expires"));
            return new RawResponse(response.status(), headers, response.body());
        }
    }

    /**
     * Listings requested with {@code EncodingType=url} (which the request side adds) carry percent-encoded keys;
     * botocore decodes them so the output shows the real keys.
     */
    static void decodeListingKeys(Operation operation, ObjectNode out) {
        if (!"url".equals(out.path("EncodingType").asText())) {
            return;
        }
        List<String> topLevel;
        List<String[]> nested;
        switch (operation.name()) {
            case "ListObjects":
                topLevel = List.of("Delimiter", "Marker", "NextMarker");
                nested = List.of(new String[] {"Contents", "Key"}, new String[] {"CommonPrefixes", "Prefix"});
                break;
            case "ListObjectsV2":
                topLevel = List.of("Delimiter", "Prefix", "StartAfter");
                nested = List.of(new String[] {"Contents", "Key"}, new String[] {"CommonPrefixes", "Prefix"});
                break;
            case "ListObjectVersions":
                topLevel = List.of("KeyMarker", "NextKeyMarker", "Prefix", "Delimiter");
                nested = List.of(new String[] {"Versions", "Key"}, new String[] {"DeleteMarkers", "Key"},
                        new String[] {"CommonPrefixes", "Prefix"});
                break;
            default:
                return;
        }
        for (String key : topLevel) {
            if (out.path(key).isTextual()) {
                out.put(key, PercentEncoding.decode(out.get(key).asText(), true));
            }
        }
        for (String[] path : nested) {
            for (JsonNode item : out.path(path[0])) {
                if (item.path(path[1]).isTextual()) {
                    ((ObjectNode) item).put(path[1], PercentEncoding.decode(item.get(path[1]).asText(), true));
                }
            }
        }
    }

    /** botocore adds the raw header as {@code ExpiresString} next to the parsed {@code Expires}. */
    static void addExpiresString(Operation operation, RawResponse response, ObjectNode out) {
        String expires = response.header("Expires");
        if (expires != null && expiresMember(operation) != null) {
            out.put("ExpiresString", expires);
        }
    }
}
