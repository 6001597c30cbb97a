package dev.awsmcp.client;

import dev.awsmcp.client.auth.ProfileChoice;
import dev.awsmcp.client.auth.SigningParams;
import dev.awsmcp.client.endpoint.ResolvedEndpoint;
import dev.awsmcp.client.protocol.SerializedRequest;
import software.amazon.awssdk.http.SdkHttpFullRequest;

/**
 * One call ready to sign and send: the joined HTTP request and how to sign it.
 *
 * @param serialized the codec's request
 * @param endpoint   the resolved endpoint
 * @param request    the unsigned HTTP request
 * @param signing    signing parameters
 * @param region     the client region the endpoint was resolved for
 * @param profile    the profile
 * @param accountId  the account id of the credentials (for account-based endpoints), or null
 */
record PreparedCall(SerializedRequest serialized, ResolvedEndpoint endpoint, SdkHttpFullRequest request,
                    SigningParams signing, String region, ProfileChoice profile, String accountId) {

    /** The URL for error messages: scheme, host, port and path, never the query string. */
    String displayUrl() {
        SdkHttpFullRequest r = request;
        int port = r.port();
        boolean defaultPort = port == -1 || ("https".equals(r.protocol()) && port == 443)
                || ("http".equals(r.protocol()) && port == 80);
        return r.protocol() + "://" + r.host() + (defaultPort ? "" : ":" + port) + r.encodedPath();
    }
}
