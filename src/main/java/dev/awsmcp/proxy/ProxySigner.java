package dev.awsmcp.proxy;

import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.client.auth.CredentialsException;
import dev.awsmcp.client.auth.CredentialsResolver;
import dev.awsmcp.client.auth.ProfileChoice;
import dev.awsmcp.client.auth.RequestSigner;
import dev.awsmcp.client.auth.SigningParams;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;

/**
 * Signs each proxied HTTP request with SigV4 using the client's {@link RequestSigner} and
 * {@link CredentialsResolver}. Credentials are resolved for every request (the SDK providers cache and refresh
 * them, and re-read the profile files when they change), so a refreshed SSO token, {@code aws login} session or
 * rotated key is used on the next call without a restart.
 */
public final class ProxySigner implements AutoCloseable {
    private final CredentialsResolver credentials;
    private final AwsEnvironment env;
    private final RequestSigner signer = new RequestSigner();
    private final Clock clock;

    /**
     * @param override a provider that replaces the lookup (tests, embedding programs), or null
     * @param env      environment and profile files
     * @param clock    the signing clock
     */
    public ProxySigner(AwsCredentialsProvider override, AwsEnvironment env, Clock clock) {
        this.env = env;
        this.credentials = new CredentialsResolver(override, env);
        this.clock = clock;
    }

    /**
     * The headers that sign one request.
     *
     * @param target  the remote (signing name, region, profile)
     * @param method  the HTTP method
     * @param uri     the full request URI
     * @param headers the headers that are sent and signed (content-type, accept, session id, ...)
     * @param body    the body
     * @return the headers to send: the given ones plus {@code Authorization}, {@code X-Amz-Date} and, for
     *         temporary credentials, {@code X-Amz-Security-Token}
     * @throws ProxyException when no credentials can be loaded; its hint says what to run
     */
    public Map<String, String> sign(RemoteTarget target, String method, URI uri, Map<String, String> headers, byte[] body) {
        AwsCredentials creds;
        try {
            creds = credentials.resolve(ProfileChoice.resolve(target.profile(), null, env));
        } catch (CredentialsException e) {
            throw new ProxyException("CredentialsUnavailable", "The request to " + target.describe()
                    + " could not be signed: " + e.getMessage(), e.hint(), null);
        }
        SdkHttpFullRequest.Builder b = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.fromValue(method))
                .uri(uri);
        headers.forEach(b::putHeader);
        if (body.length > 0) {
            b.contentStreamProvider(() -> new java.io.ByteArrayInputStream(body));
        }
        SigningParams params = new SigningParams("sigv4", target.service(), target.region(), List.of(),
                true, true, false, false);
        SdkHttpFullRequest signed = signer.sign(b.build(), body, params, creds, clock);
        Map<String, String> out = new LinkedHashMap<>();
        signed.headers().forEach((k, v) -> {
            if (!k.equalsIgnoreCase("Host") && !v.isEmpty()) {
                out.put(k, v.get(0));
            }
        });
        return out;
    }

    @Override
    public void close() {
        credentials.close();
    }
}
