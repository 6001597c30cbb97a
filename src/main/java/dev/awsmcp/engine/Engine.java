package dev.awsmcp.engine;

import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.ErrorInfo;
import dev.awsmcp.CallGate;
import dev.awsmcp.GateRequest;
import dev.awsmcp.GateDecision;
import dev.awsmcp.AuditSink;
import dev.awsmcp.AuditEvent;
import dev.awsmcp.client.ClientConfig;
import dev.awsmcp.client.PathSearch;
import dev.awsmcp.client.endpoint.EndpointResolver;
import dev.awsmcp.client.http.ApacheHttpTransport;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.output.OutputFormatter;
import dev.awsmcp.policy.PolicyEngine;
import java.util.function.Function;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.CallContext;
import dev.awsmcp.client.CallPipeline;
import dev.awsmcp.client.CallResponse;
import dev.awsmcp.client.Progress;
import dev.awsmcp.client.ServiceCallException;
import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.client.paginate.PaginatedResult;
import dev.awsmcp.client.paginate.PaginationLimits;
import dev.awsmcp.client.paginate.Paginator;
import dev.awsmcp.client.paginate.PaginatorConfig;
import dev.awsmcp.client.waiter.WaiterConfig;
import dev.awsmcp.client.waiter.WaiterRunner;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.command.Skeleton;
import dev.awsmcp.command.WaiterCall;
import dev.awsmcp.error.AwsMcpException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The engine behind {@link AwsMcp}, where the stages meet: parse → gate → call (paginated, or polled by a waiter) → output → audit. Errors become results with
 * the AWS CLI's exit codes; nothing is thrown. Thread-safe.
 */
public final class Engine implements AwsMcp {
    private final CommandSource source;
    private final CallGate gate;
    private final AuditSink audit;
    private final CallPipeline pipeline;
    private final Paginator paginator;
    private final PaginationLimits limits;
    private final WaiterRunner waiters;
    private final OutputRenderer renderer;
    private final AwsEnvironment environment;
    private final String defaultOutput;
    private final Clock clock;
    private final CustomizationRunner customizations;
    private final FileReader files;

    Engine(CommandSource source, CallGate gate, AuditSink audit, CallPipeline pipeline, Paginator paginator,
           PaginationLimits limits, WaiterRunner waiters, OutputRenderer renderer, AwsEnvironment environment,
           String defaultOutput, Clock clock, CustomizationRunner customizations, FileReader files) {
        this.source = source;
        this.gate = gate;
        this.audit = audit;
        this.pipeline = pipeline;
        this.paginator = paginator;
        this.limits = limits;
        this.waiters = waiters;
        this.renderer = renderer;
        this.environment = environment;
        this.defaultOutput = defaultOutput;
        this.clock = clock;
        this.customizations = customizations;
        this.files = files;
    }

    /**
     * Wires the pipeline: parser, gate, call pipeline (endpoint rules, codecs, signing, HTTP, retries), paginator,
     * waiters, customizations, output renderer and audit sink.
     *
     * @param config the settings and stage seams
     * @return a ready facade; close it to release connections
     */
    public static Engine create(EngineConfig config) {
        AwsEnvironment env = config.environment() != null ? config.environment() : AwsEnvironment.system();
        ServiceCatalog models = config.catalog() != null ? config.catalog() : ServiceCatalog.bundled();
        CustomizationRegistry registry = config.customizations() != null ? config.customizations()
                : CustomizationRegistry.bundled();
        PolicyEngine policy = config.policy() == null ? null : config.policy().withCustomizations(registry);
        // The policy's file guard wins over any other reader: a policy's file rules must not be bypassed.
        FileReader files = policy != null && policy.fileGuard() != null ? policy.fileGuard()
                : config.fileReader() != null ? config.fileReader() : StageDefaults.files();
        CallGate gate = policy == null ? config.gate() : PolicyGate.of(policy, config.identities());
        CommandSource parser = config.commandSource() != null ? config.commandSource()
                : StageDefaults.parser(models, files, registry);
        Function<ServiceModel, ProtocolCodec> codecs = config.codecs() != null ? config.codecs() : StageDefaults.codecs();
        EndpointResolver resolver = config.endpoints() != null ? config.endpoints() : StageDefaults.endpoints();
        OutputFormatter out = config.formatter() != null ? config.formatter()
                : StageDefaults.formatter(env, config.profile(), config.timestamps());
        ClientConfig client = new ClientConfig(config.region(), config.profile(), config.credentials(), config.http(),
                config.retry(), config.userAgentSuffix(), env, config.sleeper(), config.clock());
        CallPipeline pipeline = new CallPipeline(client, codecs, resolver,
                config.transport() != null ? config.transport() : new ApacheHttpTransport(config.http()));
        PathSearch paths = out::query;
        WaiterRunner waiters = new WaiterRunner(paths, config.sleeper(), config.clock(), config.waiterTimeout());
        return new Engine(parser, gate, config.audit(), pipeline, new Paginator(paths), config.paging(), waiters,
                new OutputRenderer(out), env, config.output(), config.clock(), new CustomizationRunner(registry,
                pipeline, models, env, config.clock(), config.zone(), files, waiters), files);
    }

    @Override
    public CommandResult execute(String command, ExecutionContext context) {
        Objects.requireNonNull(command, "command");
        ExecutionContext ctx = context == null ? ExecutionContext.defaults() : context;
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        CommandTrace trace = new CommandTrace();
        CommandResult result;
        try {
            result = run(command, ctx, trace, t0);
        } catch (AwsMcpException e) {
            result = failure(command, trace, e.exitCode(), new ErrorInfo(e.code(), e.getMessage(), e.hint()), t0);
        } catch (RuntimeException e) {
            // A defect, not the caller's fault: one sentence, never a stack trace.
            result = failure(command, trace, 255, new ErrorInfo("InternalError", "aws-mcp failed unexpectedly ("
                    + e.getClass().getSimpleName() + ")" + (e.getMessage() == null ? "." : ": " + e.getMessage()),
                    "Retry; if it persists, report the command."), t0);
        }
        try {
            audit.record(new AuditEvent(started, ctx, command, trace.command, trace.decision,
                    trace.target == null ? null : trace.target.profile(),
                    trace.target == null ? null : trace.target.region(), trace.requests, result, accessKeyId(trace)));
        } catch (RuntimeException auditFailure) {
            // Auditing must never change a command's result; the sink reports its own failures.
        }
        return result;
    }

    /**
     * Gets ready for commands like these without running them: parses each one (loading its service model and
     * argument table) and prepares its request ({@link CallPipeline#warmUp}). Nothing of theirs is sent, signed,
     * gated or audited; a command that does not parse or prepare is skipped. The audit sink is told that requests
     * are coming for the default credentials ({@link AuditSink#beforeRequests}), so the caller-identity lookup the
     * first real call's record waits for is done by then.
     *
     * @param commands typical commands, e.g. {@code aws sts get-caller-identity}
     * @return how many commands were prepared
     */
    public int warmUp(List<String> commands) {
        int prepared = 0;
        for (String command : commands) {
            try {
                if (source.parse(command) instanceof BoundCall call) {
                    if (prepared == 0 && !call.options().noSignRequest()) {
                        audit.beforeRequests(call.options().profile(), () -> pipeline.accessKeyId(call.options()));
                    }
                    pipeline.warmUp(call);
                    prepared++;
                }
            } catch (RuntimeException e) {
                // a warm-up is best effort: the real call reports whatever is wrong
            }
        }
        return prepared;
    }

    /** The key id of the credentials that signed the command's requests; null when nothing was signed. */
    private String accessKeyId(CommandTrace trace) {
        if (trace.command == null || trace.requests.isEmpty() || trace.command.options().noSignRequest()) {
            return null;
        }
        return pipeline.accessKeyId(trace.command.options());
    }

    private CommandResult run(String command, ExecutionContext ctx, CommandTrace trace, long t0) {
        ParsedCommand parsed = source.parse(command);
        trace.command = parsed;
        if (parsed.kind() == ParsedCommand.Kind.SKELETON) {
            Skeleton s = (Skeleton) parsed;
            OutputRenderer.Rendered r = renderer.document(s.skeleton(), "json", s.operation().name());
            return new CommandResult(command, s.service().cliName(), s.operation().cliName(), 0, r.json(), r.text(),
                    null, null, List.of(), 0, since(t0));
        }
        boolean waiter = parsed.kind() == ParsedCommand.Kind.WAITER;
        BoundCall call = waiter ? ((WaiterCall) parsed).call()
                : parsed.kind() == ParsedCommand.Kind.CALL ? (BoundCall) parsed : null;
        trace.call = call;
        trace.target = pipeline.target(parsed.options());
        GateDecision decision = gate.check(new GateRequest(command, parsed, trace.target.region(),
                trace.target.profile(), ctx));
        trace.decision = Objects.requireNonNull(decision, "the call gate returned no decision");
        if (!decision.allowed()) {
            throw new GateDeniedException(decision);
        }
        audit.checkWritable(); // fail-closed auditing: no call runs that cannot be audited
        if (!parsed.options().noSignRequest()) {
            try {
                audit.beforeRequests(parsed.options().profile(), () -> pipeline.accessKeyId(parsed.options()));
            } catch (RuntimeException auditFailure) {
                // Auditing must never change a command's result.
            }
        }
        if (call == null) {
            return highLevel(command, (HighLevelCommand) parsed, ctx, trace, t0);
        }
        String outfile = waiter || AfterCallHandlers.ownsOutfile(call) ? null : call.localArgs().get("outfile");
        CallContext cc = new CallContext(ctx.clientName(), ctx.clientVersion(), ctx.cancelled(),
                outfile == null ? null : Path.of(outfile),
                ctx.mfa()::code);
        Progress progress = ctx.progress()::progress;
        try {
            if (waiter) {
                return waitFor(command, call, ((WaiterCall) parsed).waiterName(), trace, cc, progress, t0);
            }
            return callOnce(command, call, trace, cc, progress, t0);
        } catch (ServiceCallException e) {
            trace.recordFailure(call.operation().name(), e.error().httpStatus(), e.error().requestId(), e.retries() + 1);
            throw e;
        }
    }

    /** A registered customization ({@code aws s3 cp}, {@code aws ecr get-login-password}, ...). */
    private CommandResult highLevel(String command, HighLevelCommand h, ExecutionContext ctx, CommandTrace trace,
                                    long t0) {
        return customizations.run(command, h, ctx, trace, t0, renderer, c -> format(c.options(), trace.target.profile()));
    }

    private CommandResult callOnce(String command, BoundCall call, CommandTrace trace, CallContext cc, Progress progress,
                                   long t0) {
        GlobalOptions o = call.options();
        String protocol = pipeline.codec(call.service()).protocol();
        String format = format(o, trace.target.profile());
        PaginatorConfig paging = PaginatorConfig.of(call.service(), call.operation().name()).orElse(null);
        if (!o.paginate() && (o.maxItems() != null || o.pageSize() != null || o.startingToken() != null)) {
            throw new CommandException("PaginationConflict", "Cannot specify --no-paginate along with pagination arguments: "
                    + pagingArgs(o) + ".", "Drop --no-paginate, or drop the pagination arguments.");
        }
        if (paging != null && o.paginate() && !paging.manuallyPaged(call.params())) {
            PaginatedResult r = paginator.paginate(call.operation(), paging,
                    new Paginator.Request(call.params(), o.pageSize(), o.maxItems(), o.startingToken()), limits,
                    params -> trace.record(pipeline.call(withParams(call, params), cc)), progress, cc.cancelled());
            OutputRenderer.Rendered out = renderer.paginated(call, r, protocol, format);
            return success(command, call, trace, out, r.nextToken(), t0);
        }
        CallResponse response = trace.record(pipeline.call(call, cc));
        OutputRenderer.Rendered out = renderer.single(call, AfterCallHandlers.apply(call, response.output(), files),
                protocol, format);
        return success(command, call, trace, out, null, t0);
    }

    private CommandResult waitFor(String command, BoundCall call, String waiterName, CommandTrace trace, CallContext cc,
                                  Progress progress, long t0) {
        WaiterConfig config = WaiterConfig.of(call.service(), waiterName).orElseThrow(() -> new CommandException(
                "UnknownWaiter", "The " + call.service().cliName() + " service has no waiter named " + waiterName + ".",
                "Run 'aws " + call.service().cliName() + " wait help' for the list."));
        waiters.await(config, () -> trace.record(pipeline.call(call, cc)), progress, cc.cancelled());
        return new CommandResult(command, call.service().cliName(), "wait", 0, null, "", null, null,
                trace.requestIds(), trace.lastStatus(), since(t0));
    }

    private static BoundCall withParams(BoundCall call, ObjectNode params) {
        return new BoundCall(call.service(), call.operation(), params, call.options(), call.commandLine(), call.localArgs());
    }

    private CommandResult success(String command, BoundCall call, CommandTrace trace, OutputRenderer.Rendered out,
                                  String nextToken, long t0) {
        return new CommandResult(command, call.service().cliName(), call.operation().cliName(), 0, out.json(), out.text(),
                null, nextToken, trace.requestIds(), trace.lastStatus(), since(t0));
    }

    private CommandResult failure(String command, CommandTrace trace, int exitCode, ErrorInfo error, long t0) {
        BoundCall call = trace.call;
        return new CommandResult(command, call == null ? null : call.service().cliName(),
                call == null ? null : call.operation().cliName(), dev.awsmcp.error.ExitCodes.cliV1(exitCode, error.code()),
                null, "", error, null, trace.requestIds(),
                trace.lastStatus(), since(t0));
    }

    /** {@code --output} → the builder's default → {@code AWS_DEFAULT_OUTPUT} → the profile's {@code output} → json. */
    private String format(GlobalOptions o, String profile) {
        if (o.output() != null) {
            return o.output();
        }
        if (defaultOutput != null) {
            return defaultOutput;
        }
        return environment.variable("AWS_DEFAULT_OUTPUT")
                .or(() -> profile == null ? java.util.Optional.empty()
                        : environment.profile(profile).flatMap(p -> p.property("output")))
                .orElse("json");
    }

    private static String pagingArgs(GlobalOptions o) {
        List<String> args = new ArrayList<>();
        if (o.startingToken() != null) {
            args.add("--starting-token");
        }
        if (o.pageSize() != null) {
            args.add("--page-size");
        }
        if (o.maxItems() != null) {
            args.add("--max-items");
        }
        return String.join(", ", args);
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
