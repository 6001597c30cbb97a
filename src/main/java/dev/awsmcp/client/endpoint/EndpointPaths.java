package dev.awsmcp.client.endpoint;

import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * How a resolved endpoint combines with an operation's request URI and host prefix, as botocore does it.
 *
 * <ul>
 *   <li>S3: the rule set always places the bucket itself (in the host when virtual-hosted, as the URL path when
 *       path-style, as an access-point host for ARNs), so the model's leading {@code /{Bucket}} is dropped from
 *       every S3 request URI ({@code handlers.remove_bucket_from_url_paths_from_model}).</li>
 *   <li>The rule set already puts the account id in the host for operations with the static parameter
 *       {@code RequiresAccountId}, so their {@code {AccountId}.} host prefix is not applied again
 *       ({@code handlers.remove_accid_host_prefix_from_model}).</li>
 *   <li>{@link #join} appends a request path to the endpoint URL ({@code awsrequest._urljoin}).</li>
 * </ul>
 */
public final class EndpointPaths {
    private static final String BUCKET_LABEL = "/{Bucket}";

    private EndpointPaths() {}

    /**
     * Whether the {@code /{Bucket}} segment must be dropped from the operation's request URI because the endpoint
     * carries the bucket.
     *
     * @param service   the service model
     * @param operation the operation
     * @return true for S3 operations whose request URI starts with {@code /{Bucket}}
     */
    public static boolean stripsBucket(ServiceModel service, Operation operation) {
        return "s3".equals(service.metadata().endpointPrefix())
                && startsWithBucketLabel(operation.http().requestUri());
    }

    /**
     * The request URI template to serialize against the resolved endpoint.
     *
     * @param service   the service model
     * @param operation the operation
     * @return the model's request URI, without a leading {@code /{Bucket}} for S3 (so {@code /{Bucket}/{Key+}}
     *         becomes {@code /{Key+}}, {@code /{Bucket}?acl} becomes {@code ?acl})
     */
    public static String requestUri(ServiceModel service, Operation operation) {
        String uri = operation.http().requestUri();
        return stripsBucket(service, operation) ? uri.substring(BUCKET_LABEL.length()) : uri;
    }

    /**
     * Whether the operation's {@code hostPrefix} must still be applied to the resolved host.
     *
     * @param operation the operation
     * @return false when there is no host prefix, or when it is {@code {AccountId}.} and the operation sets
     *         {@code RequiresAccountId} (the rule set already added the account id)
     */
    public static boolean appliesHostPrefix(Operation operation) {
        String prefix = operation.hostPrefix();
        if (prefix == null || prefix.isEmpty()) {
            return false;
        }
        boolean requiresAccountId = operation.staticContextParams().containsKey("RequiresAccountId")
                && operation.staticContextParams().get("RequiresAccountId").asBoolean(false);
        return !(prefix.equals("{AccountId}.") && requiresAccountId);
    }

    /**
     * Appends a serialized request path to the endpoint URL, botocore's {@code _urljoin}: an empty path keeps the
     * endpoint's path (or {@code /}); otherwise the endpoint path and the request path are concatenated without a
     * doubled slash. The host prefix, already expanded, goes in front of the host.
     *
     * @param endpoint   the resolved endpoint URL (may carry a base path such as {@code /mybucket})
     * @param path       the serialized, percent-encoded request path (no query), may be empty
     * @param hostPrefix the expanded host prefix (e.g. {@code 123456789012.}), or null
     * @return the request URL without query
     * @throws IllegalArgumentException when the result is not a valid URI
     */
    public static URI join(URI endpoint, String path, String hostPrefix) {
        String base = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        String newPath;
        if (path == null || path.isEmpty() || path.equals("/")) {
            newPath = base.isEmpty() ? "/" : base;
        } else if (base.endsWith("/") && path.startsWith("/")) {
            newPath = base.substring(0, base.length() - 1) + path;
        } else {
            newPath = base + path;
        }
        String authority = endpoint.getRawAuthority();
        if (hostPrefix != null && !hostPrefix.isEmpty()) {
            authority = hostPrefix + authority;
        }
        try {
            return new URI(endpoint.getScheme() + "://" + authority + newPath);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot join endpoint " + endpoint + " and path " + path, e);
        }
    }

    private static boolean startsWithBucketLabel(String uri) {
        return uri.startsWith(BUCKET_LABEL)
                && (uri.length() == BUCKET_LABEL.length() || "/?".indexOf(uri.charAt(BUCKET_LABEL.length())) >= 0);
    }
}
