package dev.awsmcp.client;

import dev.awsmcp.command.BoundCall;

/** Repair hints for common service error codes, in words an agent can act on. */
final class ErrorHints {
    private ErrorHints() {}

    static String forCode(String code, BoundCall call) {
        if (code == null) {
            return null;
        }
        String op = call.operation().name();
        switch (code) {
            case "AccessDenied":
            case "AccessDeniedException":
            case "UnauthorizedOperation":
            case "AuthorizationError":
                return "The caller lacks permission for " + op + "; check the IAM policy of the identity in use "
                        + "(aws sts get-caller-identity shows it).";
            case "UnrecognizedClientException":
            case "InvalidClientTokenId":
            case "InvalidAccessKeyId":
            case "AuthFailure":
            case "SignatureDoesNotMatch":
            case "IncompleteSignature":
                return "The credentials were rejected; check the profile (--profile) and that its keys are current.";
            case "Throttling":
            case "ThrottlingException":
            case "TooManyRequestsException":
            case "RequestLimitExceeded":
            case "SlowDown":
                return "The service is throttling; wait a little, or lower the request rate (e.g. --page-size).";
            case "InvalidParameterValue":
            case "InvalidParameterValueException":
            case "ValidationException":
            case "ValidationError":
            case "InvalidParameterCombination":
            case "MissingParameter":
                return "Check the parameter values against 'aws " + call.service().cliName() + " "
                        + call.operation().cliName() + " help'.";
            case "UnsupportedOperation":
            case "InvalidAction":
                return "The operation is not available in this region or account; check --region.";
            default:
                return null;
        }
    }
}
