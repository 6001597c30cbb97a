package dev.awsmcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.CallContext;
import dev.awsmcp.client.CallPipeline;
import dev.awsmcp.client.ClientException;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.s3.S3Calls;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Lets an {@code aws s3} command reach S3 through the facade's pipeline: each API call is bound to the S3 model,
 * sent by the {@link CallPipeline} (endpoint rules, signing, retries) and recorded in the command's audit trace.
 * The {@link CallGate} has already judged the whole command (policy classifies it by what it calls). One per
 * command; thread-safe (the transfer workers share it), with the trace guarded by its own monitor.
 */
final class S3Bridge implements S3Calls {
    private final CallPipeline pipeline;
    private final ServiceModel s3;
    private final HighLevelCommand command;
    private final CallContext cc;
    private final CommandTrace trace;

    S3Bridge(CallPipeline pipeline, ServiceModel s3, HighLevelCommand command, ExecutionContext ctx, CommandTrace trace) {
        this.pipeline = pipeline;
        this.s3 = s3;
        this.command = command;
        this.cc = new CallContext(ctx.clientName(), ctx.clientVersion(), ctx.cancelled(), null);
        this.trace = trace;
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
        return pipeline.presign(bind("GetObject", params, options), expiresIn);
    }

    @Override
    public String region(GlobalOptions options) {
        return pipeline.target(options).region();
    }

    private ObjectNode send(BoundCall call, CallContext context) {
        return trace.recordCall(call, () -> pipeline.call(call, context)).output();
    }

    private BoundCall bind(String operation, ObjectNode params, GlobalOptions options) {
        Operation op = s3.operation(operation).orElseThrow(() -> new ClientException("InternalError",
                "The S3 model has no operation " + operation + ".", null, 255, null));
        return new BoundCall(s3, op, params, options, command.commandLine());
    }
}
