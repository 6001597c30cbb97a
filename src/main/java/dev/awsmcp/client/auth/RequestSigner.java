package dev.awsmcp.client.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4aHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.RegionSet;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Signs requests with the SDK's public signers: {@code AwsV4HttpSigner} (header or query-string/presigned), and
 * {@code AwsV4aHttpSigner} when the CRT-based implementation is on the class path. Thread-safe.
 */
public final class RequestSigner {
    private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    private static final String CONTENT_SHA256 = "x-amz-content-sha256";

    private final AwsV4HttpSigner v4 = AwsV4HttpSigner.create();
    private volatile HttpSigner<AwsCredentialsIdentity> v4a;

    /**
     * Signs a request in its headers.
     *
     * @param request     the request with body (content stream provider) set
     * @param body        the body bytes (for the payload hash)
     * @param params      scheme, name, region, S3 flags
     * @param credentials the identity; null sends the request unsigned ({@code --no-sign-request})
     * @param clock       the signing time (skew-corrected)
     * @return the signed request
     * @throws SigningException for an unsupported scheme
     */
    public SdkHttpFullRequest sign(SdkHttpFullRequest request, byte[] body, SigningParams params,
                                   AwsCredentialsIdentity credentials, Clock clock) {
        if (credentials == null || "none".equals(params.scheme())) {
            return request;
        }
        SdkHttpFullRequest.Builder b = request.toBuilder();
        if (params.contentSha256Header()) {
            b.putHeader(CONTENT_SHA256, params.unsignedPayload() ? UNSIGNED_PAYLOAD : sha256Hex(body));
        }
        SdkHttpFullRequest prepared = b.build();
        SignedRequest signed = signer(params).sign(signRequest(prepared, body, params, credentials, clock)
                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, !params.unsignedPayload())
                .build());
        return toFullRequest(signed.request(), prepared.contentStreamProvider().orElse(null));
    }

    /**
     * Presigns a request: the signature goes into the query string (for {@code aws s3 presign} and cross-region
     * presigned URLs). S3-like services sign {@code UNSIGNED-PAYLOAD} (botocore's {@code s3v4-query}); others the
     * hash of the empty body (botocore's {@code v4-query}), which the SDK would otherwise do over http only.
     *
     * @param request     the request (no body)
     * @param params      scheme, name, region, S3 flags
     * @param credentials the identity
     * @param clock       the signing time
     * @param expiresIn   how long the URL stays valid (at most 7 days)
     * @return the presigned request; its URI is the URL to hand out
     */
    public SdkHttpRequest presign(SdkHttpFullRequest request, SigningParams params, AwsCredentialsIdentity credentials,
                                  Clock clock, Duration expiresIn) {
        SignedRequest signed = signer(params).sign(signRequest(request, new byte[0], params, credentials, clock)
                .putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, expiresIn)
                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, !params.contentSha256Header())
                .build());
        return signed.request();
    }

    private SignRequest.Builder<AwsCredentialsIdentity> signRequest(SdkHttpFullRequest request, byte[] body,
                                                                   SigningParams params,
                                                                   AwsCredentialsIdentity credentials, Clock clock) {
        SignRequest.Builder<AwsCredentialsIdentity> r = SignRequest.builder(credentials)
                .request(request)
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, params.signingName())
                .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, params.doubleUrlEncode())
                .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, params.normalizePath())
                .putProperty(HttpSigner.SIGNING_CLOCK, clock);
        if ("sigv4a".equals(params.scheme())) {
            r.putProperty(AwsV4aHttpSigner.REGION_SET, RegionSet.create(params.regionSet().isEmpty()
                    ? java.util.List.of(params.signingRegion()) : params.regionSet()));
        } else {
            r.putProperty(AwsV4HttpSigner.REGION_NAME, params.signingRegion());
        }
        return r;
    }

    private HttpSigner<AwsCredentialsIdentity> signer(SigningParams params) {
        String scheme = params.scheme() == null ? "sigv4" : params.scheme();
        switch (scheme) {
            case "sigv4":
                return v4;
            case "sigv4a":
                return v4a();
            case "sigv4-s3express":
                throw new SigningException("S3 Express One Zone directory buckets need session credentials from "
                        + "CreateSession, which this client does not fetch.", "Use a general purpose bucket.");
            default:
                throw new SigningException("The endpoint asks for the signing scheme '" + scheme
                        + "', which this client does not support.", null);
        }
    }

    private HttpSigner<AwsCredentialsIdentity> v4a() {
        HttpSigner<AwsCredentialsIdentity> s = v4a;
        if (s == null) {
            try {
                s = AwsV4aHttpSigner.create();
            } catch (RuntimeException | LinkageError missingCrt) {
                throw new SigningException("This call needs SigV4a signing (multi-region endpoints), which requires "
                        + "the AWS CRT library (software.amazon.awssdk.crt:aws-crt) on the class path.",
                        "Call a regional endpoint instead (e.g. a regional access point or bucket), or add aws-crt.");
            }
            v4a = s;
        }
        return s;
    }

    private static SdkHttpFullRequest toFullRequest(SdkHttpRequest signed, ContentStreamProvider body) {
        SdkHttpFullRequest.Builder b = SdkHttpFullRequest.builder()
                .method(signed.method())
                .protocol(signed.protocol())
                .host(signed.host())
                .port(signed.port())
                .encodedPath(signed.encodedPath())
                .rawQueryParameters(signed.rawQueryParameters())
                .headers(signed.headers());
        if (body != null) {
            b.contentStreamProvider(body);
        }
        return b.build();
    }

    /** Hex SHA-256 of the body, the payload hash SigV4 signs. */
    public static String sha256Hex(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            StringBuilder sb = new StringBuilder(64);
            for (byte x : d) {
                sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
