package dev.awsmcp.model;

/**
 * The {@code error} trait of an exception shape.
 *
 * @param code           the error code on the wire, or null to use the shape name
 * @param httpStatusCode the status the service returns, or 0 when the model does not say
 * @param senderFault    true for client faults
 */
public record ErrorTrait(String code, int httpStatusCode, boolean senderFault) {}
