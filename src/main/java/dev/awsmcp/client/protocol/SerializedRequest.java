package dev.awsmcp.client.protocol;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The protocol-defined parts of an HTTP request, before endpoint resolution and signing.
 *
 * @param method     HTTP method
 * @param path       the encoded path with labels substituted, starting with {@code /} (joined to the endpoint's path)
 * @param query      percent-encoded query parameters in order; an empty value is sent as {@code name=}, a null
 *                   value (a bare flag from the URI template, like S3's {@code ?uploads}) as {@code name} alone
 * @param headers    headers in insertion order; a name may repeat
 * @param body       the body bytes, empty for none
 * @param hostPrefix the expanded host prefix to prepend to the endpoint host, or null
 */
public record SerializedRequest(String method, String path, List<Map.Entry<String, String>> query,
                                List<Map.Entry<String, String>> headers, byte[] body, String hostPrefix) {
    public SerializedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = List.copyOf(query);
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** The first header with this name (case-insensitive), or null. */
    public String header(String name) {
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }
}
