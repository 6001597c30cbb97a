package dev.awsmcp.mcp;

import dev.awsmcp.batch.FanOut;
import dev.awsmcp.output.CliOutput;
import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.client.auth.ProfileChoice;
import dev.awsmcp.client.auth.RegionResolver;
import software.amazon.awssdk.profiles.ProfileFileSupplier;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.batch.AccountRegions;
import dev.awsmcp.batch.CommandBatch;
import dev.awsmcp.batch.RegionSource;
import dev.awsmcp.knowledge.AwsDocumentation;
import dev.awsmcp.knowledge.RegionTools;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.regions.RegionCatalog;
import dev.awsmcp.sop.SopLibrary;
import dev.awsmcp.suggest.Suggester;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The MCP server's features (tools, resources, prompts) over one {@link AwsMcp} facade, ready to be put on a
 * transport with {@link StdioTransport} or {@link McpHttpTransport}.
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
            suggest_aws_commands when unsure which operation fits. search_documentation, read_documentation \
            and recommend answer from the AWS documentation; list_regions and get_regional_availability say what \
            runs where; retrieve_agent_sop gives tested step-by-step runbooks (also offered as prompts).""";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AwsMcpServer.class);
    /** Where the documentation fallback keeps its offline index between runs. */
    static final Path DOCS_INDEX_DIR = Path.of(System.getProperty("user.home"), ".cache", "aws-mcp", "api-index");

    private final ServerConfig config;
    private final AwsMcp facade;
    private final McpJsonMapper mapper;
    private final CancellationRegistry cancellations = new CancellationRegistry();
    private final JsonRpcInterceptor interceptor;
    private final List<McpServerFeatures.SyncToolSpecification> tools = new ArrayList<>();
    private final SopTools sops;
    private final Completions completions;
    private final ServerStatus status;
    /** Whether a client listed prompts, so the SOP prompts added after that must be announced. */
    private final java.util.concurrent.atomic.AtomicBoolean promptsListed = new java.util.concurrent.atomic.AtomicBoolean();
    private final AwsResources resources;
    private final AuditTool audit;
    private final ToolSchemas schemas;
    /** The SDK server once {@link #build} ran; the SOP prompts are added to it. */
    private volatile McpSyncServer built;
    /** Whether a client finished the handshake or listed prompts: time to read the SOPs. */
    private volatile boolean sopPromptsWanted;
    private final java.util.concurrent.atomic.AtomicBoolean sopPromptsStarted = new java.util.concurrent.atomic.AtomicBoolean();

    private AwsMcpServer(Builder b) {
        this.config = b.config;
        this.facade = b.facade;
        warmUp();
        this.mapper = McpJson.shared();
        this.schemas = new ToolSchemas(mapper);
        RegionSource regions = b.regions != null ? b.regions : new AccountRegions(b.facade, RegionCatalog::bundled, b.config.region());
        FanOut fanOut = new FanOut(b.facade, regions, ProfileSummaries.defaults()::credentialed, CliOutput.create(),
                new FanOut.Limits(b.config.maxParallel(), b.config.maxPerAccount()));
        CommandBatch batch = new CommandBatch(b.facade, regions, b.catalog, b.config.maxParallel(), fanOut);
        tools.add(new CallAwsTool(batch, b.config, cancellations, schemas).spec());
        tools.add(new HelpTool(b.help != null ? b.help : new CatalogHelp(b.catalog), schemas).spec());
        tools.add(new SuggestTool(b.suggester != null ? b.suggester
                : new IndexSuggester(Suggester::bundled, new KeywordSuggester(b.catalog)), schemas).spec());
        Supplier<ServiceCatalog> catalog = b.catalog;
        Supplier<AwsDocumentation> docs = b.documentation != null ? b.documentation
                : new Lazy<>(() -> AwsDocumentation.builder().catalog(catalog.get()).offlineIndexDirectory(DOCS_INDEX_DIR).build());
        if (b.config.docs()) {
            tools.addAll(new DocumentationTools(docs, schemas).specs());
        }
        // live lookups run as ordinary commands through the facade: the read-only policy and the audit apply
        // the same chain the facade resolves a command's region with (config, environment, profile, default)
        AwsEnvironment awsEnv = new AwsEnvironment(b.env, ProfileFileSupplier.defaultSupplier());
        String apiRegion = new RegionResolver(b.config.region(), awsEnv)
                .resolve(null, ProfileChoice.resolve(null, b.config.profile(), awsEnv));
        tools.addAll(new RegionAvailabilityTools(new Lazy<>(() -> new RegionTools(RegionCatalog.bundled(), catalog.get(),
                b.facade::execute, apiRegion)), schemas).specs());
        this.audit = new AuditTool(b.facade, b.config, schemas, profile -> new RegionResolver(b.config.region(), awsEnv)
                .resolve(null, ProfileChoice.resolve(profile, b.config.profile(), awsEnv)),
                ProfileSummaries.defaults()::credentialed);
        tools.add(audit.spec());
        Supplier<SopLibrary> library = b.sops != null ? b.sops : new Lazy<>(() -> sopLibrary(b.config.sopDir()));
        this.sops = new SopTools(library, schemas);
        tools.addAll(sops.specs());
        Set<String> names = new LinkedHashSet<>();
        tools.forEach(t -> names.add(t.tool().name()));
        this.interceptor = new JsonRpcInterceptor(cancellations, names, () -> {
            promptsListed.set(true);
            wantSopPrompts();
        });
        Runnable onInitialized = b.onInitialized;
        interceptor.onInitialized(() -> {
            wantSopPrompts();
            onInitialized.run();
        });
        this.resources = new AwsResources(b.config, b.catalog, b.profiles != null ? b.profiles : ProfileSummaries.defaults(),
                b.status, b.env);
        this.completions = new Completions(b.catalog, library, b.profiles != null ? b.profiles : ProfileSummaries.defaults());
        this.status = b.status;
    }

    /** The bundled SOPs plus the user directory; a directory that cannot be used is logged and left out. */
    private static SopLibrary sopLibrary(Path userDirectory) {
        try {
            return SopLibrary.builder().userDirectory(userDirectory).build();
        } catch (RuntimeException e) {
            LOG.warn("SOP directory {} not loaded: {}", userDirectory, e.getMessage());
            return SopLibrary.bundled();
        }
    }

    /**
     * Starts preparing, on a spare core, what answering the MCP {@code initialize} request needs (Jackson's
     * serializers for the handshake messages, the first random UUID). Idempotent; {@link Builder#build()} calls it
     * too. A launcher calls it first thing, so the work overlaps its own set-up.
     */
    public static void warmUp() {
        McpJson.warmUp();
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
        McpSyncServer server = spec.serverInfo(NAME, VERSION)
                .instructions(INSTRUCTIONS)
                .jsonMapper(mapper)
                .capabilities(McpSchema.ServerCapabilities.builder()
                        .tools(false)
                        .resources(true, false) // subscribe: aws://audit/recent tells of each new record
                        .completions()
                        // false keeps addPrompt from notifying once per SOP; one notification follows them all
                        .prompts(false)
                        .logging()
                        .build())
                // server-to-client requests (elicitation) wait for a human
                .requestTimeout(Duration.ofMinutes(10))
                // the tools check their own arguments and answer with a hint the agent can act on
                .validateToolInputs(false)
                .jsonSchemaValidator(new LazySchemaValidator())
                .tools(tools.stream().map(this::tracked).toList())
                .resources(java.util.stream.Stream.concat(resources.specs().stream(), java.util.stream.Stream.of(
                        audit.resource())).toList())
                .resourceTemplates(completions.templates())
                .prompts(TaskPrompts.specs())
                .completions(completions.specs(TaskPrompts.specs()))
                .build();
        java.util.Set<String> refs = new java.util.HashSet<>();
        TaskPrompts.specs().forEach(p -> refs.add(p.prompt().name()));
        completions.templates().forEach(t -> refs.add(t.resourceTemplate().uriTemplate()));
        interceptor.completions(refs, TaskPrompts.specs().get(0).prompt().name());
        built = server;
        status.onAudit(() -> server.getAsyncServer()
                .notifyResourcesUpdated(new McpSchema.ResourcesUpdatedNotification(AwsResources.RECENT_AUDIT_URI))
                .subscribe(ok -> { }, e -> LOG.debug("resource update not sent: {}", e.getMessage())));
        if (sopPromptsWanted) {
            startSopPrompts(server);
        }
        return server;
    }

    /**
     * The client finished the handshake ({@code notifications/initialized}) or listed prompts: read the SOPs now.
     * Not earlier: reading them costs ~50 ms of CPU, which the {@code initialize} answer should not compete with.
     */
    private void wantSopPrompts() {
        sopPromptsWanted = true;
        McpSyncServer server = built;
        if (server != null) {
            startSopPrompts(server);
        }
    }

    /**
     * Reads the tool schemas ({@link ToolSchemas} defers them) and adds one prompt per SOP on a background thread
     * (once): reading the SOP library takes a few hundred milliseconds cold. They are usually in place before a
     * client first lists prompts; a client that listed earlier gets one {@code notifications/prompts/list_changed}
     * (never sent before a client spoke, which would precede the {@code initialize} answer).
     */
    private void startSopPrompts(McpSyncServer server) {
        if (!sopPromptsStarted.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                schemas.loadAll(); // usually before the client's tools/list needs them
            } catch (RuntimeException e) {
                LOG.debug("tool schemas not preloaded: {}", e.getMessage()); // tools/list reports it
            }
            List<McpServerFeatures.SyncPromptSpecification> specs;
            try {
                specs = sops.prompts();
            } catch (RuntimeException e) {
                // a broken SOP set must not keep the server from working; retrieve_agent_sop reports it
                LOG.warn("SOP prompts not registered: {}", e.getMessage());
                return;
            }
            for (McpServerFeatures.SyncPromptSpecification p : specs) {
                try {
                    server.addPrompt(p);
                } catch (RuntimeException e) {
                    LOG.warn("SOP prompt {} not registered: {}", p.prompt().name(), e.getMessage());
                }
            }
            try {
                if (promptsListed.get()) {
                    server.notifyPromptsListChanged();
                }
            } catch (RuntimeException e) {
                LOG.debug("no client to tell about the SOP prompts yet: {}", e.getMessage());
            }
        }, "aws-mcp-sop-prompts");
        t.setDaemon(true);
        t.start();
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
        private Supplier<AwsDocumentation> documentation;
        private Supplier<SopLibrary> sops;
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

        /** The suggester behind {@code suggest_aws_commands} (default: {@link IndexSuggester}). */
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

        /** The documentation tools (default: the public AWS services, built on first use). */
        public Builder documentation(AwsDocumentation documentation) {
            Objects.requireNonNull(documentation, "documentation");
            this.documentation = () -> documentation;
            return this;
        }

        /** The SOPs behind {@code retrieve_agent_sop} and the SOP prompts (default: bundled plus {@code --sop-dir}). */
        public Builder sops(SopLibrary sops) {
            Objects.requireNonNull(sops, "sops");
            this.sops = () -> sops;
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
