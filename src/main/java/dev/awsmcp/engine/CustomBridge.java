package dev.awsmcp.engine;

import dev.awsmcp.ExecutionContext;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.CallContext;
import dev.awsmcp.client.CallPipeline;
import dev.awsmcp.client.CallResponse;
import dev.awsmcp.client.ClientException;
import dev.awsmcp.client.Progress;
import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.client.waiter.WaiterConfig;
import dev.awsmcp.client.waiter.WaiterException;
import dev.awsmcp.client.waiter.WaiterRunner;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.custom.CustomCalls;
import dev.awsmcp.custom.RoleCredentials;
import dev.awsmcp.custom.WaitOutcome;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * Lets a customization ({@code aws s3 cp}, {@code aws ecr get-login-password}, {@code aws eks get-token}, ...)
 * reach AWS through the facade's pipeline: each API call is bound to its service model, sent by the
 * {@link CallPipeline} and recorded in the command's audit trace; presigning uses the pipeline's credentials and
 * signer; local files go through the facade's {@link FileReader} (the file guard) and waiters through its
 * {@link WaiterRunner} with the command's progress and cancellation. The {@link dev.awsmcp.CallGate} has already judged the
 * whole command. One per command; thread-safe (the transfer workers of {@code aws s3} share it), with the
 * trace guarded by its own monitor.
 */
final class CustomBridge implements CustomCalls {
    private final CallPipeline pipeline;
    private final ServiceCatalog catalog;
    private final HighLevelCommand command;
    private final CallContext cc;
    private final CommandTrace trace;
    private final AwsEnvironment environment;
    private final Clock clock;
    private final ZoneId zone;
    private final FileReader files;
    private final WaiterRunner waiters;
    private final Progress progress;

    CustomBridge(CallPipeline pipeline, ServiceCatalog catalog, HighLevelCommand command, ExecutionContext ctx,
                 CommandTrace trace, AwsEnvironment environment, Clock clock, ZoneId zone, FileReader files,
                 WaiterRunner waiters) {
        this.pipeline = pipeline;
        this.catalog = catalog;
        this.command = command;
        this.cc = new CallContext(ctx.clientName(), ctx.clientVersion(), ctx.cancelled(), null,
                ctx.mfa()::code);
        this.trace = trace;
        this.environment = environment;
        this.clock = clock;
        this.zone = zone;
        this.files = files;
        this.waiters = waiters;
        this.progress = ctx.progress()::progress;
    }

    @Override
    public ObjectNode call(String service, String operation, ObjectNode params, GlobalOptions options) {
        return send(bind(service, operation, params, options)).output();
    }

    @Override
    public ObjectNode call(String service, String operation, ObjectNode params, RoleCredentials signWith,
                           GlobalOptions options) {
        BoundCall call = bind(service, operation, params, options);
        return trace.recordCall(call, () -> pipeline.call(call, cc.withCredentials(credentials(signWith)))).output();
    }

    @Override
    public ObjectNode callStreaming(String service, String operation, ObjectNode params, Duration readFor,
                                    GlobalOptions options) {
        BoundCall call = bind(service, operation, params, options);
        return trace.recordCall(call, () -> pipeline.call(call, cc.withStreamFor(readFor))).output();
    }

    @Override
    public URI presign(String service, String operation, ObjectNode params, Map<String, String> headers,
                       Duration expiresIn, RoleCredentials signWith, GlobalOptions options) {
        return pipeline.presignQuery(bind(service, operation, params, options), headers, expiresIn, credentials(signWith));
    }

    @Override
    public ObjectNode download(String service, String operation, ObjectNode params, Path target,
                               GlobalOptions options) {
        BoundCall call = bind(service, operation, params, options);
        return trace.recordCall(call, () -> pipeline.call(call, cc.withOutfile(target))).output();
    }

    @Override
    public URI presignRequest(String service, String operation, ObjectNode params, Duration expiresIn,
                              GlobalOptions options) {
        return pipeline.presign(bind(service, operation, params, options), expiresIn);
    }

    @Override
    public FileReader files() {
        return files;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public URI presignUrl(URI url, Map<String, String> query, String signingName, String region, Duration expiresIn,
                          GlobalOptions options) {
        return pipeline.presignUrl(options, url, query, signingName, region, expiresIn);
    }

    @Override
    public URI endpoint(String service, String operation, GlobalOptions options) {
        return pipeline.endpoint(bind(service, operation, JsonNodeFactory.instance.objectNode(), options));
    }

    @Override
    public String region(GlobalOptions options) {
        return pipeline.target(options).region();
    }

    @Override
    public Optional<String> environmentVariable(String name) {
        return environment.variable(name);
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public Path localFile(String path) {
        return files.checkRead(path);
    }

    @Override
    public byte[] readFile(String path) {
        try {
            return files.read(path);
        } catch (IOException e) {
            throw new CommandException("FileNotReadable", "Unable to load paramfile file://" + path + ": "
                    + e.getMessage(), "Check the path; it is relative to the working directory.");
        }
    }

    @Override
    public WaitOutcome waitFor(String service, String waiter, ObjectNode params, int delay, int maxAttempts,
                               GlobalOptions options) {
        BoundCall call = bind(service, waiterOperation(service, waiter), params, options);
        WaiterConfig model = WaiterConfig.of(call.service(), waiter).orElseThrow();
        WaiterConfig config = new WaiterConfig(model.name(), model.operation(), delay,
                maxAttempts > 0 ? maxAttempts : model.maxAttempts(), model.acceptors());
        AtomicReference<ObjectNode> last = new AtomicReference<>();
        try {
            waiters.await(config, () -> {
                last.set(null); // botocore's last_response is the error then, which has no output members
                CallResponse r = send(call);
                last.set(r.output());
                return r;
            }, progress, cc.cancelled());
            return new WaitOutcome(true, last.get(), null);
        } catch (WaiterException e) {
            return new WaitOutcome(false, last.get(), e.getMessage());
        }
    }

    /** Sends one call and records it in the command's audit trace. */
    private CallResponse send(BoundCall call) {
        return trace.recordCall(call, () -> pipeline.call(call, cc));
    }

    private String waiterOperation(String service, String waiter) {
        ServiceModel model = catalog.model(service).orElseThrow();
        return WaiterConfig.of(model, waiter).map(WaiterConfig::operation).orElseThrow(() -> new ClientException(
                "InternalError", "The " + service + " model has no waiter " + waiter + ".", null, 255, null));
    }

    private static AwsCredentials credentials(RoleCredentials c) {
        if (c == null) {
            return null;
        }
        return c.sessionToken() == null ? AwsBasicCredentials.create(c.accessKeyId(), c.secretAccessKey())
                : AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(), c.sessionToken());
    }

    private BoundCall bind(String service, String operation, ObjectNode params, GlobalOptions options) {
        ServiceModel model = catalog.model(service).orElseThrow(() -> new ClientException("InternalError",
                "No bundled model for the " + service + " service.", null, 255, null));
        Operation op = model.operation(operation).orElseThrow(() -> new ClientException("InternalError",
                "The " + service + " model has no operation " + operation + ".", null, 255, null));
        return new BoundCall(model, op, params, options, command.commandLine());
    }
}
