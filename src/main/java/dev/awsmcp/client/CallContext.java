package dev.awsmcp.client;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import java.util.function.BiFunction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Per-command facts the client needs besides the bound call.
 *
 * @param clientName    the MCP client's name, added to the User-Agent (so CloudTrail shows who called), or null
 * @param clientVersion the MCP client's version, or null
 * @param cancelled     polled before each attempt and page; true stops the work
 * @param outfile       where a streaming response body goes (the CLI's {@code outfile} argument), or null
 * @param mfaCode       (serial number, role ARN) to the MFA code the human typed, or null when none can be asked
 * @param signWith      credentials that sign instead of the profile's (the temporary upload credentials of
 *                      {@code gamelift upload-build}), or null
 * @param streamFor     how long to read an event-stream response that does not end by itself ({@code logs
 *                      start-live-tail}), or null to read the whole response
 */
public record CallContext(String clientName, String clientVersion, BooleanSupplier cancelled, Path outfile,
                          BiFunction<String, String, String> mfaCode, AwsCredentials signWith, Duration streamFor) {
    public CallContext {
        cancelled = cancelled == null ? () -> false : cancelled;
        mfaCode = mfaCode == null ? (serial, role) -> null : mfaCode;
    }

    /**
     * A context with no way to ask for an MFA code.
     *
     * @param clientName    the MCP client's name, or null
     * @param clientVersion the MCP client's version, or null
     * @param cancelled     polled before each attempt and page, or null
     * @param outfile       where a streaming response body goes, or null
     */
    public CallContext(String clientName, String clientVersion, BooleanSupplier cancelled, Path outfile) {
        this(clientName, clientVersion, cancelled, outfile, null, null, null);
    }

    /**
     * A context that signs with the profile's credentials.
     *
     * @param clientName    the MCP client's name, or null
     * @param clientVersion the MCP client's version, or null
     * @param cancelled     polled before each attempt and page, or null
     * @param outfile       where a streaming response body goes, or null
     * @param mfaCode       asks the human for an MFA code, or null
     */
    public CallContext(String clientName, String clientVersion, BooleanSupplier cancelled, Path outfile,
                       BiFunction<String, String, String> mfaCode) {
        this(clientName, clientVersion, cancelled, outfile, mfaCode, null, null);
    }

    /** No client name, never cancelled, no outfile. */
    public static CallContext none() {
        return new CallContext(null, null, null, null);
    }

    /** A copy with another outfile. */
    public CallContext withOutfile(Path file) {
        return new CallContext(clientName, clientVersion, cancelled, file, mfaCode, signWith, streamFor);
    }

    /** A copy that signs with these credentials. */
    public CallContext withCredentials(AwsCredentials credentials) {
        return new CallContext(clientName, clientVersion, cancelled, outfile, mfaCode, credentials, streamFor);
    }

    /** A copy that reads an endless event stream for this long. */
    public CallContext withStreamFor(Duration duration) {
        return new CallContext(clientName, clientVersion, cancelled, outfile, mfaCode, signWith, duration);
    }

    @Override
    public String toString() { // never the credentials
        return "CallContext[client=" + clientName + ", outfile=" + outfile + ", signWith="
                + (signWith == null ? "profile" : signWith.accessKeyId()) + "]";
    }
}
