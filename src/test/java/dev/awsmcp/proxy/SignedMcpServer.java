package dev.awsmcp.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;

/**
 * A real streamable-HTTP MCP server for the proxy tests: the MCP Java SDK's server behind Jetty, with a filter
 * that checks the SigV4 signature of every request by signing it again with the SDK's own signer (only the keys
 * in {@link #validKeys} are accepted). Tools: {@code call_aws} and {@code search_documentation} (unannotated, as
 * the managed AWS MCP Server lists them), {@code peek} (readOnlyHint), {@code delete_everything}, {@code run_script},
 * {@code slow} (progress until cancelled), {@code big} (200,000 characters) and {@code ask} (elicitation back to
 * the client).
 */
final class SignedMcpServer implements AutoCloseable {
    static final String SERVICE = "aws-mcp";
    static final String REGION = "us-east-1";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    final Map<String, AwsCredentials> validKeys = new ConcurrentHashMap<>();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger rejected = new AtomicInteger();
    final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    final List<String> toolCalls = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch slowStarted = new CountDownLatch(1);
    volatile boolean slowFinished;

    private final Server jetty;
    private final McpSyncServer mcp;
    private final int port;

    SignedMcpServer(int port, Map<String, AwsCredentials> keys) throws Exception {
        validKeys.putAll(keys);
        HttpServletStreamableServerTransportProvider provider = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpJsonDefaults.getMapper()).mcpEndpoint("/mcp").build();
        mcp = McpServer.sync(provider).serverInfo("signed-remote", "1.0")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
                .tools(tool("call_aws", null, "cli_command", (ex, req) -> text("ran: " + req.arguments().get("cli_command"))),
                        tool("search_documentation", null, "search_phrase", (ex, req) -> text("docs for " + req.arguments().get("search_phrase"))),
                        tool("peek", true, "what", (ex, req) -> text("peeked")),
                        tool("delete_everything", false, "what", (ex, req) -> text("deleted " + req.arguments().get("what"))),
                        tool("run_script", null, "code", (ex, req) -> text("script ran")),
                        tool("slow", null, "what", this::slow),
                        tool("big", null, "what", (ex, req) -> text("x".repeat(200_000))),
                        tool("ask", null, "what", this::ask))
                .build();
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        FilterHolder verify = new FilterHolder(new Verifier());
        verify.setAsyncSupported(true);
        context.addFilter(verify, "/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder servlet = new ServletHolder(provider);
        servlet.setAsyncSupported(true);
        context.addServlet(servlet, "/mcp");
        jetty.setHandler(context);
        jetty.start();
        this.port = connector.getLocalPort();
    }

    int port() {
        return port;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + "/mcp");
    }

    @Override
    public void close() throws Exception {
        mcp.closeGracefully();
        jetty.stop();
    }

    private static McpServerFeatures.SyncToolSpecification tool(String name, Boolean readOnly, String argument,
            java.util.function.BiFunction<McpSyncServerExchange, McpSchema.CallToolRequest, McpSchema.CallToolResult> handler) {
        McpSchema.Tool.Builder t = McpSchema.Tool.builder().name(name).description(name + " for tests")
                .inputSchema(Map.of("type", "object", "properties", Map.of(argument, Map.of("type", "string"))));
        if (readOnly != null) {
            t.annotations(McpSchema.ToolAnnotations.builder().readOnlyHint(readOnly).build());
        }
        return McpServerFeatures.SyncToolSpecification.builder().tool(t.build()).callHandler((ex, req) -> {
            return handler.apply(ex, req);
        }).build();
    }

    private static McpSchema.CallToolResult text(String s) {
        return McpSchema.CallToolResult.builder().addTextContent(s).build();
    }

    private McpSchema.CallToolResult slow(McpSyncServerExchange ex, McpSchema.CallToolRequest req) {
        Object token = req.meta() == null ? null : req.meta().get("progressToken");
        slowStarted.countDown();
        for (int i = 1; i <= 50; i++) {
            if (token != null) {
                ex.progressNotification(new McpSchema.ProgressNotification(token, (double) i, 50.0, "step " + i));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return text("interrupted");
            }
        }
        slowFinished = true;
        return text("slow done");
    }

    private McpSchema.CallToolResult ask(McpSyncServerExchange ex, McpSchema.CallToolRequest req) {
        McpSchema.ElicitResult r = ex.createElicitation(McpSchema.ElicitFormRequest.builder("Pick a colour",
                Map.of("type", "object", "properties", Map.of("colour", Map.of("type", "string")))).build());
        return text("answer: " + r.action() + " " + r.content());
    }

    /** Rejects (403) any request whose SigV4 signature is not what the SDK signer computes for it. */
    private final class Verifier implements Filter {
        private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

        @Override
        public void doFilter(ServletRequest sreq, ServletResponse sres, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest req = (HttpServletRequest) sreq;
            HttpServletResponse res = (HttpServletResponse) sres;
            byte[] body = req.getInputStream().readAllBytes();
            String why = check(req, body);
            if (why != null) {
                rejected.incrementAndGet();
                res.setStatus(403);
                res.setContentType("application/json");
                res.getWriter().write("{\"message\":\"" + why + "\"}");
                return;
            }
            accepted.incrementAndGet();
            String text = new String(body, StandardCharsets.UTF_8);
            if (!text.isEmpty()) {
                bodies.add(text);
                if (text.contains("\"tools/call\"")) {
                    toolCalls.add(text);
                }
            }
            chain.doFilter(new Cached(req, body), res);
        }

        private String check(HttpServletRequest req, byte[] body) {
            String auth = req.getHeader("Authorization");
            if (auth == null || !auth.startsWith("AWS4-HMAC-SHA256 ")) {
                return "missing SigV4 Authorization";
            }
            String credential = part(auth, "Credential=");
            String signedHeaders = part(auth, "SignedHeaders=");
            String[] scope = credential.split("/");
            AwsCredentials creds = validKeys.get(scope[0]);
            if (creds == null) {
                return "unknown access key";
            }
            if (!scope[2].equals(REGION) || !scope[3].equals(SERVICE)) {
                return "wrong scope " + scope[2] + "/" + scope[3];
            }
            Instant time = Instant.from(AMZ_DATE.parse(req.getHeader("X-Amz-Date")));
            SdkHttpFullRequest.Builder b = SdkHttpFullRequest.builder()
                    .method(SdkHttpMethod.fromValue(req.getMethod()))
                    .uri(URI.create("http://" + req.getHeader("Host") + req.getRequestURI()));
            for (String h : signedHeaders.split(";")) {
                if (!h.equals("x-amz-date") && req.getHeader(h) != null) {
                    b.putHeader(h, req.getHeader(h));
                }
            }
            String expected = signer.sign(SignRequest.builder(creds).request(b.build())
                            .payload(ContentStreamProvider.fromByteArray(body))
                            .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                            .putProperty(AwsV4HttpSigner.REGION_NAME, REGION)
                            .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(time, ZoneOffset.UTC))
                            .build())
                    .request().firstMatchingHeader("Authorization").orElse("");
            return expected.equals(auth) ? null : "signature mismatch";
        }

        private String part(String auth, String key) {
            int i = auth.indexOf(key);
            if (i < 0) {
                return "";
            }
            int end = auth.indexOf(',', i);
            return auth.substring(i + key.length(), end < 0 ? auth.length() : end).trim();
        }
    }

    /** The request with its body read once, for the verifier, and again for the servlet. */
    private static final class Cached extends HttpServletRequestWrapper {
        private final byte[] body;

        Cached(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener l) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }
    }

    static ObjectMapper json() {
        return new ObjectMapper();
    }

    static boolean await(CountDownLatch latch) throws InterruptedException {
        return latch.await(10, TimeUnit.SECONDS);
    }
}
