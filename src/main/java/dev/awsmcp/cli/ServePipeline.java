package dev.awsmcp.cli;

import dev.awsmcp.engine.AuditTrailSink;
import dev.awsmcp.engine.AwsCallerIdentity;
import dev.awsmcp.engine.AwsLogsShipper;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.AwsMcpBuilder;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.engine.PolicyGate;
import dev.awsmcp.audit.AuditFlags;
import dev.awsmcp.audit.AuditTrail;
import dev.awsmcp.audit.CallerIdentityCache;
import dev.awsmcp.audit.CloudWatchLogsSink;
import dev.awsmcp.audit.RotatingFileSink;
import dev.awsmcp.mcp.ConfigOption;
import dev.awsmcp.mcp.ServerConfig;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicyFile;
import dev.awsmcp.policy.PolicyFlags;
import dev.awsmcp.policy.PolicySettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Wires the facade for {@code serve} from the server configuration: the security policy (flags and policy file,
 * read through the policy stage's own {@link PolicyFlags} so {@code serve} and {@code classify} agree), the audit
 * trail (rotating file, optional CloudWatch Logs, caller identity, and the in-memory tail behind
 * {@code aws://audit/recent}), default region and profile.
 */
final class ServePipeline {
    private ServePipeline() {}

    /**
     * Reads the policy: the modes and file options the user set (flag or variable), then the policy file. Fails
     * fast: a bad policy file stops the server before the client connects.
     *
     * @param config the server configuration
     * @return the policy in effect
     * @throws dev.awsmcp.policy.PolicyException for a missing or invalid policy file
     */
    static PolicySettings policy(ServerConfig config) {
        List<String> args = new ArrayList<>();
        if (config.readOnly()) {
            args.add("--read-only");
        }
        if (config.requireConsent()) {
            args.add("--require-consent");
        }
        if (config.allowSensitiveReads()) {
            args.add("--allow-sensitive-reads");
        }
        if (config.policyFile() != null) {
            args.add("--policy=" + config.policyFile());
        }
        // only what the user set: otherwise our defaults would override the policy file's own settings
        if (!"default".equals(config.origins().get(ConfigOption.FILE_ACCESS))) {
            args.add("--file-access=" + config.fileAccess());
        }
        if (!"default".equals(config.origins().get(ConfigOption.WORKDIR))) {
            args.add("--workdir=" + config.workDir());
        }
        return PolicyFlags.parse(args, Map.of(), PolicyFile.defaultPath()).settings();
    }

    /**
     * The audit options.
     *
     * @param config the server configuration
     * @return file and CloudWatch target
     */
    static AuditFlags.Result audit(ServerConfig config) {
        List<String> args = new ArrayList<>();
        if (config.auditFile() != null) {
            args.add("--audit-file=" + config.auditFile());
        }
        if (config.auditCloudWatch() != null) {
            args.add("--audit-cloudwatch=" + config.auditCloudWatch());
        }
        args.add("--audit-failure=" + config.auditFailure());
        return AuditFlags.parse(args, Map.of());
    }

    /**
     * Builds the facade (slow: classifier tables, credential providers, HTTP client; run it off the main thread).
     *
     * @param config the server configuration
     * @param policy the policy from {@link #policy}
     * @param audit  the audit options from {@link #audit}
     * @param status receives every audit line for {@code aws://audit/recent}
     * @return the facade; closing it flushes the audit trail
     */
    static AwsMcp facade(ServerConfig config, PolicySettings policy, AuditFlags.Result audit, ServeStatus status) {
        return facade(config, policy, audit, status, true, "iso8601");
    }

    /**
     * Builds the facade with an audit trail, for {@code serve} and for the one-shot {@code run}.
     *
     * @param config         the server configuration
     * @param policy         the policy, or null for the builder's default (read-write, no rules)
     * @param audit          the audit options
     * @param status         receives every audit line for {@code aws://audit/recent}, or null
     * @param callerIdentity look up the caller's ARN for audit lines (one STS call per credential set)
     * @param timestamps     how output prints timestamps when the profile does not say: {@code iso8601} for the
     *                       server (agents and reports read one unambiguous form), {@code wire} for {@code run}
     *                       (what AWS CLI v1 prints)
     * @return the facade; closing it flushes the audit trail
     */
    static AwsMcp facade(ServerConfig config, PolicySettings policy, AuditFlags.Result audit, ServeStatus status,
                         boolean callerIdentity, String timestamps) {
        // the facade the trail itself calls AWS through (STS, CloudWatch Logs); not built when nothing needs it
        AwsMcp internal = callerIdentity || audit.cloudWatch() != null ? defaults(config).build() : null;
        String globalOptions = (config.region() == null ? "" : " --region " + config.region())
                + (config.profile() == null ? "" : " --profile " + quote(config.profile()));
        AuditTrail.Builder trail = AuditTrail.builder().failureMode(audit.failureMode())
                .sink(new RotatingFileSink(audit.file(), RotatingFileSink.DEFAULT_MAX_BYTES, RotatingFileSink.DEFAULT_KEEP));
        if (status != null) {
            trail.sink(status);
        }
        if (callerIdentity) {
            trail.callerIdentity(new CallerIdentityCache(new AwsCallerIdentity(internal, globalOptions.strip())));
        }
        if (audit.cloudWatch() != null) {
            trail.sink(new CloudWatchLogsSink(new AwsLogsShipper(internal, globalOptions.strip()), audit.cloudWatch(),
                    Duration.ofSeconds(5), 10_000));
        }
        AuditTrail built = trail.build();
        AwsMcpBuilder builder = defaults(config).timestampFormat(timestamps).auditSink(new AuditTrailSink(built))
                .userAgentSuffix("aws-mcp/" + dev.awsmcp.mcp.AwsMcpServer.VERSION);
        if (policy != null) {
            builder.policy(PolicyEngine.of(policy), built.identities());
        }
        return new Closing(builder.build(), built, internal);
    }

    private static String quote(String word) {
        return word.matches("[A-Za-z0-9._@/+=-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private static AwsMcpBuilder defaults(ServerConfig config) {
        AwsMcpBuilder b = AwsMcp.builder();
        if (config.region() != null) {
            b.region(config.region());
        }
        if (config.profile() != null) {
            b.profile(config.profile());
        }
        return b;
    }

    /**
     * What agents run first and most (from the task corpus: identity, storage, compute, functions, queues, logs,
     * stacks, databases), one read each: the services whose models, rule sets and requests the server prepares
     * after it built its pipeline, while the client is still busy: all ready about a second after {@code initialized}
     * on a 2-core machine (bench/README.md, mcp-speed).
     */
    static final List<String> WARM_UP = List.of(
            "aws sts get-caller-identity",
            "aws s3api list-buckets",
            "aws ec2 describe-instances",
            "aws iam list-roles",
            "aws lambda list-functions",
            "aws sqs list-queues",
            "aws dynamodb list-tables",
            "aws logs describe-log-groups",
            "aws cloudformation list-stacks",
            "aws rds describe-db-instances",
            "aws cloudwatch list-metrics",
            "aws sns list-topics");

    /**
     * Prepares the {@link #WARM_UP} commands on a facade built by {@link #facade} (both its own pipeline and the one
     * the audit trail calls STS through); nothing is sent.
     *
     * @param facade the facade
     */
    static void warmUp(AwsMcp facade) {
        if (facade instanceof Closing c) {
            if (c.internal instanceof dev.awsmcp.engine.Engine e) {
                e.warmUp(WARM_UP.subList(0, 1)); // the caller-identity lookup of the first call
            }
            if (c.facade instanceof dev.awsmcp.engine.Engine e) {
                e.warmUp(WARM_UP);
            }
        }
    }

    /** Closes the facade, then the audit trail (flushing its sinks), then the facade the trail used. */
    private static final class Closing implements AwsMcp {
        private final AwsMcp facade;
        private final AuditTrail trail;
        private final AwsMcp internal;

        Closing(AwsMcp facade, AuditTrail trail, AwsMcp internal) {
            this.facade = facade;
            this.trail = trail;
            this.internal = internal;
        }

        @Override
        public CommandResult execute(String command, ExecutionContext context) {
            return facade.execute(command, context);
        }

        @Override
        public void close() {
            try {
                facade.close();
            } finally {
                try {
                    trail.close();
                } catch (Exception e) {
                    System.err.println("aws-mcp: closing the audit trail failed: " + e.getMessage());
                } finally {
                    if (internal != null) {
                        internal.close();
                    }
                }
            }
        }
    }
}
