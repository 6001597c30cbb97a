package dev.awsmcp;

import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.client.endpoint.EndpointResolver;
import dev.awsmcp.client.http.HttpSettings;
import dev.awsmcp.client.http.HttpTransport;
import dev.awsmcp.client.paginate.PaginationLimits;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.client.retry.RetrySettings;
import dev.awsmcp.client.retry.Sleeper;
import dev.awsmcp.audit.CallerIdentityCache;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.engine.CommandSource;
import dev.awsmcp.engine.Engine;
import dev.awsmcp.engine.EngineConfig;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.output.OutputFormatter;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Builds an {@link AwsMcp}. Setters validate at once; {@link #build()} wires the pipeline. Not thread-safe.
 *
 * <pre>{@code
 * AwsMcp aws = AwsMcp.builder()
 *         .region("eu-west-1")
 *         .connectTimeout(Duration.ofSeconds(5))
 *         .maxPages(20)
 *         .callGate(myPolicy)
 *         .auditSink(myAudit)
 *         .build();
 * }</pre>
 */
public final class AwsMcpBuilder {
    private static final Set<String> FORMATS = Set.of("json", "yaml", "yaml-stream", "text", "table");

    String region;
    String profile;
    AwsCredentialsProvider credentials;
    Duration connectTimeout = HttpSettings.DEFAULTS.connectTimeout();
    Duration readTimeout = HttpSettings.DEFAULTS.readTimeout();
    int maxConnections = HttpSettings.DEFAULTS.maxConnections();
    int maxAttempts = RetrySettings.STANDARD.maxAttempts();
    int maxPages = PaginationLimits.DEFAULTS.maxPages();
    int maxItems = PaginationLimits.DEFAULTS.maxItems();
    Duration waiterTimeout = Duration.ofMinutes(10);
    String userAgentSuffix;
    String output;
    ServiceCatalog catalog;
    CallGate gate = CallGate.ALLOW_ALL;
    PolicyEngine policy;
    CallerIdentityCache identities;
    AuditSink audit = AuditSink.NONE;
    FileReader fileReader;
    CustomizationRegistry customizations;

    // Stage wiring; package-private so tests can substitute fakes.
    CommandSource commandSource;
    Function<ServiceModel, ProtocolCodec> codecs;
    EndpointResolver endpoints;
    OutputFormatter formatter;
    String timestamps = "iso8601";
    HttpTransport transport;
    AwsEnvironment environment;
    Sleeper sleeper = Sleeper.SYSTEM;
    Clock clock = Clock.systemUTC();
    ZoneId zone = ZoneId.systemDefault();

    AwsMcpBuilder() {}

    /**
     * How output prints timestamps when the profile sets no {@code cli_timestamp_format}: {@code iso8601} (the
     * default, as AWS CLI v2: {@code 2026-12-07T15:59:13+00:00}), or {@code wire} (also spelled {@code none}: as the
     * service sent them, as AWS CLI v1 does; {@code aws-mcp run} uses it). A profile's setting wins.
     *
     * @param format iso8601, wire or none
     * @return this builder
     * @throws dev.awsmcp.output.OutputException for any other value
     */
    public AwsMcpBuilder timestampFormat(String format) {
        dev.awsmcp.output.TimestampFormat.fromConfig(format);
        this.timestamps = format;
        return this;
    }

    /**
     * The default region when a command has no {@code --region} (before {@code AWS_REGION}, the profile, and
     * {@code us-east-1}).
     *
     * @param region e.g. {@code eu-west-1}
     * @return this builder
     * @throws IllegalArgumentException when blank or not region-shaped
     */
    public AwsMcpBuilder region(String region) {
        if (region == null || !region.matches("[a-z0-9-]{2,40}")) {
            throw new IllegalArgumentException("region must look like eu-west-1, was '" + region + "'");
        }
        this.region = region;
        return this;
    }

    /**
     * The default profile when a command has no {@code --profile} (before {@code AWS_PROFILE}). Like
     * {@code --profile}, it disables credentials from environment variables.
     *
     * @param profile a profile name from {@code ~/.aws/config}
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public AwsMcpBuilder profile(String profile) {
        if (profile == null || profile.isBlank()) {
            throw new IllegalArgumentException("profile must not be blank");
        }
        this.profile = profile;
        return this;
    }

    /**
     * Replaces all credential lookup (environment, profiles, SSO, instance metadata) with this provider, for every
     * command, whatever its {@code --profile}.
     *
     * @param provider e.g. {@code StaticCredentialsProvider.create(...)}
     * @return this builder
     * @throws NullPointerException when null
     */
    public AwsMcpBuilder credentialsProvider(AwsCredentialsProvider provider) {
        this.credentials = Objects.requireNonNull(provider, "provider");
        return this;
    }

    /**
     * Time to open a connection, unless a command says {@code --cli-connect-timeout}. Default 10 s.
     *
     * @param timeout zero for no limit
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public AwsMcpBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = nonNegative(timeout, "connectTimeout");
        return this;
    }

    /**
     * Time to wait for data, unless a command says {@code --cli-read-timeout}. Default 60 s.
     *
     * @param timeout zero for no limit
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public AwsMcpBuilder readTimeout(Duration timeout) {
        this.readTimeout = nonNegative(timeout, "readTimeout");
        return this;
    }

    /**
     * Pooled HTTP connections. Default 50.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public AwsMcpBuilder maxConnections(int max) {
        this.maxConnections = atLeastOne(max, "maxConnections");
        return this;
    }

    /**
     * Attempts per API call including the first (the CLI's standard retry mode uses 3).
     *
     * @param attempts at least 1 (1 disables retries)
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public AwsMcpBuilder maxAttempts(int attempts) {
        this.maxAttempts = atLeastOne(attempts, "maxAttempts");
        return this;
    }

    /**
     * The most pages one command fetches when auto-paginating (default 100); past it the output carries a
     * {@code NextToken} to continue with {@code --starting-token}.
     *
     * @param pages at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public AwsMcpBuilder maxPages(int pages) {
        this.maxPages = atLeastOne(pages, "maxPages");
        return this;
    }

    /**
     * The most items one paginated command returns (default 10,000): an implicit {@code --max-items}.
     *
     * @param items at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public AwsMcpBuilder maxItems(int items) {
        this.maxItems = atLeastOne(items, "maxItems");
        return this;
    }

    /**
     * The longest an {@code aws <service> wait ...} command waits, whatever the waiter's own attempts allow.
     * Default 10 minutes.
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public AwsMcpBuilder waiterTimeout(Duration timeout) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("waiterTimeout must be positive");
        }
        this.waiterTimeout = timeout;
        return this;
    }

    /**
     * Text appended to the User-Agent of every AWS call (after {@code aws-mcp/<version>}).
     *
     * @param suffix e.g. {@code my-app/1.0}
     * @return this builder
     */
    public AwsMcpBuilder userAgentSuffix(String suffix) {
        this.userAgentSuffix = suffix;
        return this;
    }

    /**
     * The output format when a command has no {@code --output} (before {@code AWS_DEFAULT_OUTPUT} and the
     * profile's {@code output}).
     *
     * @param format json, yaml, yaml-stream, text or table
     * @return this builder
     * @throws IllegalArgumentException for another format
     */
    public AwsMcpBuilder output(String format) {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("output must be one of " + FORMATS + ", was '" + format + "'");
        }
        this.output = format;
        return this;
    }

    /**
     * The service models to use. Default: {@link ServiceCatalog#bundled()}.
     *
     * @param catalog the catalog
     * @return this builder
     */
    public AwsMcpBuilder catalog(ServiceCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        return this;
    }

    /**
     * The policy hook every command passes before anything is sent. Default: allow all.
     *
     * @param gate the gate
     * @return this builder
     */
    public AwsMcpBuilder callGate(CallGate gate) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.policy = null;
        this.identities = null;
        return this;
    }

    /**
     * Installs the security policy with its defaults and read-only mode on or off: only List/Read calls run when on
     * (unknown means deny); files are confined to the working directory. Same as
     * {@code policy(PolicyEngine.of(PolicySettings.defaults().withReadOnly(on)))}.
     *
     * @param on read-only mode
     * @return this builder
     */
    public AwsMcpBuilder readOnly(boolean on) {
        return policy(PolicyEngine.of(PolicySettings.defaults().withReadOnly(on)));
    }

    /**
     * Installs a security policy (a policy file, consent, read-only mode): every command is classified and judged
     * before anything is sent, and {@code file://} values go through the policy's file guard. Replaces any
     * {@link #callGate(CallGate)}.
     *
     * <pre>{@code
     * PolicyEngine policy = PolicyEngine.of(PolicyFile.load(Path.of("policy.json")));
     * AwsMcp aws = AwsMcp.builder().policy(policy).build();
     * }</pre>
     *
     * @param policy the policy
     * @return this builder
     */
    public AwsMcpBuilder policy(PolicyEngine policy) {
        return policy(policy, null);
    }

    /**
     * Like {@link #policy(PolicyEngine)}, with the account id for rules scoped to {@code accounts} taken from the
     * audit trail's caller identity cache (the first command of a credential set waits a few seconds at most for
     * its STS lookup).
     *
     * @param policy     the policy
     * @param identities the caller identity cache, or null (the account stays unknown)
     * @return this builder
     */
    public AwsMcpBuilder policy(PolicyEngine policy, CallerIdentityCache identities) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.identities = identities;
        return this;
    }

    /**
     * The customizations ({@code aws s3 cp}, {@code aws ecr get-login-password}, ...) that run. Default:
     * {@link CustomizationRegistry#bundled()}; add your own with {@code CustomizationRegistry.bundled().with(new Mine())}.
     *
     * @param customizations the registry
     * @return this builder
     */
    public AwsMcpBuilder customizations(CustomizationRegistry customizations) {
        this.customizations = Objects.requireNonNull(customizations, "customizations");
        return this;
    }

    /**
     * The audit hook that receives one event per command. Default: none.
     *
     * @param sink the sink
     * @return this builder
     */
    public AwsMcpBuilder auditSink(AuditSink sink) {
        this.audit = Objects.requireNonNull(sink, "sink");
        return this;
    }

    /**
     * Reads the files commands name ({@code file://}, {@code fileb://}). Default: files inside the working
     * directory only.
     *
     * @param reader the reader (the policy stage supplies a guarded one)
     * @return this builder
     */
    public AwsMcpBuilder fileReader(FileReader reader) {
        this.fileReader = Objects.requireNonNull(reader, "reader");
        return this;
    }

    /**
     * Wires the pipeline.
     *
     * @return a ready facade; close it to release connections
     */
    public AwsMcp build() {
        HttpSettings http = new HttpSettings(connectTimeout, readTimeout, maxConnections);
        return Engine.create(new EngineConfig(region, profile, credentials, http,
                new RetrySettings(maxAttempts, RetrySettings.STANDARD.maxRetryAfter()),
                new PaginationLimits(maxPages, maxItems), waiterTimeout, userAgentSuffix, output, catalog, gate, policy,
                identities, audit, fileReader, customizations, commandSource, codecs, endpoints, formatter, timestamps,
                transport, environment, sleeper, clock, zone));
    }

    private static Duration nonNegative(Duration d, String name) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero (no limit) or positive");
        }
        return d;
    }

    private static int atLeastOne(int v, String name) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + v);
        }
        return v;
    }
}
