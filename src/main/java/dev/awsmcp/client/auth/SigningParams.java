package dev.awsmcp.client.auth;

import java.util.List;

/**
 * How to sign one request, from the resolved endpoint and the operation.
 *
 * @param scheme                {@code sigv4}, {@code sigv4a}, {@code sigv4-s3express} or {@code none}
 * @param signingName           the service signing name
 * @param signingRegion         the SigV4 region
 * @param regionSet             the SigV4a region set (empty for SigV4)
 * @param doubleUrlEncode       false for S3
 * @param normalizePath         false for S3
 * @param unsignedPayload       sign with {@code UNSIGNED-PAYLOAD}
 * @param contentSha256Header   send {@code x-amz-content-sha256} (S3 and S3-like services require it)
 */
public record SigningParams(String scheme, String signingName, String signingRegion, List<String> regionSet,
                            boolean doubleUrlEncode, boolean normalizePath, boolean unsignedPayload,
                            boolean contentSha256Header) {
    public SigningParams {
        regionSet = List.copyOf(regionSet);
    }
}
