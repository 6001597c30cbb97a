package dev.awsmcp.client.protocol;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP response as the transport received it.
 *
 * @param status  the status code
 * @param headers headers, keys case-insensitive
 * @param body    the body bytes (empty for none; for a streaming payload the transport may hand the stream to
 *                the caller and pass an empty body here)
 */
public record RawResponse(int status, Map<String, List<String>> headers, byte[] body) {
    public RawResponse {
        TreeMap<String, List<String>> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> ci.put(k, List.copyOf(v)));
        headers = java.util.Collections.unmodifiableMap(ci);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header (case-insensitive), or null. */
    public String header(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
