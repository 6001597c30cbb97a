package dev.awsmcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.CallContext;
import dev.awsmcp.client.CallPipeline;
import dev.awsmcp.client.CallResponse;
import dev.awsmcp.client.ClientException;
import dev.awsmcp.client.ServiceCallException;
import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.custom.CustomCalls;
import dev.awsmcp.custom.RoleCredentials;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * Lets a credential-minting customization ({@code aws ecr get-login-password}, {@code aws eks get-token}, ...)
 * reach AWS through the facade's pipeline: each API call is bound to its service model, sent by the
 * {@link CallPipeline} and recorded in the command's audit trace; presigning uses the pipeline's credentials and
 * signer. The {@link CallGate} has already judged the whole command. One per command; not thread-safe.
 */
final class CustomBridge implements CustomCalls {
    private final CallPipeline pipeline;
    private final ServiceCatalog catalog;
    private final HighLevelCommand command;
    private final CallContext cc;
    private final CommandTrace trace;
    private final AwsEnvironment environment;
    private final Clock clock;

    CustomBridge(CallPipeline pipeline, ServiceCatalog catalog, HighLevelCommand command, ExecutionContext ctx,
                 CommandTrace trace, AwsEnvironment environment, Clock clock) {
        this.pipeline = pipeline;
        this.catalog = catalog;
        this.command = command;
        this.cc = new CallContext(ctx.clientName(), ctx.clientVersion(), ctx.cancelled(), null);
        this.trace = trace;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public ObjectNode call(String service, String operation, ObjectNode params, GlobalOptions options) {
        BoundCall call = bind(service, operation, params, options);
        try {
            CallResponse r = pipeline.call(call, cc);
            trace.requests.add(new AuditEvent.AuditedRequest(operation, r.httpStatus(), r.requestId(), r.attempts()));
            return r.output();
        } catch (ServiceCallException e) {
            trace.recordFailure(operation, e.error().httpStatus(), e.error().requestId(), e.retries() + 1);
            throw e;
        }
    }

    @Override
    public URI presign(String service, String operation, ObjectNode params, Map<String, String> headers,
                       Duration expiresIn, RoleCredentials signWith, GlobalOptions options) {
        return pipeline.presignQuery(bind(service, operation, params, options), headers, expiresIn, credentials(signWith));
    }

    @Override
    public URI presignUrl(URI url, Map<String, String> query, String signingName, String region, Duration expiresIn,
                          GlobalOptions options) {
        return pipeline.presignUrl(options, url, query, signingName, region, expiresIn);
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
