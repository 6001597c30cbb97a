package dev.awsmcp;

/**
 * Why a command failed, in words an agent can act on.
 *
 * @param code    stable code: a parser/policy code ({@code UnknownParameter}, {@code AccessDenied}) or the AWS error
 *                code ({@code NoSuchBucket})
 * @param message one sentence: what went wrong
 * @param hint    how to fix the call, or null
 */
public record ErrorInfo(String code, String message, String hint) {}
