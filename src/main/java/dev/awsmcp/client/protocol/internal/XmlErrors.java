package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolException;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.Shape;
import java.util.function.BiFunction;

/**
 * Error responses of the XML protocols, in all three wrappings: S3's bare {@code <Error>}, query and rest-xml's
 * {@code <ErrorResponse><Error>}, and EC2's {@code <Response><Errors><Error>}. Bodies that are empty or not XML
 * give the status code as the error code, as in botocore.
 */
public final class XmlErrors {
    private XmlErrors() {}

    /**
     * Parses an error.
     *
     * @param members reads the modelled members of an error shape from the {@code <Error>} element
     */
    public static ServiceError parse(ServiceModel service, Operation operation, RawResponse response,
                                     BiFunction<Shape, XmlElement, ObjectNode> members) {
        if (ErrorSupport.isGenericErrorBody(response)) {
            return ErrorSupport.generic(response);
        }
        XmlElement root;
        try {
            root = XmlParsing.parse(response.body());
        } catch (ProtocolException e) {
            return ErrorSupport.generic(response);
        }
        XmlElement error = errorElement(root);
        String code = error.childText("Code");
        if (code == null || code.isBlank()) {
            return ErrorSupport.generic(response);
        }
        code = code.trim();
        String message = error.childText("Message");
        String requestId = firstNonNull(root.childText("RequestId"), root.childText("RequestID"),
                error.childText("RequestId"), ErrorSupport.requestIdHeader(response));
        Shape shape = ErrorSupport.errorShape(service, operation, code);
        String type = ErrorCodes.faultType(error.childText("Type"));
        if (type == null) {
            type = ErrorSupport.faultType(shape);
        }
        ObjectNode parsed = shape == null ? ErrorSupport.emptyMembers() : members.apply(shape, error);
        String hostId = firstNonNull(error.childText("HostId"), root.childText("HostId"), response.header("x-amz-id-2"));
        return new ServiceError(response.status(), code, message, requestId, type, parsed, hostId);
    }

    /** The element holding Code and Message. */
    public static XmlElement errorElement(XmlElement root) {
        if (root.name().equals("Error")) {
            return root;
        }
        XmlElement e = root.child("Error");
        if (e != null) {
            return e;
        }
        XmlElement errors = root.child("Errors");
        if (errors != null && errors.child("Error") != null) {
            return errors.child("Error");
        }
        return root;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
