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
 * Builds the facade on a background thread while the MCP handshake runs, so {@code initialize} is answered without
 * waiting for credential providers and HTTP clients. Calls wait for the build; if it failed, each call reports why
 * in one sentence instead of the server dying before the client can show anything.
 */
final class BackgroundFacade implements AwsMcp {
    private final CompletableFuture<AwsMcp> facade;

    BackgroundFacade(Supplier<AwsMcp> build) {
        this.facade = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                facade.complete(build.get());
            } catch (RuntimeException | Error e) {
                facade.completeExceptionally(e);
            }
        }, "aws-mcp-facade-init");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public CommandResult execute(String command, ExecutionContext context) {
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
        int exit = cause instanceof AwsMcpException a ? a.exitCode() : 255;
        return new CommandResult(command, null, null, exit, null, "", error, null, List.of(), 0, Duration.ZERO);
    }

    /** Waits for the build and reports its failure, for the log at start-up. */
    Throwable awaitFailure() {
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
