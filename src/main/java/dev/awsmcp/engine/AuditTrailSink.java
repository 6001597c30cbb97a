package dev.awsmcp.engine;

import dev.awsmcp.AwsMcp;
import dev.awsmcp.GateDecision;
import dev.awsmcp.AuditSink;
import dev.awsmcp.AuditEvent;
import dev.awsmcp.audit.AuditDecision;
import dev.awsmcp.audit.AuditFlags;
import dev.awsmcp.audit.AuditTrail;
import dev.awsmcp.audit.CallerIdentityCache;
import dev.awsmcp.audit.CloudWatchLogsSink;
import dev.awsmcp.audit.CredentialKey;
import dev.awsmcp.audit.RotatingFileSink;
import java.time.Duration;
import dev.awsmcp.command.BoundCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@link AuditSink} backed by the audit trail: turns the facade's {@link AuditEvent} into a redacted JSON line
 * (no output), written before {@link AwsMcp#execute} returns.
 */
public final class AuditTrailSink implements AuditSink {
    private final AuditTrail trail;

    /**
     * @param trail the audit trail
     */
    public AuditTrailSink(AuditTrail trail) {
        this.trail = Objects.requireNonNull(trail, "trail");
    }

    /**
     * The standard trail: the rotating file from the flags, CloudWatch Logs shipping when asked for (every 5 s,
     * up to 10,000 queued lines), and the caller ARN from STS, all through an internal facade.
     *
     * <pre>{@code
     * AuditFlags.Result flags = AuditFlags.parse(args, System.getenv());
     * AwsMcp internal = AwsMcp.builder().region(region).profile(profile).build();   // no gate, no audit
     * AwsMcp aws = AwsMcp.builder()...auditSink(AuditTrailSink.standard(flags, internal, "")).build();
     * }</pre>
     *
     * @param flags         the audit flags
     * @param internal      a facade without gate or audit sink, for the trail's own AWS calls
     * @param globalOptions global options for those calls (e.g. {@code --region eu-west-1}); may be empty
     * @return the sink
     */
    public static AuditTrailSink standard(AuditFlags.Result flags, AwsMcp internal, String globalOptions) {
        AuditTrail.Builder b = AuditTrail.builder().failureMode(flags.failureMode())
                .sink(new RotatingFileSink(flags.file(), RotatingFileSink.DEFAULT_MAX_BYTES, RotatingFileSink.DEFAULT_KEEP))
                .callerIdentity(new CallerIdentityCache(new AwsCallerIdentity(internal, globalOptions)));
        if (flags.cloudWatch() != null) {
            b.sink(new CloudWatchLogsSink(new AwsLogsShipper(internal, globalOptions), flags.cloudWatch(),
                    Duration.ofSeconds(5), 10_000));
        }
        return new AuditTrailSink(b.build());
    }

    /** The trail behind this sink (close it on shutdown to flush CloudWatch shipping). */
    public AuditTrail trail() {
        return trail;
    }

    /** Starts the caller-identity lookup of the command's credentials on the trail's lookup thread. */
    @Override
    public void beforeRequests(String profile, java.util.function.Supplier<String> accessKeyId) {
        CallerIdentityCache identities = trail.identities();
        if (identities != null) {
            identities.prefetch(profile, accessKeyId);
        }
    }

    /** Refuses the command while the trail's file cannot be written, in fail-closed mode. */
    @Override
    public void checkWritable() {
        trail.checkWritable();
    }

    @Override
    public void record(AuditEvent e) {
        BoundCall call = e.call();
        List<String> ids = new ArrayList<>();
        int status = 0;
        for (AuditEvent.AuditedRequest r : e.requests()) {
            if (r.requestId() != null) {
                ids.add(r.requestId());
            }
            status = r.httpStatus();
        }
        GateDecision g = e.decision();
        dev.awsmcp.audit.CallFacts.Builder b = dev.awsmcp.audit.CallFacts.builder(e.commandLine())
                .time(e.time())
                .client(e.context().clientName(), e.context().clientVersion())
                .tool(e.context().tool())
                .target(e.profile(), e.region())
                .credentials(credentialKey(e))
                .response(ids, status, e.result().error() == null ? null : e.result().error().code())
                .duration(e.result().duration());
        if (call != null) {
            b.call(call.service(), call.operation(), call.params());
        }
        if (e.command() != null && e.command().options().role() != null) {
            b.role(e.command().options().role().roleArn(), e.command().options().role().effectiveSessionName());
        }
        if (g != null) {
            b.decision(AuditDecision.of(g.allowed(), g.ruleId(), g.reason(), g.details()));
        }
        trail.record(b.build());
    }

    /**
     * The caller-identity key of a command: its own {@code --profile} (null when it named none, so the lookup uses
     * the same default choice as the command did: environment credentials stay usable) and the access key id that
     * signed it.
     */
    static CredentialKey credentialKey(AuditEvent e) {
        return new CredentialKey(e.command() == null ? null : e.command().options().profile(), e.accessKeyId());
    }
}
