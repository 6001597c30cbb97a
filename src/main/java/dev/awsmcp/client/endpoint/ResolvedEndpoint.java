package dev.awsmcp.client.endpoint;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Where and how to send one request.
 *
 * @param url                   the endpoint URL (scheme, host, optional base path); the request path is appended
 * @param headers               headers the rule set adds
 * @param authScheme            {@code sigv4}, {@code sigv4a}, {@code sigv4-s3express}, {@code bearer} or {@code none}:
 *                              the rule set's first usable auth scheme, else the operation's or service's model
 *                              auth (botocore's order)
 * @param signingName           the SigV4 service name
 * @param signingRegion         the SigV4 region (for sigv4a, the first of the region set)
 * @param signingRegionSet      the SigV4a region set (empty for sigv4)
 * @param disableDoubleEncoding do not double-encode the path when signing (S3)
 * @param disableNormalizePath  do not normalize the path when signing (S3)
 */
public record ResolvedEndpoint(URI url, Map<String, List<String>> headers, String authScheme, String signingName,
                               String signingRegion, List<String> signingRegionSet, boolean disableDoubleEncoding,
                               boolean disableNormalizePath) {
    public ResolvedEndpoint {
        headers = Map.copyOf(headers);
        signingRegionSet = List.copyOf(signingRegionSet);
    }
}
