package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.Shape;
import java.util.Map;

/** Error parsing pieces every protocol shares: error-shape lookup, request ids, the generic fallback. */
public final class ErrorSupport {
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
            Map.entry(411, "Length Required"), Map.entry(412, "Precondition Failed"), Map.entry(413, "Request Entity Too Large"),
            Map.entry(416, "Requested Range Not Satisfiable"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"), Map.entry(304, "Not Modified"),
            Map.entry(301, "Moved Permanently"), Map.entry(307, "Temporary Redirect"));

    private ErrorSupport() {}

    /** The HTTP reason phrase for a status, or an empty string. */
    public static String reason(int status) {
        return REASONS.getOrDefault(status, "");
    }

    /**
     * The exception shape for an error code: the operation's errors first, then any exception shape of the service.
     *
     * @return the shape, or null when the code is not modelled
     */
    public static Shape errorShape(ServiceModel service, Operation operation, String code) {
        if (code == null) {
            return null;
        }
        if (operation != null) {
            for (String name : operation.errors()) {
                Shape s = service.shapes().get(name);
                if (s != null && matches(s, code)) {
                    return s;
                }
            }
        }
        Shape direct = service.shapes().get(code);
        if (direct != null && direct.exception() && matches(direct, code)) {
            return direct;
        }
        for (Shape s : service.shapes().values()) {
            if (s.exception() && matches(s, code)) {
                return s;
            }
        }
        return null;
    }

    private static boolean matches(Shape s, String code) {
        if (s.error() != null && s.error().code() != null) {
            return s.error().code().equals(code);
        }
        return s.name().equals(code);
    }

    /** The request id from the usual headers ({@code x-amzn-RequestId}, {@code x-amz-request-id}), or null. */
    public static String requestIdHeader(RawResponse response) {
        String id = response.header("x-amzn-RequestId");
        if (id == null) {
            id = response.header("x-amz-request-id");
        }
        return id;
    }

    /** The error for a response with no protocol error body (an HTML page from a proxy, an empty 5xx). */
    public static ServiceError generic(RawResponse response) {
        return new ServiceError(response.status(), Integer.toString(response.status()), reason(response.status()),
                requestIdHeader(response), response.status() >= 500 ? "server" : "client",
                JsonNodeFactory.instance.objectNode(), response.header("x-amz-id-2"));
    }

    /** botocore's test for a body that carries no protocol error: empty, or an HTML page on a 5xx. */
    public static boolean isGenericErrorBody(RawResponse response) {
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (body.isEmpty()) {
            return true;
        }
        return response.status() >= 500 && body.regionMatches(true, 0, "<html", 0, 5);
    }

    /** A fresh empty object node. */
    public static ObjectNode emptyMembers() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The fault type from the error shape's trait ({@code client}/{@code server}), or null. */
    public static String faultType(Shape shape) {
        if (shape != null && shape.error() != null) {
            return shape.error().senderFault() ? "client" : shape.fault() ? "server" : null;
        }
        return null;
    }
}
