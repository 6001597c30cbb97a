package dev.awsmcp;

import dev.awsmcp.audit.AuditDecision;
import dev.awsmcp.audit.AuditTrail;
import dev.awsmcp.audit.CredentialKey;
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
        dev.awsmcp.audit.AuditEvent.Builder b = dev.awsmcp.audit.AuditEvent.builder(e.commandLine())
                .time(e.time())
                .client(e.context().clientName(), e.context().clientVersion())
                .tool(e.context().tool())
                .target(e.profile(), e.region())
                .credentials(new CredentialKey(e.profile(), null))
                .response(ids, status, e.result().error() == null ? null : e.result().error().code())
                .duration(e.result().duration());
        if (call != null) {
            b.call(call.service(), call.operation(), call.params());
        }
        if (g != null) {
            b.decision(AuditDecision.of(g.allowed(), g.ruleId(), g.reason(), g.details()));
        }
        trail.record(b.build());
    }
}
