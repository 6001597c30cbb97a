package dev.awsmcp.audit;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one redacted JSON line per call. The first sink is primary (the rotating file by default): if it fails,
 * {@link #record} throws, so the facade can report that the call was not audited. Other sinks (CloudWatch Logs)
 * are copies whose failures are logged and ignored.
 *
 * <pre>{@code
 * AuditTrail trail = AuditTrail.builder()
 *         .sink(RotatingFileSink.atDefaultLocation())
 *         .sink(new CloudWatchLogsSink(shipper, CloudWatchTarget.parse("aws-mcp-audit"), Duration.ofSeconds(5), 10_000))
 *         .callerIdentity(new CallerIdentityCache(key -> sts.callerArn(key)))
 *         .build();
 * trail.record(CallFacts.builder(command).decision(decision).response(ids, 200, null).build());
 * }</pre>
 */
public final class AuditTrail implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    /**
     * How long a record waits for a caller-identity lookup still in flight: the lookup starts when the command is
     * allowed and usually finishes with it, so this only bridges STS being a little slower than the command.
     */
    public static final Duration DEFAULT_ARN_WAIT = Duration.ofMillis(250);

    private final List<AuditDestination> sinks;
    private final CallerIdentityCache identities;
    private final Duration arnWait;
    private final Clock clock;
    private final AuditFailureMode failureMode;
    /** Records the primary sink could not take since it last worked, and when the first was lost. */
    private int lost;
    private Instant firstLost;
    private String lossCause;

    private AuditTrail(Builder b) {
        this.sinks = List.copyOf(b.sinks);
        this.identities = b.identities;
        this.arnWait = b.arnWait;
        this.clock = b.clock;
        this.failureMode = b.failureMode;
    }

    /** What happens to calls when the primary sink cannot be written. */
    public AuditFailureMode failureMode() {
        return failureMode;
    }

    /**
     * Before a call is sent: in {@link AuditFailureMode#FAIL_CLOSED} mode, refuses it while the primary sink is
     * failing (each check tries to write the line that counts the lost records, so the trail recovers by itself).
     *
     * @throws AuditException when calls must be refused
     */
    public void checkWritable() {
        if (failureMode != AuditFailureMode.FAIL_CLOSED) {
            return;
        }
        synchronized (this) {
            if (lost == 0) {
                return;
            }
            try {
                writeLossRecord();
            } catch (IOException | RuntimeException e) {
                throw new AuditException("The audit trail cannot be written (" + e.getClass().getSimpleName()
                        + "), so calls are refused until it can (--audit-failure fail-closed); nothing was sent.", e);
            }
        }
    }

    /** Starts a builder; with no sink added, {@link Builder#build()} uses the default rotating file. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Redacts an event, adds the caller ARN and writes it to every sink.
     *
     * @param event the call's facts
     * @return the record written
     * @throws AuditException when the primary sink fails
     */
    public AuditRecord record(CallFacts event) {
        AuditRecord r = toRecord(event);
        String line = r.toJson();
        for (int i = 0; i < sinks.size(); i++) {
            try {
                if (i == 0) {
                    writePrimary(r, line);
                } else {
                    sinks.get(i).write(r, line);
                }
            } catch (IOException | RuntimeException e) {
                if (i == 0) {
                    synchronized (this) {
                        if (lost++ == 0) {
                            firstLost = clock.instant();
                        }
                        lossCause = e.getClass().getSimpleName();
                    }
                    LOG.error("audit line lost ({} since {}): {}", lost, firstLost, e.getClass().getSimpleName());
                    if (failureMode == AuditFailureMode.FAIL_CLOSED) {
                        throw new AuditException("The audit line could not be written (" + e.getClass().getSimpleName() + ").", e);
                    }
                    continue;
                }
                LOG.warn("audit sink {} failed: {}", sinks.get(i).getClass().getSimpleName(), e.getClass().getSimpleName());
            }
        }
        return r;
    }

    /** Writes to the primary sink, first the line counting records lost before, if any. */
    private synchronized void writePrimary(AuditRecord r, String line) throws IOException {
        if (lost > 0) {
            writeLossRecord();
        }
        sinks.get(0).write(r, line);
    }

    /** One line saying how many records were lost and when; resets the count once written. */
    private synchronized void writeLossRecord() throws IOException {
        Instant now = clock.instant();
        AuditRecord loss = new AuditRecord(now.toString(), null, null, null, "aws-mcp audit-loss", "aws-mcp", "AuditLoss",
                List.of(), null, null, "loss", "audit:" + failureMode.label(), lost + " audit record(s) could not be written "
                + "between " + firstLost + " and " + now + " (" + lossCause + ").", null, null, null, List.of(), 0, 0,
                "AuditRecordsLost", null, null);
        sinks.get(0).write(loss, loss.toJson());
        lost = 0;
        firstLost = null;
    }

    /**
     * The redacted record of an event, without writing it.
     *
     * @param e the event
     * @return the record
     */
    public AuditRecord toRecord(CallFacts e) {
        Instant time = e.time() != null ? e.time() : clock.instant();
        AuditDecision d = e.decision();
        String service = e.service() != null ? e.service().cliName() : null;
        String operation = e.operation() != null ? e.operation().name() : null;
        if (service == null && e.highLevel() != null) {
            String[] parts = e.highLevel().strip().split("\\s+", 2);
            service = parts[0];
            operation = parts.length > 1 ? parts[1] : null;
        }
        String arn = identities == null ? null : identities.arn(e.credentials(), arnWait).orElse(null);
        return new AuditRecord(time.toString(), e.clientName(), e.clientVersion(), e.tool(),
                CommandRedactor.redact(e.commandLine(), e.operation(), e.params()), service, operation,
                d == null ? List.of() : d.iamActions(), d == null ? null : d.accessLevel(),
                d == null ? null : d.source(), d == null ? null : d.verdict(),
                d == null ? null : d.rule(), d == null ? null : d.reason(), e.profile(), e.region(), arn,
                e.requestIds(), e.httpStatus(), e.duration().toMillis(), e.errorCode(), e.roleArn(), e.roleSession());
    }

    /** The caller identity cache, for the facade's policy context (account matchers), or null. Never waits. */
    public CallerIdentityCache identities() {
        return identities;
    }

    @Override
    public void close() {
        if (identities != null) {
            identities.close();
        }
        for (AuditDestination s : sinks) {
            try {
                s.close();
            } catch (Exception e) {
                LOG.warn("closing audit sink {} failed: {}", s.getClass().getSimpleName(), e.getClass().getSimpleName());
            }
        }
    }

    /** Builds an {@link AuditTrail}. */
    public static final class Builder {
        private final List<AuditDestination> sinks = new ArrayList<>();
        private CallerIdentityCache identities;
        private Duration arnWait = DEFAULT_ARN_WAIT;
        private Clock clock = Clock.systemUTC();
        private AuditFailureMode failureMode = AuditFailureMode.FAIL_CLOSED;

        private Builder() {}

        /**
         * Sets what happens to calls when the primary sink cannot be written (default fail-closed).
         *
         * @param mode the mode
         * @return this builder
         */
        public Builder failureMode(AuditFailureMode mode) {
            this.failureMode = java.util.Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Adds a sink; the first one added is primary.
         *
         * @param sink the sink
         * @return this builder
         */
        public Builder sink(AuditDestination sink) {
            sinks.add(Objects.requireNonNull(sink, "sink"));
            return this;
        }

        /**
         * Sets the caller identity lookup.
         *
         * @param cache the cache over the STS call
         * @return this builder
         */
        public Builder callerIdentity(CallerIdentityCache cache) {
            this.identities = cache;
            return this;
        }

        /**
         * Sets how long a record waits for a caller-identity lookup still in flight (default
         * {@link #DEFAULT_ARN_WAIT}); zero never waits.
         *
         * @param wait the longest wait
         * @return this builder
         */
        public Builder callerIdentityWait(Duration wait) {
            this.arnWait = Objects.requireNonNull(wait, "wait");
            return this;
        }

        /**
         * Sets the clock used when an event has no time.
         *
         * @param c the clock
         * @return this builder
         */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** The trail; the default rotating file when no sink was added. */
        public AuditTrail build() {
            if (sinks.isEmpty()) {
                sinks.add(RotatingFileSink.atDefaultLocation());
            }
            return new AuditTrail(this);
        }
    }
}
