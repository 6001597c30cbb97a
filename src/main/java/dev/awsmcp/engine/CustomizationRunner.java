package dev.awsmcp.engine;

import dev.awsmcp.CommandResult;
import dev.awsmcp.ErrorInfo;
import dev.awsmcp.ExecutionContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.client.CallPipeline;
import dev.awsmcp.client.ClientException;
import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.client.waiter.WaiterRunner;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.custom.CustomResult;
import dev.awsmcp.custom.Customization;
import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.custom.UnsupportedCustomizations;
import dev.awsmcp.model.ServiceCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * Runs a registered {@link Customization} ({@code aws s3 cp}, {@code aws ecr get-login-password}, ...) after the
 * gate has allowed the command, with a {@link CustomBridge} as its way to AWS, and turns what it printed into a
 * {@link CommandResult}. A document ({@code eks get-token}'s ExecCredential) goes through the output formatter with
 * {@code --output} and {@code --query}, followed by the blank line the CLI prints after it. Thread-safe.
 */
final class CustomizationRunner {
    private final CustomizationRegistry registry;
    private final CallPipeline pipeline;
    private final ServiceCatalog catalog;
    private final AwsEnvironment environment;
    private final Clock clock;
    private final ZoneId zone;
    private final FileReader files;
    private final WaiterRunner waiters;

    CustomizationRunner(CustomizationRegistry registry, CallPipeline pipeline, ServiceCatalog catalog,
                        AwsEnvironment environment, Clock clock, ZoneId zone, FileReader files, WaiterRunner waiters) {
        this.registry = registry;
        this.pipeline = pipeline;
        this.catalog = catalog;
        this.environment = environment;
        this.clock = clock;
        this.zone = zone;
        this.files = files;
        this.waiters = waiters;
    }

    /**
     * @param format the output format the command would print with ({@code --output}, defaults, profile)
     * @throws ClientException ({@code UnsupportedCommand}) for a customization aws-mcp does not run
     * @throws dev.awsmcp.error.AwsMcpException when the command fails before it prints anything
     */
    CommandResult run(String commandLine, HighLevelCommand h, ExecutionContext ctx, CommandTrace trace, long t0,
                      OutputRenderer renderer, Function<HighLevelCommand, String> format) {
        Customization c = registry.find(h.service(), h.subcommand()).orElseThrow(() -> unsupported(h));
        CustomResult r = c.run(h, new CustomBridge(pipeline, catalog, h, ctx, trace, environment, clock, zone, files,
                waiters));
        JsonNode json = null;
        String text;
        if (r.document() != null) {
            OutputRenderer.Rendered out = renderer.document(r.document(), format.apply(h),
                    r.title() != null ? r.title() : h.subcommand(),
                    h.options().query());
            json = out.json();
            // the formatter prints nothing for an empty document ({} from SetTerminationProtection), as the CLI;
            // what follows it is the customization's own (eks get-token's extra newline)
            text = out.text() + r.after();
        } else {
            text = r.stdout() == null ? "" : r.stdout();
            if (r.value()) {
                // A bare token, password or URL: its JSON value is the string itself.
                json = TextNode.valueOf(text.strip());
            }
        }
        ErrorInfo error = r.failure() == null ? null
                : new ErrorInfo(r.failure().code(), r.failure().message(), r.failure().hint());
        synchronized (trace) {
            int exit = dev.awsmcp.error.ExitCodes.cliV1(r.exitCode(), error == null ? null : error.code());
            return new CommandResult(commandLine, h.service(), h.subcommand(), exit, json, text, error, null,
                    trace.requestIds(), trace.lastStatus(), Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    private static ClientException unsupported(HighLevelCommand h) {
        String command = "'aws " + h.service() + (h.subcommand().isEmpty() ? "" : " " + h.subcommand()) + "'";
        return UnsupportedCustomizations.of(h.service(), h.subcommand())
                .map(r -> new ClientException("UnsupportedCommand", command + " is an AWS CLI customization that "
                        + "aws-mcp does not run: it " + r.reason() + ".", r.hint()))
                .orElseGet(() -> new ClientException("UnsupportedCommand", command + " is an AWS CLI customization "
                        + "that aws-mcp does not run.", "Use the equivalent API operation (e.g. 'aws s3api "
                        + "list-objects-v2' for 'aws s3 ls')."));
    }
}
