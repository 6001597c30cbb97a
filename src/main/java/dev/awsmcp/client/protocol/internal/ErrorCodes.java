package dev.awsmcp.client.protocol.internal;

import java.util.Locale;

/** Error-code clean-up shared by the protocols. */
public final class ErrorCodes {
    private ErrorCodes() {}

    /**
     * Reduces an error type as services send it to the bare code: {@code aws.protocoltests.restjson#FooError:http://...}
     * and {@code FooError:http://...} become {@code FooError} (botocore's rule: cut at the first {@code :}, then keep
     * what follows the last {@code #}).
     *
     * @param raw the raw type, may be null
     * @return the code, or null for null/blank input
     */
    public static String sanitize(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.trim();
        int colon = code.indexOf(':');
        if (colon >= 0) {
            code = code.substring(0, colon);
        }
        int hash = code.lastIndexOf('#');
        if (hash >= 0) {
            code = code.substring(hash + 1);
        }
        return code.isEmpty() ? null : code;
    }

    /** Maps a query protocol's {@code Sender}/{@code Receiver} fault type to {@code client}/{@code server}. */
    public static String faultType(String type) {
        if (type == null) {
            return null;
        }
        switch (type.trim().toLowerCase(Locale.ROOT)) {
            case "sender":
            case "client":
                return "client";
            case "receiver":
            case "server":
                return "server";
            default:
                return null;
        }
    }
}
