package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.Shape;
import java.util.function.Function;

/**
 * Error responses of the JSON-bodied protocols ({@code json}, {@code rest-json}, {@code smithy-rpc-v2-cbor}):
 * the code from {@code X-Amzn-ErrorType}, {@code __type} or {@code code}, sanitised; the awsQuery-compatible code
 * from {@code x-amzn-query-error}; the message from {@code message}/{@code Message}.
 */
public final class JsonErrors {
    private JsonErrors() {}

    /**
     * Parses an error.
     *
     * @param service      the service
     * @param operation    the operation
     * @param response     the response
     * @param body         the decoded body (an object; empty when the body was empty or not JSON)
     * @param codeFirst    look at {@code code}/{@code Code} before {@code __type} (rest-json does)
     * @param members      reads the modelled members of an error shape
     * @return the error
     */
    public static ServiceError parse(ServiceModel service, Operation operation, RawResponse response, JsonNode body,
                                     boolean codeFirst, Function<Shape, ObjectNode> members) {
        if (response.header("X-Amzn-ErrorType") == null && response.status() >= 500
                && ErrorSupport.isGenericErrorBody(response)) {
            return ErrorSupport.generic(response); // an HTML page from a proxy or load balancer
        }
        String raw = response.header("X-Amzn-ErrorType");
        if (raw == null) {
            raw = codeFirst ? firstText(body, "code", "Code", "__type") : firstText(body, "__type", "code", "Code");
        }
        String code = ErrorCodes.sanitize(raw);
        // error_description: OAuth-style services (SSO OIDC) put the message there (botocore's _map_oauth2_errors)
        String message = firstText(body, "message", "Message", "errorMessage", "error_description");
        if (code == null) {
            if (ErrorSupport.isGenericErrorBody(response) || !body.isObject() || body.isEmpty()) {
                ServiceError g = ErrorSupport.generic(response);
                return message == null ? g
                        : new ServiceError(g.httpStatus(), g.code(), message, g.requestId(), g.type(), g.members(), g.hostId());
            }
            code = Integer.toString(response.status());
        }
        Shape shape = ErrorSupport.errorShape(service, operation, code);
        String type = ErrorSupport.faultType(shape);
        String queryError = response.header("x-amzn-query-error");
        if (queryError != null) {
            String[] parts = queryError.split(";", 2);
            if (parts.length == 2 && !parts[0].isEmpty()) {
                code = parts[0];
                type = ErrorCodes.faultType(parts[1]);
            }
        }
        ObjectNode parsed = shape == null ? ErrorSupport.emptyMembers() : members.apply(shape);
        return new ServiceError(response.status(), code, message, ErrorSupport.requestIdHeader(response), type, parsed);
    }

    private static String firstText(JsonNode body, String... fields) {
        if (body == null || !body.isObject()) {
            return null;
        }
        for (String f : fields) {
            JsonNode v = body.get(f);
            if (v != null && v.isTextual() && !v.asText().isEmpty()) {
                return v.asText();
            }
        }
        return null;
    }
}
