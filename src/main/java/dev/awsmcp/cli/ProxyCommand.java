package dev.awsmcp.cli;

import dev.awsmcp.AwsMcp;
import dev.awsmcp.audit.AuditFlags;
import dev.awsmcp.audit.AuditTrail;
import dev.awsmcp.audit.CloudWatchLogsSink;
import dev.awsmcp.audit.RotatingFileSink;
import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.engine.AwsLogsShipper;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.proxy.ProxyHttpTransport;
import dev.awsmcp.proxy.ProxyOptions;
import dev.awsmcp.proxy.ProxyServer;
import dev.awsmcp.proxy.ProxySigner;
import dev.awsmcp.proxy.ToolRules;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aws-mcp proxy <https-endpoint> ...}: serves MCP on stdio (or streamable HTTP with {@code --http}) and
 * forwards everything to remote MCP servers, SigV4-signed, judging each tool call in {@code --read-only} mode.
 */
final class ProxyCommand implements Subcommand {
    @Override
    public String name() {
        return "proxy";
    }

    @Override
    public String summary() {
        return "Bridge to remote MCP servers on AWS, SigV4-signed, read-only per call: proxy https://aws-mcp.us-east-1.api.aws/mcp";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            usage(args.isEmpty() ? err : out);
            return args.isEmpty() ? 252 : 0;
        }
        OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024);
        AwsEnvironment env = AwsEnvironment.system();
        ProxyOptions options;
        AuditFlags.Result auditFlags;
        String logLevel = "warn";
        Path logFile = null;
        ToolRules rules;
        try {
            options = ProxyOptions.parse(args, env);
            auditFlags = AuditFlags.parse(options.rest(), System.getenv());
            List<String> left = new ArrayList<>(auditFlags.remaining());
            for (int i = 0; i < left.size(); i++) {
                String a = left.get(i);
                if (a.startsWith("--log-level")) {
                    logLevel = a.contains("=") ? a.substring(a.indexOf('=') + 1) : left.get(++i);
                } else if (a.startsWith("--log-file")) {
                    logFile = Path.of(a.contains("=") ? a.substring(a.indexOf('=') + 1) : left.get(++i));
                } else {
                    throw new IllegalArgumentException("unknown option " + a.replaceAll("=.*", ""));
                }
            }
            rules = options.rulesFile() == null ? ToolRules.bundled() : ToolRules.withFile(options.rulesFile());
            dev.awsmcp.audit.AuditFlags.checkWritable(auditFlags.file());
        } catch (AwsMcpException e) {
            err.println("aws-mcp proxy: " + e.getMessage() + (e.hint() == null ? "" : "\nHint: " + e.hint()));
            return e.exitCode();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            err.println("aws-mcp proxy: " + e.getMessage() + ".\nHint: Run 'aws-mcp proxy --help' for the options.");
            return 252;
        }
        LoggingSetup.configure(logLevel, logFile, err);
        System.setOut(System.err); // the real stdout carries the protocol only
        AwsMcp shipperFacade = auditFlags.cloudWatch() == null ? null : AwsMcp.builder().build();
        AuditTrail.Builder trail = AuditTrail.builder().failureMode(auditFlags.failureMode()).sink(new RotatingFileSink(auditFlags.file(),
                RotatingFileSink.DEFAULT_MAX_BYTES, RotatingFileSink.DEFAULT_KEEP));
        if (shipperFacade != null) {
            trail.sink(new CloudWatchLogsSink(new AwsLogsShipper(shipperFacade, ""), auditFlags.cloudWatch(),
                    Duration.ofSeconds(5), 10_000));
        }
        try (AuditTrail audit = trail.build();
             ProxySigner signer = new ProxySigner(null, env, Clock.systemUTC())) {
            ProxyServer server = new ProxyServer(options, signer, rules, audit);
            if (options.http()) {
                try (ProxyHttpTransport http = ProxyHttpTransport.start(server)) {
                    err.println("aws-mcp proxy: serving MCP on " + http.endpoint() + " for " + options.remotes().size()
                            + " remote(s)");
                    Runtime.getRuntime().addShutdownHook(new Thread(http::close, "aws-mcp-proxy-shutdown"));
                    http.join();
                }
            } else {
                server.serveStdio(in, protocol);
            }
        } finally {
            if (shipperFacade != null) {
                shipperFacade.close();
            }
        }
        return 0;
    }

    private static void usage(PrintStream out) {
        out.println("Usage: aws-mcp proxy [options] ENDPOINT [NAME=ENDPOINT ...]");
        out.println();
        out.println("Serves MCP on stdio (or --http) and forwards it to remote MCP servers over streamable HTTP, SigV4-signed.");
        out.println("  ENDPOINT                 https://SERVICE.REGION.api.aws/mcp, an AgentCore gateway or runtime URL, ...");
        out.println("                           (http:// only for loopback). NAME=ENDPOINT names the tool prefix of a remote.");
        out.println("  --service NAME           SigV4 signing name (default: from the host, e.g. aws-mcp, bedrock-agentcore)");
        out.println("  --region NAME            SigV4 region (default: from the host, else AWS_REGION, else the profile's region)");
        out.println("  --profile NAME           credentials profile (default: the SDK chain); re-read on every request");
        out.println("  --config FILE            YAML/JSON: remotes: [{name, url, service, region, profile}]");
        out.println("  --metadata KEY=VALUE     sent as _meta on every request (repeatable)");
        out.println("  --read-only              forward only calls judged reads (see --read-only-rules); list only such tools");
        out.println("  --read-only-rules FILE   extra rules, before the bundled ones (docs/proxy.md)");
        out.println("  --require-consent        ask the human (elicitation) before a call that is not a read");
        out.println("  --connect-timeout SEC    60     --read-timeout SEC  120    --write-timeout SEC 180");
        out.println("  --timeout SEC            180    (a whole tool call)");
        out.println("  --retries N              " + ProxyOptions.DEFAULT_RETRIES + "      (connection failures, 429, 502-504; never a tool call after it was received)");
        out.println("  --max-output-chars N     " + ProxyOptions.DEFAULT_MAX_OUTPUT_CHARS + "  (output budget of one tool result)");
        out.println("  --audit-file FILE        audit trail (default ~/.aws-mcp/audit/audit.jsonl; AWS_MCP_AUDIT_FILE)");
        out.println("  --audit-cloudwatch GROUP[:STREAM]  also ship audit lines to CloudWatch Logs");
        out.println("  --http [--host H] [--port P]       serve streamable HTTP on H:P (default 127.0.0.1:8765) instead of stdio");
        out.println("  --log-level LEVEL        error|warn|info|debug (default warn; logs go to stderr)   --log-file FILE");
        out.println("Environment: AWS_MCP_READ_ONLY=true, AWS_MCP_REQUIRE_CONSENT=true, AWS_PROFILE, AWS_REGION.");
    }
}
