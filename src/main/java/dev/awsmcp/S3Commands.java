package dev.awsmcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.client.CallPipeline;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.s3.S3CommandRunner;
import dev.awsmcp.s3.S3Result;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Runs {@code aws s3 ...} commands for the facade (after the gate has allowed the command) with an {@link S3Bridge}
 * as their way to S3, and turns the CLI's output and exit code into a {@link CommandResult}. Thread-safe.
 */
final class S3Commands {
    private final CallPipeline pipeline;
    private final ServiceCatalog catalog;
    private final FileReader files;
    private final ZoneId zone;

    S3Commands(CallPipeline pipeline, ServiceCatalog catalog, FileReader files, ZoneId zone) {
        this.pipeline = pipeline;
        this.catalog = catalog;
        this.files = files;
        this.zone = zone;
    }

    CommandResult run(String commandLine, HighLevelCommand h, ExecutionContext ctx, CommandTrace trace, long t0) {
        String sub = h.subcommand();
        S3Result r;
        try {
            ServiceModel s3 = catalog.model("s3").orElseThrow(() -> new IllegalStateException("no S3 model"));
            r = new S3CommandRunner(new S3Bridge(pipeline, s3, h, ctx, trace), files, zone).run(h);
        } catch (AwsMcpException e) {
            r = new S3Result(e.exitCode(), "", "", e);
        }
        // presign's URL is also its JSON value, as the facade returned it before the other s3 commands ran here
        JsonNode json = sub.equals("presign") && r.exitCode() == 0 ? TextNode.valueOf(r.stdout().strip()) : null;
        synchronized (trace) {
            return new CommandResult(commandLine, "s3", sub, r.exitCode(), json, r.stdout(), error(r, sub), null,
                    trace.requestIds(), trace.lastStatus(), Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    private static ErrorInfo error(S3Result r, String sub) {
        String stderr = r.stderr().strip();
        if (r.error() != null) {
            String message = r.error().getMessage() + (stderr.isEmpty() ? "" : "\n" + stderr);
            return new ErrorInfo(r.error().code(), message, r.error().hint());
        }
        if (r.exitCode() == 0) {
            return null;
        }
        if (sub.equals("ls")) {
            return new ErrorInfo("NoMatchingObjects", "No objects or prefixes match the given path.",
                    "List the parent prefix, e.g. 'aws s3 ls s3://bucket/prefix/', to see what exists.");
        }
        if (r.exitCode() == 2) {
            return new ErrorInfo("S3TransferWarnings", stderr.isEmpty() ? "Some files were skipped." : stderr,
                    "The warnings name the skipped files and why.");
        }
        return new ErrorInfo("S3TransferFailed", stderr.isEmpty() ? "Some transfers failed." : stderr,
                "The lines above name each failed file and the service's error; fix them and run the command again.");
    }
}
