package dev.awsmcp.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.client.auth.CredentialsResolver;
import dev.awsmcp.client.auth.ProfileChoice;
import dev.awsmcp.client.auth.RegionResolver;
import dev.awsmcp.client.auth.RequestSigner;
import dev.awsmcp.client.auth.SigningParams;
import dev.awsmcp.client.endpoint.EndpointResolver;
import dev.awsmcp.client.endpoint.EndpointSettings;
import dev.awsmcp.client.endpoint.ResolvedEndpoint;
import dev.awsmcp.client.http.HttpOptions;
import dev.awsmcp.client.http.HttpTransport;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.client.protocol.SerializedRequest;
import dev.awsmcp.client.retry.Retrier;
import dev.awsmcp.client.retry.RetriesExhausted;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.RoleOptions;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Sends one bound call to AWS and returns the parsed output: region and profile → codec (serialize) → endpoint
 * (rule set) → join → credentials → sign → send → retry → parse. Thread-safe; one instance serves all calls of
 * a facade.
 *
 * <p>Errors are thrown as {@link dev.awsmcp.error.AwsMcpException} subclasses: {@link ServiceCallException}
 * (254), {@link dev.awsmcp.client.auth.CredentialsException} (253),
 * {@link dev.awsmcp.client.http.TransportException} and {@link ClientException} (255).
 */
public final class CallPipeline implements AutoCloseable {
    private static final Set<String> S3_LIKE_SIGNING = Set.of("s3", "s3-object-lambda", "s3-outposts", "s3express");

    /** {@code botocore.auth.SigV4QueryAuth}'s order of the signing parameters, the signature last. */
    private static final List<String> BOTOCORE_AUTH_PARAMS = List.of("X-Amz-Algorithm", "X-Amz-Credential",
            "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders", "X-Amz-Security-Token", "X-Amz-Signature");

    private final ClientConfig config;
    private final Function<ServiceModel, ProtocolCodec> codecs;
    private final EndpointResolver endpoints;
    private final HttpTransport transport;
    private final CredentialsResolver credentials;
    private final RoleSessions roles;
    private final RegionResolver regions;
    private final EndpointSettingsFactory endpointSettings;
    private final RequestSigner signer = new RequestSigner();
    private final Retrier retrier;
    private final UserAgent userAgent;
    private final Cache<String, String> bucketRegions = Caffeine.newBuilder().maximumSize(1_000).build();

    /**
     * @param config    client settings
     * @param codecs    picks the codec of a service (e.g. the protocol registry's {@code codecFor})
     * @param endpoints the endpoint resolver
     * @param transport the HTTP transport (closed with this pipeline)
     */
    public CallPipeline(ClientConfig config, Function<ServiceModel, ProtocolCodec> codecs, EndpointResolver endpoints,
                        HttpTransport transport) {
        this.config = Objects.requireNonNull(config, "config");
        this.codecs = Objects.requireNonNull(codecs, "codecs");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.transport = Objects.requireNonNull(transport, "transport");
        AwsEnvironment env = config.environment();
        this.credentials = new CredentialsResolver(config.credentials(), env);
        this.roles = new RoleSessions(config.clock());
        this.regions = new RegionResolver(config.region(), env);
        this.endpointSettings = new EndpointSettingsFactory(env);
        this.retrier = new Retrier(config.retry(), config.sleeper());
        this.userAgent = new UserAgent(config.userAgentSuffix());
    }

    /**
     * Sends one call with retries.
     *
     * @param call    the bound call
     * @param context client identity, cancellation, outfile
     * @return the parsed output
     * @throws dev.awsmcp.error.AwsMcpException on any failure (see the class documentation)
     */
    public CallResponse call(BoundCall call, CallContext context) {
        ProfileChoice profile = ProfileChoice.resolve(call.options().profile(), config.profile(), config.environment());
        String region = regions.resolve(call.options().region(), profile);
        ProtocolCodec codec = codecs.apply(call.service());
        AwsCredentials identity = anonymous(call) ? null : identity(call.options(), profile, region, context);
        SerializedRequest serialized = toSend(call, codec, region, profile, identity, context);
        PreparedCall prepared = prepare(call, serialized, knownBucketRegion(call, region), profile, context,
                accountId(identity));
        AttemptRunner runner = new AttemptRunner(this, call, codec, identity, httpOptions(call.options()), context);
        try {
            return retrier.run(call.service().name(), n -> runner.attempt(prepared, n), context.cancelled());
        } catch (RetriesExhausted e) {
            throw runner.giveUp(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientException("Cancelled", "The " + call.operation().name() + " call was interrupted.", null, 130, e);
        }
    }

    /**
     * Builds a presigned URL for a call (query-string SigV4), e.g. for {@code aws s3 presign}.
     *
     * @param call      the bound call (usually S3 GetObject)
     * @param expiresIn validity, at most 7 days
     * @return the URL
     * @throws dev.awsmcp.error.AwsMcpException when credentials, endpoint or signing fail
     */
    public URI presign(BoundCall call, Duration expiresIn) {
        checkExpiry(expiresIn);
        ProfileChoice profile = ProfileChoice.resolve(call.options().profile(), config.profile(), config.environment());
        String region = regions.resolve(call.options().region(), profile);
        ProtocolCodec codec = codecs.apply(call.service());
        SerializedRequest serialized = codec.serialize(call.service(), call.operation(), call.params());
        AwsCredentials identity = identity(call.options(), profile, region, CallContext.none());
        PreparedCall prepared = prepare(call, serialized, region, profile, CallContext.none(), accountId(identity));
        SdkHttpRequest signed = signer.presign(prepared.request(), prepared.signing(), identity, config.clock(), expiresIn);
        return signed.getUri();
    }

    /**
     * Presigns a call as botocore's {@code generate_presigned_url} does for a query-protocol service (SigV4
     * {@code v4-query}): a GET whose query string holds the operation's form parameters, signing {@code host} and
     * the given headers (e.g. {@code x-k8s-aws-id} for {@code aws eks get-token}). The headers are not in the URL:
     * whoever uses it must send them. Nothing is sent.
     *
     * @param call      the bound call (a query-protocol operation such as STS GetCallerIdentity)
     * @param headers   extra headers to sign, lower-case names
     * @param expiresIn validity, at most 7 days
     * @param signWith  the credentials to sign with (e.g. from AssumeRole), or null for the profile's
     * @return the URL
     * @throws dev.awsmcp.error.AwsMcpException when credentials, endpoint or signing fail
     */
    public URI presignQuery(BoundCall call, Map<String, String> headers, Duration expiresIn, AwsCredentials signWith) {
        checkExpiry(expiresIn);
        ProfileChoice profile = ProfileChoice.resolve(call.options().profile(), config.profile(), config.environment());
        String region = regions.resolve(call.options().region(), profile);
        SerializedRequest plain = codecs.apply(call.service()).serialize(call.service(), call.operation(), call.params());
        SerializedRequest get = CrossRegionPresignedUrls.asGet(plain, CrossRegionPresignedUrls.parseForm(plain.body()));
        AwsCredentials identity = signWith != null ? signWith : credentials.resolve(profile);
        PreparedCall prepared = prepare(call, get, region, profile, CallContext.none(), accountId(identity));
        return presignPrepared(prepared, headers, identity, expiresIn);
    }

    /** Presigns a prepared GET, signing {@code host} and the given headers only, as botocore does. */
    private URI presignPrepared(PreparedCall prepared, Map<String, String> headers, AwsCredentials identity,
                                Duration expiresIn) {
        // botocore signs only host and what the caller's handlers add: drop the User-Agent and rule-set headers.
        SdkHttpFullRequest.Builder bare = prepared.request().toBuilder().clearHeaders();
        headers.forEach(bare::putHeader);
        return inBotocoreOrder(signer.presign(bare.build(), prepared.signing(), identity, config.clock(), expiresIn));
    }

    /**
     * Presigns a GET of a URL that is no model operation (botocore's {@code generate_db_auth_token}: an RDS or
     * Aurora DSQL login token), with the credentials of the options' profile. Only {@code host} is signed; the
     * payload hash is that of the empty body. Nothing is sent.
     *
     * @param options     the command's global options (the profile)
     * @param url         scheme, host, port and path, e.g. {@code https://db.example.com:5432/}
     * @param query       the query parameters, not encoded, in order
     * @param signingName the SigV4 service name, e.g. {@code rds-db}
     * @param region      the SigV4 region
     * @param expiresIn   validity, at most 7 days
     * @return the URL
     * @throws dev.awsmcp.error.AwsMcpException when credentials or signing fail
     */
    public URI presignUrl(GlobalOptions options, URI url, Map<String, String> query, String signingName,
                          String region, Duration expiresIn) {
        checkExpiry(expiresIn);
        ProfileChoice profile = ProfileChoice.resolve(options.profile(), config.profile(), config.environment());
        AwsCredentials identity = credentials.resolve(profile);
        SdkHttpFullRequest.Builder b = SdkHttpFullRequest.builder().method(SdkHttpMethod.GET)
                .uri(url);
        query.forEach(b::appendRawQueryParameter);
        SigningParams p = new SigningParams("sigv4", signingName, region, List.of(), true, true, false, false);
        return inBotocoreOrder(signer.presign(b.build(), p, identity, config.clock(), expiresIn));
    }

    /**
     * The URL with its query in botocore's order: the operation's parameters, then the signing parameters as
     * {@code SigV4QueryAuth} writes them. The signature is the same either way (SigV4 sorts the query), but a token
     * such as {@code aws eks get-token}'s is the URL itself, and this way it is byte for byte the CLI's.
     */
    private static URI inBotocoreOrder(SdkHttpRequest signed) {
        Map<String, List<String>> params = signed.rawQueryParameters();
        SdkHttpRequest.Builder b = signed.toBuilder().clearQueryParameters();
        params.forEach((k, v) -> {
            if (!BOTOCORE_AUTH_PARAMS.contains(k)) {
                b.putRawQueryParameter(k, v);
            }
        });
        for (String k : BOTOCORE_AUTH_PARAMS) {
            if (params.containsKey(k)) {
                b.putRawQueryParameter(k, params.get(k));
            }
        }
        return b.build().getUri();
    }

    private static void checkExpiry(Duration expiresIn) {
        if (expiresIn.isNegative() || expiresIn.isZero() || expiresIn.compareTo(Duration.ofDays(7)) > 0) {
            throw new ClientException("InvalidExpiry", "A presigned URL must expire within 1 second to 7 days, not "
                    + expiresIn.getSeconds() + " seconds.", "Pass --expires-in between 1 and 604800.", 252, null);
        }
    }

    /**
     * The profile and region a call would use (for audit records and messages), without sending anything.
     *
     * @param options the command's global options
     * @return the profile name and region
     */
    public CallTarget target(GlobalOptions options) {
        ProfileChoice profile = ProfileChoice.resolve(options.profile(), config.profile(), config.environment());
        return new CallTarget(profile.name(), regions.resolve(options.region(), profile));
    }

    /**
     * The credentials a call signs with: the profile's, or with {@code --role-arn} a session of that role assumed
     * from them (cached until shortly before it expires). The AssumeRole goes to STS in the call's region through
     * this pipeline (endpoint rules, retries), signed with the base credentials.
     */
    private AwsCredentials identity(GlobalOptions options, ProfileChoice profile, String region, CallContext context) {
        if (context != null && context.signWith() != null) {
            return context.signWith();
        }
        AwsCredentials base = credentials.resolve(profile);
        RoleOptions role = options.role();
        if (role == null) {
            return base;
        }
        GlobalOptions sts = new GlobalOptions(region, options.profile(), null, null, null, true, null, null, null,
                options.readTimeoutSeconds(), options.connectTimeoutSeconds(), null, false, options.noVerifySsl(),
                options.caBundle(), false, options.cliBinaryFormat());
        return roles.credentials(role, base, params -> {
            ServiceModel model = ServiceCatalog.bundled().model("sts").orElseThrow();
            BoundCall assume = new BoundCall(model, model.operation("AssumeRole").orElseThrow(), params, sts,
                    "aws sts assume-role (for --role-arn " + role.roleArn() + ")");
            try {
                return call(assume, context == null ? CallContext.none() : context).output();
            } catch (ServiceCallException e) {
                // The command itself was not sent: say which role failed and what to check.
                throw new ServiceCallException(e.error(), "AssumeRole", e.retries(), false, "The command's "
                        + "credentials could not assume " + role.roleArn() + ", so the command was not sent. Check that "
                        + "the role's trust policy allows them" + (role.externalId() == null ? "" : " with this "
                        + "--external-id") + ", and that no SCP denies sts:AssumeRole.");
            }
        }, context == null ? CallContext.none().mfaCode() : context.mfaCode());
    }

    /**
     * The access key id of the credentials a call with these options signs with, for the caller-identity cache
     * key. Cheap right after such a call (the providers keep the credentials they resolved); never call it for a
     * command that resolved no credentials, as a first resolution may be slow (instance metadata, SSO).
     *
     * @param options the command's global options
     * @return the access key id, or null when the credentials cannot be resolved
     */
    public String accessKeyId(GlobalOptions options) {
        ProfileChoice profile = ProfileChoice.resolve(options.profile(), config.profile(), config.environment());
        try {
            return credentials.resolve(profile).accessKeyId();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The codec that speaks a service's protocol. */
    public ProtocolCodec codec(ServiceModel service) {
        return codecs.apply(service);
    }

    /**
     * The serialized request {@link #call} would send, without sending it (for tests: the presigned URL a copy
     * call gets when no endpoint override is given).
     */
    SerializedRequest requestToSend(BoundCall call) {
        ProfileChoice profile = ProfileChoice.resolve(call.options().profile(), config.profile(), config.environment());
        String region = regions.resolve(call.options().region(), profile);
        AwsCredentials identity = anonymous(call) ? null : identity(call.options(), profile, region, CallContext.none());
        return toSend(call, codecs.apply(call.service()), region, profile, identity, CallContext.none());
    }

    /**
     * The serialized request, with the cross-region presigned URL botocore adds (EC2 CopySnapshot, RDS-style
     * copies) in before-call handlers, after serializing and before signing; so do we, from the form body.
     */
    private SerializedRequest toSend(BoundCall call, ProtocolCodec codec, String region, ProfileChoice profile,
                                     AwsCredentials identity, CallContext context) {
        SerializedRequest serialized = codec.serialize(call.service(), call.operation(), call.params());
        return CrossRegionPresignedUrls.inject(call.service().name(), call.operation().name(), serialized, region,
                (get, source) -> presignedUrl(call, get, source, profile, identity, context));
    }

    /**
     * A GET presigned for the source region, at the source region's endpoint from the rule set (botocore
     * string-replaces the region in the URL; an {@code --endpoint-url} override stays as it is either way).
     */
    private String presignedUrl(BoundCall call, SerializedRequest get, String sourceRegion, ProfileChoice profile,
                                AwsCredentials identity, CallContext context) {
        PreparedCall prepared = prepare(call, get, sourceRegion, profile, context, accountId(identity));
        if (identity == null || "none".equals(prepared.signing().scheme())) {
            // botocore leaves an unsigned request as it is: the parameters stay in the body, the URL is bare.
            return prepared.request().toBuilder().clearHeaders().clearQueryParameters().build().getUri().toString();
        }
        return presignPrepared(prepared, Map.of(), identity, CrossRegionPresignedUrls.EXPIRY).toString();
    }

    /**
     * Gets ready to send a call without sending it or touching credentials: resolves its endpoint (parsing the
     * service's rule set), serializes its request and sets up the HTTP client for its options. A server runs this
     * for the services agents use most while the client is busy, so that their first call does not pay for it.
     *
     * @param call the bound call
     * @throws dev.awsmcp.error.AwsMcpException when the endpoint or the request cannot be built
     */
    public void warmUp(BoundCall call) {
        ProfileChoice profile = ProfileChoice.resolve(call.options().profile(), config.profile(), config.environment());
        resolveEndpoint(call, regions.resolve(call.options().region(), profile), profile, null);
        codecs.apply(call.service()).serialize(call.service(), call.operation(), call.params());
        transport.prepare(httpOptions(call.options()));
    }

    /**
     * The endpoint a call would be sent to (endpoint rules, {@code --endpoint-url}, {@code AWS_ENDPOINT_URL_*},
     * profile settings), without signing or sending anything.
     *
     * @param call the bound call
     * @return the endpoint URL
     * @throws dev.awsmcp.error.AwsMcpException when no endpoint can be resolved
     */
    public URI endpoint(BoundCall call) {
        ProfileChoice profile = ProfileChoice.resolve(call.options().profile(), config.profile(), config.environment());
        return resolveEndpoint(call, regions.resolve(call.options().region(), profile), profile, null).url();
    }

    private ResolvedEndpoint resolveEndpoint(BoundCall call, String region, ProfileChoice profile, String accountId) {
        EndpointSettings settings = endpointSettings.settings(call.service(), region, call.options().endpointUrl(),
                profile, accountId);
        return endpoints.resolve(call.service(), call.operation(), call.params(), settings);
    }

    PreparedCall prepare(BoundCall call, SerializedRequest serialized, String region, ProfileChoice profile,
                         CallContext context, String accountId) {
        ServiceModel service = call.service();
        Operation op = call.operation();
        ResolvedEndpoint ep = resolveEndpoint(call, region, profile, accountId);
        SdkHttpFullRequest request = RequestAssembler.assemble(service, op, serialized, ep,
                userAgent.header(context.clientName(), context.clientVersion()));
        return new PreparedCall(serialized, ep, request, signingParams(service, op, ep, region), region, profile,
                accountId);
    }

    private static String accountId(AwsCredentials identity) {
        return identity == null ? null : identity.accountId().orElse(null);
    }

    private static SigningParams signingParams(ServiceModel service, Operation op, ResolvedEndpoint ep, String region) {
        String name = ep.signingName() != null ? ep.signingName()
                : service.metadata().signingName() != null ? service.metadata().signingName()
                : service.metadata().endpointPrefix();
        String signingRegion = ep.signingRegion() != null ? ep.signingRegion() : region;
        boolean s3Like = S3_LIKE_SIGNING.contains(name) || "s3".equals(service.name()) || "s3control".equals(service.name());
        boolean unsigned = op.unsignedPayload() || "v4-unsigned-body".equals(op.authType());
        String scheme = ep.authScheme() == null ? "sigv4" : ep.authScheme();
        if ("none".equals(op.authType()) || op.auth().contains("smithy.api#noAuth") && op.auth().size() == 1) {
            scheme = "none";
        }
        return new SigningParams(scheme, name, signingRegion, ep.signingRegionSet(), !ep.disableDoubleEncoding(),
                !ep.disableNormalizePath(), unsigned, s3Like);
    }

    private static boolean anonymous(BoundCall call) {
        Operation op = call.operation();
        return call.options().noSignRequest() || "none".equals(op.authType())
                || op.auth().size() == 1 && op.auth().contains("smithy.api#noAuth");
    }

    private HttpOptions httpOptions(GlobalOptions o) {
        Duration connect = o.connectTimeoutSeconds() == null ? config.http().connectTimeout()
                : Duration.ofSeconds(Math.max(0, o.connectTimeoutSeconds()));
        Duration read = o.readTimeoutSeconds() == null ? config.http().readTimeout()
                : Duration.ofSeconds(Math.max(0, o.readTimeoutSeconds()));
        return new HttpOptions(connect, read, !o.noVerifySsl(), o.caBundle() == null ? null : Path.of(o.caBundle()));
    }

    /** S3 calls for a bucket we were redirected for before go straight to the bucket's region (botocore's cache). */
    private String knownBucketRegion(BoundCall call, String region) {
        if (!"s3".equals(call.service().name())) {
            return region;
        }
        String bucket = call.params().path("Bucket").asText(null);
        String cached = bucket == null ? null : bucketRegions.getIfPresent(bucket);
        return cached != null ? cached : region;
    }

    void rememberBucketRegion(String bucket, String region) {
        bucketRegions.put(bucket, region);
    }

    ClientConfig config() {
        return config;
    }

    HttpTransport transport() {
        return transport;
    }

    RequestSigner signer() {
        return signer;
    }

    CredentialsResolver credentials() {
        return credentials;
    }

    Retrier retrier() {
        return retrier;
    }

    @Override
    public void close() {
        transport.close();
        credentials.close();
        retrier.close();
    }
}
