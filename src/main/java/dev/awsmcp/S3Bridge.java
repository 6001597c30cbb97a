package dev.awsmcp;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.CallContext;
import dev.awsmcp.client.CallPipeline;
import dev.awsmcp.client.CallResponse;
import dev.awsmcp.client.ClientException;
import dev.awsmcp.client.ServiceCallException;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.s3.PlannedOperation;
import dev.awsmcp.s3.S3Calls;
import dev.awsmcp.s3.S3CommandPlan;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets an {@code aws s3} command reach S3 through the facade's pipeline: each API call is bound to the S3 model,
 * passed through the {@link CallGate} (once per operation and bucket), sent by the {@link CallPipeline} (endpoint
 * rules, signing, retries) and recorded in the command's audit trace. One per command; thread-safe (the transfer
 * workers share it), with the trace guarded by its own monitor.
 */
final class S3Bridge implements S3Calls {
    private final CallPipeline pipeline;
    private final CallGate gate;
    private final ServiceModel s3;
    private final HighLevelCommand command;
    private final ExecutionContext ctx;
    private final CallContext cc;
    private final CommandTrace trace;
    private final Set<String> allowed = ConcurrentHashMap.newKeySet();

    S3Bridge(CallPipeline pipeline, CallGate gate, ServiceModel s3, HighLevelCommand command, ExecutionContext ctx,
             CommandTrace trace) {
        this.pipeline = pipeline;
        this.gate = gate;
        this.s3 = s3;
        this.command = command;
        this.ctx = ctx;
        this.cc = new CallContext(ctx.clientName(), ctx.clientVersion(), ctx.cancelled(), null);
        this.trace = trace;
    }

    /**
     * Asks the gate about every operation the plan may send before anything is sent, so a denied command fails
     * whole rather than halfway.
     */
    void checkPlan(S3CommandPlan plan) {
        for (PlannedOperation o : plan.operations()) {
            if (o.sent() || o.operation().equals("GetObject")) {
                ObjectNode params = JsonNodeFactory.instance.objectNode();
                if (!o.bucket().isEmpty()) {
                    params.put("Bucket", o.bucket());
                }
                check(bind(o.operation(), params, command.options()));
            }
        }
    }

    @Override
    public ObjectNode call(String operation, ObjectNode params, GlobalOptions options) {
        return send(bind(operation, params, options), cc);
    }

    @Override
    public ObjectNode download(ObjectNode params, Path target, GlobalOptions options) {
        return send(bind("GetObject", params, options), cc.withOutfile(target));
    }

    @Override
    public URI presign(ObjectNode params, Duration expiresIn, GlobalOptions options) {
        BoundCall call = bind("GetObject", params, options);
        check(call);
        return pipeline.presign(call, expiresIn);
    }

    @Override
    public String region(GlobalOptions options) {
        return pipeline.target(options).region();
    }

    private ObjectNode send(BoundCall call, CallContext context) {
        check(call);
        String op = call.operation().name();
        try {
            CallResponse r = pipeline.call(call, context);
            synchronized (trace) {
                trace.requests.add(new AuditEvent.AuditedRequest(op, r.httpStatus(), r.requestId(), r.attempts()));
            }
            return r.output();
        } catch (ServiceCallException e) {
            synchronized (trace) {
                trace.recordFailure(op, e.error().httpStatus(), e.error().requestId(), e.retries() + 1);
            }
            throw e;
        }
    }

    private BoundCall bind(String operation, ObjectNode params, GlobalOptions options) {
        Operation op = s3.operation(operation).orElseThrow(() -> new ClientException("InternalError",
                "The S3 model has no operation " + operation + ".", null, 255, null));
        BoundCall call = new BoundCall(s3, op, params, options, command.commandLine());
        synchronized (trace) {
            if (trace.call == null) {
                trace.call = call;
                trace.target = pipeline.target(options);
            }
        }
        return call;
    }

    /** The gate, once per operation and bucket. */
    private void check(BoundCall call) {
        String key = call.operation().name() + "\n" + call.params().path("Bucket").asText("");
        if (allowed.contains(key)) {
            return;
        }
        GateDecision d = java.util.Objects.requireNonNull(gate.check(new GateRequest(command.commandLine(), call, null,
                ctx)), "the call gate returned no decision");
        synchronized (trace) {
            if (trace.decision == null || !d.allowed()) {
                trace.decision = d;
            }
        }
        if (!d.allowed()) {
            throw new PolicyDeniedException(d);
        }
        allowed.add(key);
    }
}
