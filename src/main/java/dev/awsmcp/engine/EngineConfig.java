package dev.awsmcp.engine;

import dev.awsmcp.AuditSink;
import dev.awsmcp.CallGate;
import dev.awsmcp.audit.CallerIdentityCache;
import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.client.endpoint.EndpointResolver;
import dev.awsmcp.client.http.HttpSettings;
import dev.awsmcp.client.http.HttpTransport;
import dev.awsmcp.client.paginate.PaginationLimits;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.client.retry.RetrySettings;
import dev.awsmcp.client.retry.Sleeper;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.output.OutputFormatter;
import dev.awsmcp.policy.PolicyEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Everything {@link Engine#create} wires: the facade builder's settings, and the stage seams tests replace. A null
 * seam means the production stage.
 *
 * @param region          default region, or null
 * @param profile         default profile, or null
 * @param credentials     credentials for every command, or null for the CLI's chain
 * @param http            connect/read timeouts and pool size
 * @param retry           attempts and Retry-After cap
 * @param paging          page and item limits of auto-pagination
 * @param waiterTimeout   the longest a waiter waits
 * @param userAgentSuffix appended to the User-Agent, or null
 * @param output          default output format, or null
 * @param catalog         service models, or null for the bundled ones
 * @param gate            the call gate; ignored when {@code policy} is set
 * @param policy          the security policy, or null; sets the gate and the file guard
 * @param identities      the caller identity cache for account-scoped policy rules, or null
 * @param audit           the audit sink
 * @param fileReader      reader of {@code file://} values, or null (the policy's guard, else the working directory)
 * @param customizations  the customizations that run, or null for the bundled ones
 * @param commandSource   parser seam, or null
 * @param codecs          protocol codec seam, or null
 * @param endpoints       endpoint resolver seam, or null
 * @param formatter       output formatter seam, or null
 * @param timestamps      {@code cli_timestamp_format} when the profile sets none: iso8601, wire or none
 * @param transport       HTTP transport seam, or null
 * @param environment     environment seam, or null for the process's
 * @param sleeper         how retries and waiters wait
 * @param clock           the clock
 * @param zone            the zone local times print in
 */
public record EngineConfig(String region, String profile, AwsCredentialsProvider credentials, HttpSettings http,
                           RetrySettings retry, PaginationLimits paging, Duration waiterTimeout, String userAgentSuffix,
                           String output, ServiceCatalog catalog, CallGate gate, PolicyEngine policy,
                           CallerIdentityCache identities, AuditSink audit, FileReader fileReader,
                           CustomizationRegistry customizations, CommandSource commandSource,
                           Function<ServiceModel, ProtocolCodec> codecs, EndpointResolver endpoints,
                           OutputFormatter formatter, String timestamps, HttpTransport transport,
                           AwsEnvironment environment, Sleeper sleeper, Clock clock, ZoneId zone) {
    public EngineConfig {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(paging, "paging");
        Objects.requireNonNull(waiterTimeout, "waiterTimeout");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
    }
}
