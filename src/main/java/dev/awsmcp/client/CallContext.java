package dev.awsmcp.client;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Per-command facts the client needs besides the bound call.
 *
 * @param clientName    the MCP client's name, added to the User-Agent (so CloudTrail shows who called), or null
 * @param clientVersion the MCP client's version, or null
 * @param cancelled     polled before each attempt and page; true stops the work
 * @param outfile       where a streaming response body goes (the CLI's {@code outfile} argument), or null
 */
public record CallContext(String clientName, String clientVersion, BooleanSupplier cancelled, Path outfile) {
    public CallContext {
        cancelled = cancelled == null ? () -> false : cancelled;
    }

    /** No client name, never cancelled, no outfile. */
    public static CallContext none() {
        return new CallContext(null, null, null, null);
    }

    /** A copy with another outfile. */
    public CallContext withOutfile(Path file) {
        return new CallContext(clientName, clientVersion, cancelled, file);
    }
}
