package dev.awsmcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.client.CallPipeline;
import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.client.waiter.WaiterRunner;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.custom.CustomCommandRunner;
import dev.awsmcp.custom.CustomResult;
import dev.awsmcp.model.ServiceCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * Runs the customizations of {@link CustomCommandRunner} (credential minting, {@code cloudformation deploy}) for
 * the facade, after the gate has
 * allowed the command, with a {@link CustomBridge} as their way to AWS, and turns what they print into a
 * {@link CommandResult}. A document ({@code eks get-token}'s ExecCredential) goes through the output formatter
 * with {@code --output} and {@code --query}, followed by the blank line the CLI prints after it. Thread-safe.
 */
final class CustomCommands {
    private final CallPipeline pipeline;
    private final ServiceCatalog catalog;
    private final AwsEnvironment environment;
    private final Clock clock;
    private final FileReader files;
    private final WaiterRunner waiters;

    CustomCommands(CallPipeline pipeline, ServiceCatalog catalog, AwsEnvironment environment, Clock clock,
                   FileReader files, WaiterRunner waiters) {
        this.pipeline = pipeline;
        this.catalog = catalog;
        this.environment = environment;
        this.clock = clock;
        this.files = files;
        this.waiters = waiters;
    }

    /** Whether {@link #run} takes this command. */
    boolean runs(HighLevelCommand h) {
        return CustomCommandRunner.runs(h.service(), h.subcommand());
    }

    /**
     * @param format the output format the command would print with ({@code --output}, defaults, profile)
     * @throws dev.awsmcp.error.AwsMcpException when the command fails (the facade turns it into a result)
     */
    CommandResult run(String commandLine, HighLevelCommand h, ExecutionContext ctx, CommandTrace trace, long t0,
                      OutputRenderer renderer, Function<HighLevelCommand, String> format) {
        CustomResult r = new CustomCommandRunner(new CustomBridge(pipeline, catalog, h, ctx, trace, environment, clock,
                files, waiters))
                .run(h);
        JsonNode json;
        String text;
        if (r.document() != null) {
            OutputRenderer.Rendered out = renderer.document(r.document(), format.apply(h), h.subcommand(),
                    h.options().query());
            json = out.json();
            text = out.text() + "\n";
        } else {
            // A bare token or password: its JSON value is the string itself, as for `aws s3 presign`.
            json = TextNode.valueOf(r.stdout().strip());
            text = r.stdout();
        }
        return new CommandResult(commandLine, h.service(), h.subcommand(), 0, json, text, null, null,
                trace.requestIds(), trace.lastStatus(), Duration.ofNanos(System.nanoTime() - t0));
    }
}
