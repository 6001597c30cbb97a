package dev.awsmcp.mcp;

import dev.awsmcp.client.auth.RegionResolver;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceSummary;
import dev.awsmcp.regions.PartitionInfo;
import dev.awsmcp.regions.RegionCatalog;
import dev.awsmcp.regions.RegionInfo;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The read-only resources: {@code aws://profiles}, {@code aws://regions}, {@code aws://config},
 * {@code aws://services} and {@code aws://audit/recent}, each a JSON document.
 */
final class AwsResources {
    /** How many audit records {@code aws://audit/recent} shows. */
    static final int RECENT_AUDIT = 50;
    /** The resource clients subscribe to for new audit records. */
    static final String RECENT_AUDIT_URI = "aws://audit/recent";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerConfig config;
    private final java.util.function.Supplier<ServiceCatalog> catalog;
    private final ProfileSummaries profiles;
    private final ServerStatus status;
    private final Map<String, String> env;

    AwsResources(ServerConfig config, java.util.function.Supplier<ServiceCatalog> catalog, ProfileSummaries profiles, ServerStatus status,
                 Map<String, String> env) {
        this.config = config;
        this.catalog = catalog;
        this.profiles = profiles;
        this.status = status;
        this.env = env;
    }

    List<McpServerFeatures.SyncResourceSpecification> specs() {
        return List.of(
                spec("aws://profiles", "profiles", "AWS profiles",
                        "Profiles from ~/.aws/config and credentials: name, region, credential kind (sso, role, static, process...). No secrets.",
                        () -> Map.of("profiles", profiles.list())),
                spec("aws://regions", "regions", "AWS regions",
                        "Regions per partition with names, and which are enabled in every account; the server's default region.",
                        this::regions),
                spec("aws://config", "config", "Server configuration",
                        "Effective mode (read-only or not), profile, region, working directory, policy summary and limits.",
                        this::effectiveConfig),
                spec("aws://services", "services", "AWS services",
                        "Every bundled service: CLI name, full name, protocols, operation count.",
                        this::services),
                spec(RECENT_AUDIT_URI, "audit-recent", "Recent audit records",
                        "The last " + RECENT_AUDIT + " audited calls (command with secrets redacted, decision, status).",
                        () -> Map.of("records", status.recentAudit(RECENT_AUDIT))));
    }

    private static McpServerFeatures.SyncResourceSpecification spec(String uri, String name, String title, String description,
                                                                     Supplier<Object> body) {
        McpSchema.Resource resource = McpSchema.Resource.builder().uri(uri).name(name).title(title)
                .description(description).mimeType("application/json").build();
        return new McpServerFeatures.SyncResourceSpecification(resource, (exchange, request) -> {
            try {
                String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body.get());
                return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(uri, "application/json", text)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot render " + uri, e);
            }
        });
    }

    Map<String, Object> effectiveConfig() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("server", Map.of("name", AwsMcpServer.NAME, "version", AwsMcpServer.VERSION));
        m.put("mode", config.readOnly() ? "read-only" : "read-write");
        m.put("requireConsent", config.requireConsent());
        m.put("profile", effectiveProfile());
        m.put("region", effectiveRegion());
        m.put("workDir", config.workDir().toString());
        m.put("fileAccess", config.fileAccess());
        m.put("policyFile", config.policyFile() == null ? "none" : config.policyFile().toString());
        m.put("policy", status.policySummary());
        m.put("limits", Map.of("maxOutputChars", config.maxOutput(), "maxBatch", ServerConfig.MAX_BATCH,
                "maxParallel", config.maxParallel()));
        m.put("transport", config.transport().name().toLowerCase(java.util.Locale.ROOT));
        Map<String, String> origins = new LinkedHashMap<>();
        config.origins().entrySet().stream()
                .filter(e -> !e.getValue().equals("default"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> origins.put(e.getKey().env(), e.getValue()));
        m.put("optionsSetBy", origins);
        return m;
    }

    private Map<String, Object> effectiveProfile() {
        if (config.profile() != null) {
            return Map.of("name", config.profile(), "source", source(ConfigOption.PROFILE));
        }
        String p = env.get("AWS_PROFILE");
        return p != null && !p.isBlank() ? Map.of("name", p, "source", "AWS_PROFILE") : Map.of("name", "default", "source", "default");
    }

    private Map<String, Object> effectiveRegion() {
        if (config.region() != null) {
            return Map.of("name", config.region(), "source", source(ConfigOption.REGION));
        }
        for (String var : List.of("AWS_REGION", "AWS_DEFAULT_REGION")) {
            String r = env.get(var);
            if (r != null && !r.isBlank()) {
                return Map.of("name", r, "source", var);
            }
        }
        String profile = String.valueOf(effectiveProfile().get("name"));
        return profiles.region(profile)
                .<Map<String, Object>>map(r -> Map.of("name", r, "source", "profile " + profile))
                .orElse(Map.of("name", RegionResolver.DEFAULT_REGION, "source", "default", "note",
                        "No region configured: commands without --region go to " + RegionResolver.DEFAULT_REGION + "."));
    }

    private String source(ConfigOption o) {
        String origin = config.origins().getOrDefault(o, "default");
        return origin.equals("flag") ? o.flag() : origin.equals("env") ? o.env() : "default";
    }

    private Map<String, Object> regions() {
        RegionCatalog data = RegionCatalog.bundled();
        List<Map<String, Object>> out = new ArrayList<>();
        for (PartitionInfo p : data.partitions()) {
            List<Map<String, Object>> regions = new ArrayList<>();
            for (RegionInfo r : data.regions(p.id())) {
                regions.add(Map.of("name", r.id(), "description", r.name() == null ? "" : r.name(),
                        "optIn", r.optIn().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
            }
            out.add(Map.of("partition", p.id(), "regions", regions));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("defaultRegion", effectiveRegion());
        m.put("partitions", out);
        m.put("note", "Opt-in regions must be enabled for the account; --region '*' in call_aws covers the enabled ones.");
        return m;
    }

    private Map<String, Object> services() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ServiceSummary s : catalog.get().services()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.cliName());
            m.put("title", s.fullName());
            m.put("protocols", s.protocols().isEmpty() ? List.of(s.protocol()) : s.protocols());
            m.put("operations", s.operations().size());
            list.add(m);
        }
        return Map.of("count", list.size(), "operations", catalog.get().operationCount(), "services", list);
    }
}
