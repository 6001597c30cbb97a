package dev.awsmcp.cli;

import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ErrorInfo;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.error.AwsMcpException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Builds the facade on a background thread once the MCP handshake is done ({@link #start()}, called when the client
 * sends {@code notifications/initialized}), so {@code initialize} is answered without competing for the CPU with
 * classifier tables, credential providers and HTTP clients, and the build overlaps the client's think time before
 * its first call. Calls start the build if nothing did and wait for it; if it failed, each call reports why in one
 * sentence instead of the server dying before the client can show anything.
 */
final class BackgroundFacade implements AwsMcp {
    private final CompletableFuture<AwsMcp> facade = new CompletableFuture<>();
    private final Supplier<AwsMcp> build;
    private final java.util.function.Consumer<AwsMcp> afterBuild;
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

    BackgroundFacade(Supplier<AwsMcp> build) {
        this(build, aws -> { });
    }

    /**
     * @param build      builds the facade
     * @param afterBuild runs on the build thread once calls can use the facade (e.g. preparing common services)
     */
    BackgroundFacade(Supplier<AwsMcp> build, java.util.function.Consumer<AwsMcp> afterBuild) {
        this.build = build;
        this.afterBuild = afterBuild;
    }

    /** Starts the build (once). */
    void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            AwsMcp built;
            try {
                built = build.get();
            } catch (RuntimeException | Error e) {
                facade.completeExceptionally(e);
                return;
            }
            facade.complete(built);
            try {
                afterBuild.accept(built);
            } catch (RuntimeException e) {
                // best effort: the calls themselves report anything wrong
            }
        }, "aws-mcp-facade-init");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public CommandResult execute(String command, ExecutionContext context) {
        start();
        AwsMcp aws;
        try {
            aws = facade.join();
        } catch (CompletionException e) {
            return failure(command, e.getCause());
        }
        return aws.execute(command, context);
    }

    /** The build's failure as a result, or null while it is fine. */
    static CommandResult failure(String command, Throwable cause) {
        ErrorInfo error = cause instanceof AwsMcpException a
                ? new ErrorInfo(a.code(), a.getMessage(), a.hint())
                : new ErrorInfo("ServerSetupFailed", "The server could not set up the AWS pipeline: "
                        + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()) + ".",
                        "Check the server options and its log file, then restart the server.");
        int exit = cause instanceof AwsMcpException a ? dev.awsmcp.error.ExitCodes.cliV1(a) : 255;
        return new CommandResult(command, null, null, exit, null, "", error, null, List.of(), 0, Duration.ZERO);
    }

    /** Runs {@code report} with the build's failure, if it fails (does not start the build). */
    void onFailure(java.util.function.Consumer<Throwable> report) {
        facade.whenComplete((aws, e) -> {
            if (e != null) {
                report.accept(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
            }
        });
    }

    /** Waits for the build and reports its failure. */
    Throwable awaitFailure() {
        start();
        try {
            facade.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        }
    }

    @Override
    public void close() {
        if (facade.isDone() && !facade.isCompletedExceptionally()) {
            facade.join().close();
        } else {
            facade.thenAccept(AwsMcp::close);
        }
    }
}
