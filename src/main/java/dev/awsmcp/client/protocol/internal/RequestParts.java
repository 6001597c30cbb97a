package dev.awsmcp.client.protocol.internal;

import dev.awsmcp.client.protocol.SerializedRequest;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A request under construction: the mutable counterpart of {@link SerializedRequest}. */
public final class RequestParts {
    private String method = "POST";
    private String path = "/";
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private byte[] body = new byte[0];
    private String hostPrefix;

    public String method() { return method; }

    public RequestParts method(String m) { this.method = m; return this; }

    public String path() { return path; }

    public RequestParts path(String p) { this.path = p; return this; }

    /** The query parameters (already encoded), mutable. */
    public List<Map.Entry<String, String>> query() { return query; }

    /** Adds an already-encoded query parameter; a null value is a bare flag. */
    public RequestParts addQuery(String encodedName, String encodedValue) {
        query.add(new AbstractMap.SimpleImmutableEntry<>(encodedName, encodedValue));
        return this;
    }

    /** Whether a query parameter of this (encoded) name is present. */
    public boolean hasQuery(String encodedName) {
        return query.stream().anyMatch(e -> e.getKey().equals(encodedName));
    }

    public List<Map.Entry<String, String>> headers() { return headers; }

    /** Adds a header. */
    public RequestParts addHeader(String name, String value) {
        headers.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
        return this;
    }

    /** Replaces every header of this name (case-insensitive) with one value. */
    public RequestParts setHeader(String name, String value) {
        removeHeader(name);
        return addHeader(name, value);
    }

    /** Removes every header of this name (case-insensitive). */
    public void removeHeader(String name) {
        headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
    }

    /** The first value of a header (case-insensitive), or null. */
    public String header(String name) {
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    public byte[] body() { return body; }

    public RequestParts body(byte[] b) { this.body = b == null ? new byte[0] : b; return this; }

    public String hostPrefix() { return hostPrefix; }

    public RequestParts hostPrefix(String p) { this.hostPrefix = p; return this; }

    /** The immutable request. */
    public SerializedRequest build() {
        return new SerializedRequest(method, path, query, headers, body, hostPrefix);
    }
}
