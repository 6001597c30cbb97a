package dev.awsmcp.cli;

import dev.awsmcp.AwsMcp;
import dev.awsmcp.audit.AuditFlags;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.mcp.AwsMcpServer;
import dev.awsmcp.mcp.ConfigOption;
import dev.awsmcp.mcp.McpHttpTransport;
import dev.awsmcp.mcp.ServerConfig;
import dev.awsmcp.mcp.StdioTransport;
import dev.awsmcp.policy.PolicySettings;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code aws-mcp serve}: the MCP server over stdio (default) or streamable HTTP. Options come from flags and
 * {@code AWS_MCP_*} variables ({@link ServerConfig}). Stdout carries only the protocol; logs go to stderr and the
 * log file. Stops when the client closes stdin, or on SIGTERM/SIGINT.
 */
final class ServeCommand implements Subcommand {
    /** Builds the facade (runs on a background thread). */
    @FunctionalInterface
    interface FacadeFactory {
        AwsMcp create(ServerConfig config, PolicySettings policy, AuditFlags.Result audit, ServeStatus status);
    }

    private final FacadeFactory facades;
    private final Map<String, String> env;

    /** The real command: the full pipeline with policy and audit. */
    ServeCommand() {
        this(ServePipeline::facade, System.getenv());
    }

    /**
     * @param facades builds the facade (tests pass a fake)
     * @param env     the environment
     */
    ServeCommand(FacadeFactory facades, Map<String, String> env) {
        this.facades = facades;
        this.env = env;
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "Run the MCP server (stdio by default, --http for streamable HTTP)";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        if (args.contains("--help") || args.contains("-h")) {
            out.println("Usage: aws-mcp serve [--http] [options]");
            out.println();
            out.println("Every option can also be set with its environment variable; a flag wins over the variable.");
            ConfigOption.helpLines().forEach(out::println);
            return 0;
        }
        // keep the real stdout for the protocol; anything else printing to System.out lands on stderr
        OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024);
        ServerConfig config;
        try {
            config = ServerConfig.parse(args, env);
        } catch (AwsMcpException e) {
            err.println("aws-mcp serve: " + e.getMessage() + (e.hint() == null ? "" : "\nHint: " + e.hint()));
            return e.exitCode();
        }
        LoggingSetup.configure(config.logLevel(), config.logFile(), err);
        AwsMcpServer.warmUp(); // after the logging set-up (it creates loggers); overlaps the rest on a second core
        System.setOut(System.err);
        PolicySettings policy;
        AuditFlags.Result audit;
        try {
            policy = ServePipeline.policy(config);
            audit = ServePipeline.audit(config);
            dev.awsmcp.audit.AuditFlags.checkWritable(audit.file());
        } catch (AwsMcpException e) {
            err.println("aws-mcp serve: " + e.getMessage() + (e.hint() == null ? "" : "\nHint: " + e.hint()));
            return e.exitCode();
        } catch (IllegalArgumentException e) {
            err.println("aws-mcp serve: " + e.getMessage() + ".\nHint: Run 'aws-mcp serve --help' for the options.");
            return 252;
        }
        ServerConfig effective = config.withPolicyModes(policy.readOnly(), policy.requireConsent(), policy.allowSensitiveReads());
        ServeStatus status = new ServeStatus(policy);
        BackgroundFacade facade = new BackgroundFacade(() -> facades.create(effective, policy, audit, status),
                ServePipeline::warmUp);
        AtomicBoolean facadeClosed = new AtomicBoolean();
        Runnable closeFacade = () -> {
            if (facadeClosed.compareAndSet(false, true)) {
                facade.close();
            }
        };
        AwsMcpServer server = AwsMcpServer.builder(facade, effective).env(env).status(status)
                .onClientInitialized(facade::start).build(); // default suggester: the bundled index, keyword fallback
        if (config.transport() == ServerConfig.Transport.HTTP) {
            McpHttpTransport http = McpHttpTransport.start(server);
            if (!onShutdown(() -> {
                http.close();
                closeFacade.run();
            })) {
                return 0;
            }
            System.err.println("aws-mcp: MCP streamable HTTP on " + http.endpoint()
                    + (config.authToken() == null ? "" : " (bearer token required)"));
            reportSetupFailure(facade);
            http.join();
            http.close();
        } else {
            StdioTransport stdio = StdioTransport.start(server, in, protocol);
            if (!onShutdown(() -> {
                stdio.close();
                closeFacade.run();
            })) {
                return 0;
            }
            reportSetupFailure(facade);
            stdio.awaitDisconnect();
            stdio.close();
        }
        closeFacade.run();
        return 0;
    }

    /**
     * Registers what SIGTERM must close; when the signal came during start-up (the JVM is already shutting down and
     * refuses new hooks), closes it now instead.
     *
     * @return false when the process is already shutting down
     */
    private static boolean onShutdown(Runnable close) {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(close, "aws-mcp-shutdown"));
            return true;
        } catch (IllegalStateException shuttingDown) {
            close.run();
            return false;
        }
    }

    /** Logs (once, on stderr) why the pipeline could not be built; calls report it too. */
    private static void reportSetupFailure(BackgroundFacade facade) {
        facade.onFailure(failure -> System.err.println("aws-mcp serve: "
                + BackgroundFacade.failure("", failure).error().message()));
    }
}
