package dev.awsmcp.mcp;

import dev.awsmcp.AwsMcp;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.knowledge.AwsDocumentation;
import dev.awsmcp.knowledge.RegionTools;
import dev.awsmcp.regions.RegionCatalog;
import dev.awsmcp.sop.SopLibrary;
import dev.awsmcp.batch.AccountRegions;
import dev.awsmcp.batch.CommandBatch;
import dev.awsmcp.batch.RegionSource;
import dev.awsmcp.model.ServiceCatalog;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The MCP server's features (tools, resources, prompts) over one {@link AwsMcp} facade, ready to be put on a
 * transport with {@link StdioTransport} or {@link HttpTransport}.
 *
 * <pre>{@code
 * AwsMcpServer server = AwsMcpServer.builder(aws, ServerConfig.parse(args, System.getenv())).build();
 * StdioTransport.serve(server, System.in, System.out);
 * }</pre>
 */
public final class AwsMcpServer {
    /** The server name in {@code initialize}. */
    public static final String NAME = "aws-mcp";
    /** The server version in {@code initialize}. */
    public static final String VERSION = "0.1.0";

    private static final String INSTRUCTIONS = """
            AWS through AWS CLI syntax, run in-process with a security policy and an audit trail. \
            Read aws://config for the mode, profile and region. Use call_aws to run commands \
            (--query to shape output, lists of commands to batch), aws_cli_help for syntax, \
            suggest_aws_commands when unsure which operation fits.""";

    private final ServerConfig config;
    private final AwsMcp facade;
    private final McpJsonMapper mapper;
    private final CancellationRegistry cancellations = new CancellationRegistry();
    private final JsonRpcInterceptor interceptor;
    private final CallAwsTool callAws;
    private final HelpTool help;
    private final SuggestTool suggest;
    private final AwsResources resources;
    private final KnowledgeTools knowledge;
    private final SopTools sops;

    private AwsMcpServer(Builder b) {
        this.config = b.config;
        this.facade = b.facade;
        this.mapper = McpJsonDefaults.getMapper();
        ToolSchemas schemas = new ToolSchemas();
        RegionSource regions = b.regions != null ? b.regions : new AccountRegions(b.facade, RegionCatalog::bundled, b.config.region());
        CommandBatch batch = new CommandBatch(b.facade, regions, b.catalog, b.config.maxParallel());
        this.callAws = new CallAwsTool(batch, b.config, cancellations, schemas);
        this.help = new HelpTool(b.help != null ? b.help : new CatalogHelp(b.catalog), schemas);
        this.suggest = new SuggestTool(b.suggester != null ? b.suggester : new KeywordSuggester(b.catalog), schemas);
        this.resources = new AwsResources(b.config, b.catalog, b.profiles != null ? b.profiles : ProfileSummaries.defaults(),
                b.status, b.env);
        Supplier<ServiceCatalog> catalog = b.catalog;
        Supplier<AwsDocumentation> docs = b.docs != null ? b.docs : Lazy.of(() -> AwsDocumentation.builder()
                .catalog(catalog.get()).userAgent(NAME + "/" + VERSION).build());
        String apiRegion = b.config.region() != null ? b.config.region() : "us-east-1";
        Supplier<RegionTools> regionTools = b.regionTools != null ? b.regionTools : Lazy.of(() -> new RegionTools(
                RegionCatalog.bundled(), catalog.get(),
                command -> b.facade.execute(command, new ExecutionContext(null, null, "get_regional_availability", null, null, null)),
                apiRegion));
        this.knowledge = new KnowledgeTools(docs, regionTools, schemas);
        this.sops = new SopTools(b.sopLibrary != null ? b.sopLibrary
                : SopLibrary.builder().userDirectory(b.config.sopDir()).build(), schemas);
        java.util.Set<String> names = new java.util.HashSet<>();
        tools().forEach(t -> names.add(t.tool().name()));
        this.interceptor = new JsonRpcInterceptor(cancellations, names);
        interceptor.onInitialized(b.onInitialized);
    }

    /** Every tool this server offers, in listing order. */
    private List<McpServerFeatures.SyncToolSpecification> tools() {
        List<McpServerFeatures.SyncToolSpecification> all = new ArrayList<>(List.of(callAws.spec(), help.spec(), suggest.spec()));
        if (config.docs()) {
            all.addAll(knowledge.documentationTools());
        }
        all.addAll(knowledge.regionTools());
        all.addAll(sops.tools());
        return all;
    }

    /**
     * Starts a builder.
     *
     * @param facade the facade every call goes through
     * @param config the server configuration
     * @return a builder
     */
    public static Builder builder(AwsMcp facade, ServerConfig config) {
        return new Builder(facade, config);
    }

    /** The configuration. */
    public ServerConfig config() {
        return config;
    }

    /** The facade (closed by whoever created it). */
    public AwsMcp facade() {
        return facade;
    }

    McpJsonMapper mapper() {
        return mapper;
    }

    JsonRpcInterceptor interceptor() {
        return interceptor;
    }

    /**
     * Adds this server's features to an SDK server specification and builds it.
     *
     * @param spec a specification over a transport
     * @return the running SDK server
     */
    McpSyncServer build(McpServer.SyncSpecification<?> spec) {
        return spec.serverInfo(NAME, VERSION)
                .instructions(INSTRUCTIONS)
                .capabilities(McpSchema.ServerCapabilities.builder()
                        .tools(false)
                        .resources(false, false)
                        .prompts(false)
                        .logging()
                        .build())
                // server-to-client requests (elicitation) wait for a human
                .requestTimeout(Duration.ofMinutes(10))
                // the tools check their own arguments and answer with a hint the agent can act on
                .validateToolInputs(false)
                .jsonSchemaValidator(new LazySchemaValidator())
                .tools(tools().stream().map(this::tracked).toList())
                .resources(resources.specs())
                .prompts(prompts())
                .build();
    }

    private List<McpServerFeatures.SyncPromptSpecification> prompts() {
        List<McpServerFeatures.SyncPromptSpecification> all = new ArrayList<>(TaskPrompts.specs());
        all.addAll(sops.prompts());
        return all;
    }

    /** Forgets the call's cancellation flag when the handler returns, whatever the tool. */
    private McpServerFeatures.SyncToolSpecification tracked(McpServerFeatures.SyncToolSpecification spec) {
        return McpServerFeatures.SyncToolSpecification.builder().tool(spec.tool()).callHandler((exchange, request) -> {
            try {
                return spec.callHandler().apply(exchange, request);
            } finally {
                cancellations.finish(request.meta() == null ? null : (String) request.meta().get(CancellationRegistry.META_KEY));
            }
        }).build();
    }

    /**
     * Waits (bounded) until no tool call is running, so answers to requests sent just before the client closed its
     * input still go out.
     */
    void drain() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        try {
            while (cancellations.inFlight() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (cancellations.inFlight() == 0) {
                Thread.sleep(200); // the SDK writes the last answer on its own thread
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Builds an {@link AwsMcpServer}; every part but the facade and configuration has a default. */
    public static final class Builder {
        private final AwsMcp facade;
        private final ServerConfig config;
        // loading the catalog costs hundreds of milliseconds: leave it to the first call that needs it
        private Supplier<ServiceCatalog> catalog = ServiceCatalog::bundled;
        private RegionSource regions;
        private CliHelp help;
        private CommandSuggester suggester;
        private ServerStatus status = ServerStatus.NONE;
        private ProfileSummaries profiles;
        private Map<String, String> env = System.getenv();
        private Supplier<AwsDocumentation> docs;
        private Supplier<RegionTools> regionTools;
        private SopLibrary sopLibrary;
        private Runnable onInitialized = () -> { };

        private Builder(AwsMcp facade, ServerConfig config) {
            this.facade = Objects.requireNonNull(facade, "facade");
            this.config = Objects.requireNonNull(config, "config");
        }

        /** The model catalog (default: the bundled one). */
        public Builder catalog(ServiceCatalog catalog) {
            Objects.requireNonNull(catalog, "catalog");
            this.catalog = () -> catalog;
            return this;
        }

        /** Where {@code --region '*'} finds regions (default: DescribeRegions through the facade). */
        public Builder regions(RegionSource regions) {
            this.regions = Objects.requireNonNull(regions, "regions");
            return this;
        }

        /** The help behind {@code aws_cli_help} (default: {@link CatalogHelp}). */
        public Builder help(CliHelp help) {
            this.help = Objects.requireNonNull(help, "help");
            return this;
        }

        /** The suggester behind {@code suggest_aws_commands} (default: {@link KeywordSuggester}). */
        public Builder suggester(CommandSuggester suggester) {
            this.suggester = Objects.requireNonNull(suggester, "suggester");
            return this;
        }

        /** Policy summary and audit records for the resources (default: {@link ServerStatus#NONE}). */
        public Builder status(ServerStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /** The environment the effective profile and region are read from (default: the process's). */
        public Builder env(Map<String, String> env) {
            this.env = Map.copyOf(env);
            return this;
        }

        /** The documentation tools' engine (default: the public AWS documentation services, built on first use). */
        public Builder documentation(AwsDocumentation docs) {
            Objects.requireNonNull(docs, "docs");
            this.docs = () -> docs;
            return this;
        }

        /** The region tools (default: bundled data refined through the facade, built on first use). */
        public Builder regionTools(RegionTools tools) {
            Objects.requireNonNull(tools, "tools");
            this.regionTools = () -> tools;
            return this;
        }

        /** The Agent SOPs (default: the bundled ones plus the configured SOP directory). */
        public Builder sops(SopLibrary library) {
            this.sopLibrary = Objects.requireNonNull(library, "library");
            return this;
        }

        /**
         * Runs once when the first client completes the handshake ({@code notifications/initialized}): the moment
         * to start expensive set-up without delaying the {@code initialize} answer.
         */
        public Builder onClientInitialized(Runnable hook) {
            this.onInitialized = Objects.requireNonNull(hook, "hook");
            return this;
        }

        Builder profiles(ProfileSummaries profiles) {
            this.profiles = profiles;
            return this;
        }

        /** @return the server, not yet on a transport */
        public AwsMcpServer build() {
            return new AwsMcpServer(this);
        }
    }
}
