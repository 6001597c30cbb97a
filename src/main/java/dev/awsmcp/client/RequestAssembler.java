package dev.awsmcp.client;

import dev.awsmcp.client.endpoint.EndpointPaths;
import dev.awsmcp.client.endpoint.ResolvedEndpoint;
import dev.awsmcp.client.protocol.SerializedRequest;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;

/**
 * Joins a resolved endpoint and a serialized request into one HTTP request, the way botocore does
 * ({@code awsrequest._urljoin}): the endpoint's base path plus the request path, the host prefix in front of the
 * host (unless the rule set already put the account id there, or the host is an IP address or localhost), the rule
 * set's headers, and for S3 the {@code /{Bucket}} path part removed because the rule set already put the bucket
 * into the endpoint (virtual-hosted host or path-style path); see {@link EndpointPaths}.
 */
final class RequestAssembler {
    private RequestAssembler() {}

    static SdkHttpFullRequest assemble(ServiceModel service, Operation op, SerializedRequest req, ResolvedEndpoint ep,
                                       String userAgent) {
        URI base = ep.url();
        String path = EndpointPaths.stripsBucket(service, op) ? stripFirstSegment(req.path()) : req.path();
        String host = base.getHost();
        if (host == null) {
            // e.g. the S3 Control rules put the account id before an IP-address endpoint: 123456789012.127.0.0.1
            throw new ClientException("InvalidEndpoint", "The endpoint " + base + " has no valid host name.",
                    "Operations that put the account id into the host name (S3 Control) need an --endpoint-url with "
                            + "a host name, not an IP address.", 255, null);
        }
        if (req.hostPrefix() != null && !req.hostPrefix().isEmpty() && EndpointPaths.appliesHostPrefix(op)
                && !isLocal(host)) {
            host = req.hostPrefix() + host;
        }
        SdkHttpFullRequest.Builder b = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.fromValue(req.method()))
                .protocol(base.getScheme())
                .host(host)
                .port(base.getPort() == -1 ? null : base.getPort())
                .encodedPath(joinPath(base.getRawPath(), path));
        for (Map.Entry<String, String> q : req.query()) {
            // A null value is a bare flag such as S3's ?uploads; the SDK then writes the name alone.
            b.appendRawQueryParameter(decode(q.getKey()), q.getValue() == null ? null : decode(q.getValue()));
        }
        ep.headers().forEach((name, values) -> values.forEach(v -> b.appendHeader(name, v)));
        for (Map.Entry<String, String> h : req.headers()) {
            b.appendHeader(h.getKey(), h.getValue());
        }
        b.putHeader("User-Agent", userAgent);
        byte[] body = req.body();
        String method = req.method();
        if (body.length > 0 || method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            b.putHeader("Content-Length", Integer.toString(body.length));
            b.contentStreamProvider(ContentStreamProvider.fromByteArrayUnsafe(body));
        }
        return b.build();
    }

    static String stripFirstSegment(String path) {
        if (!path.startsWith("/")) {
            return path;
        }
        int next = path.indexOf('/', 1);
        return next < 0 ? "/" : path.substring(next);
    }

    /** botocore's {@code _urljoin} for the path part. */
    static String joinPath(String basePath, String requestPath) {
        String base = basePath == null ? "" : basePath;
        if (requestPath == null || requestPath.isEmpty() || requestPath.equals("/")) {
            return base.isEmpty() ? "/" : base;
        }
        if (base.endsWith("/") && requestPath.startsWith("/")) {
            return base.substring(0, base.length() - 1) + requestPath;
        }
        return base + requestPath;
    }

    /** Host prefixes ({@code data-}, {@code {AccountId}.}) make no sense in front of an IP address or localhost. */
    static boolean isLocal(String host) {
        return host == null || host.equals("localhost") || host.startsWith("[") || host.indexOf(':') >= 0
                || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    /** Percent-decoding only ({@code +} stays {@code +}); the SDK encodes again in its canonical form. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
                i += Character.charCount(cp);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
