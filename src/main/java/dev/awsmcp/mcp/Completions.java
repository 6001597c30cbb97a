package dev.awsmcp.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.ServiceSummary;
import dev.awsmcp.regions.RegionCatalog;
import dev.awsmcp.regions.RegionInfo;
import dev.awsmcp.sop.Sop;
import dev.awsmcp.sop.SopLibrary;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code completion/complete} for prompt arguments and resource-template arguments, and the resource templates
 * they complete: {@code aws://services/{service}} (one service's operations), {@code aws://services/{service}/{operation}}
 * (one operation's parameters) and {@code aws://sops/{name}} (one SOP). Values come from the bundled data and
 * the user's AWS config: profile names, regions, SOP names, service names, operation names. At most 100 values
 * are returned, with {@code total} and {@code hasMore} telling the rest.
 */
final class Completions {
    /** The most values one answer holds (the MCP limit). */
    static final int MAX = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<ServiceCatalog> catalog;
    private final Supplier<SopLibrary> sops;
    private final ProfileSummaries profiles;

    Completions(Supplier<ServiceCatalog> catalog, Supplier<SopLibrary> sops, ProfileSummaries profiles) {
        this.catalog = catalog;
        this.sops = sops;
        this.profiles = profiles;
    }

    /** One completion per prompt given and per resource template. */
    List<McpServerFeatures.SyncCompletionSpecification> specs(List<McpServerFeatures.SyncPromptSpecification> prompts) {
        List<McpServerFeatures.SyncCompletionSpecification> out = new ArrayList<>();
        for (McpServerFeatures.SyncPromptSpecification p : prompts) {
            out.add(new McpServerFeatures.SyncCompletionSpecification(new McpSchema.PromptReference(p.prompt().name()),
                    (exchange, request) -> complete(request)));
        }
        for (McpServerFeatures.SyncResourceTemplateSpecification t : templates()) {
            out.add(new McpServerFeatures.SyncCompletionSpecification(
                    new McpSchema.ResourceReference(t.resourceTemplate().uriTemplate()), (exchange, request) -> complete(request)));
        }
        return out;
    }

    /** The resource templates whose arguments this completes. */
    List<McpServerFeatures.SyncResourceTemplateSpecification> templates() {
        return List.of(
                template("aws://services/{service}", "service-operations", "One service's operations",
                        "The operations of one AWS service (CLI names, API names, whether each is a read).", this::service),
                template("aws://services/{service}/{operation}", "operation-parameters", "One operation's parameters",
                        "The parameters of one operation (CLI option, type, required) and its documentation.", this::operation),
                template("aws://sops/{name}", "sop", "One Agent SOP", "The text of one bundled or user SOP (runbook).",
                        this::sop));
    }

    McpSchema.CompleteResult complete(McpSchema.CompleteRequest request) {
        String name = request.argument() == null ? "" : request.argument().name();
        String typed = request.argument() == null || request.argument().value() == null ? "" : request.argument().value();
        Map<String, String> context = request.context() == null || request.context().arguments() == null
                ? Map.of() : request.context().arguments();
        // a comma-separated list completes its last item
        int comma = typed.lastIndexOf(',');
        String head = comma < 0 ? "" : typed.substring(0, comma + 1);
        String prefix = typed.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
        List<String> candidates = candidates(name.toLowerCase(Locale.ROOT), context);
        List<String> values = new ArrayList<>();
        int total = 0;
        for (String c : candidates) {
            if (c.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                total++;
                if (values.size() < MAX) {
                    values.add(head + c);
                }
            }
        }
        return new McpSchema.CompleteResult(new McpSchema.CompleteResult.CompleteCompletion(values, total, total > values.size()));
    }

    private List<String> candidates(String argument, Map<String, String> context) {
        if (argument.contains("profile")) {
            List<String> names = new ArrayList<>();
            profiles.list().forEach(p -> names.add(String.valueOf(p.get("name"))));
            return names;
        }
        if (argument.contains("region")) {
            List<String> regions = new ArrayList<>(List.of("*"));
            RegionCatalog.bundled().regions().stream().map(RegionInfo::id).forEach(regions::add);
            return regions;
        }
        if (argument.contains("service")) {
            return catalog.get().services().stream().map(ServiceSummary::cliName).sorted().toList();
        }
        if (argument.equals("operation")) {
            String service = context.get("service");
            Optional<ServiceSummary> s = service == null ? Optional.empty() : catalog.get().byCliName(service);
            return s.map(summary -> summary.operations().stream().map(CliNames::toCli).sorted().toList()).orElse(List.of());
        }
        if (argument.equals("name") || argument.contains("sop")) {
            return sops.get().list().stream().map(Sop::name).sorted().toList();
        }
        if (argument.equals("pack")) {
            return List.of("security", "inventory", "cost");
        }
        if (argument.contains("account")) {
            return List.of("*");
        }
        if (argument.equals("focus")) {
            return List.of("iam", "s3", "network", "logging", "encryption", "compute");
        }
        return List.of();
    }

    private Object service(Map<String, Object> vars) {
        ServiceModel model = model(vars);
        List<Map<String, Object>> ops = new ArrayList<>();
        for (Operation op : model.operations().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("command", "aws " + model.cliName() + " " + op.cliName());
            m.put("operation", op.name());
            ops.add(m);
        }
        return Map.of("service", model.cliName(), "title", model.summary().fullName(), "operations", ops);
    }

    private Object operation(Map<String, Object> vars) {
        ServiceModel model = model(vars);
        String wanted = String.valueOf(vars.get("operation"));
        Operation op = model.operationByCliName(wanted).or(() -> model.operation(wanted)).orElseThrow(() ->
                new ToolArgumentException("The service " + model.cliName() + " has no operation '"
                        + wanted + "'.", "Read aws://services/" + model.cliName() + " for its operations."));
        List<Map<String, Object>> params = new ArrayList<>();
        if (op.input() != null) {
            op.input().members().forEach((name, member) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("option", "--" + CliNames.toCli(name));
                m.put("member", name);
                m.put("type", member.shape().type().name().toLowerCase(Locale.ROOT));
                m.put("required", op.input().requiredMembers().contains(member));
                params.add(m);
            });
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", "aws " + model.cliName() + " " + op.cliName());
        out.put("operation", op.name());
        out.put("parameters", params);
        out.put("help", "aws_cli_help with 'aws " + model.cliName() + " " + op.cliName() + "' has the full text.");
        return out;
    }

    private Object sop(Map<String, Object> vars) {
        String name = String.valueOf(vars.get("name"));
        Sop sop = sops.get().find(name).orElseThrow(() -> new ToolArgumentException("There is no SOP '"
                + name + "'.", "retrieve_agent_sop with no name lists them."));
        return Map.of("name", sop.name(), "title", sop.title(), "source", sop.source(), "markdown", sop.markdown());
    }

    private ServiceModel model(Map<String, Object> vars) {
        String service = String.valueOf(vars.get("service"));
        return catalog.get().model(service).orElseThrow(() -> new ToolArgumentException(
                "There is no service '" + service + "'.", "Read aws://services for the service names."));
    }

    private static McpServerFeatures.SyncResourceTemplateSpecification template(String uriTemplate, String name, String title,
            String description, java.util.function.Function<Map<String, Object>, Object> body) {
        McpSchema.ResourceTemplate t = McpSchema.ResourceTemplate.builder().uriTemplate(uriTemplate).name(name)
                .title(title).description(description).mimeType("application/json").build();
        return new McpServerFeatures.SyncResourceTemplateSpecification(t, (exchange, request) -> {
            Map<String, Object> vars = match(uriTemplate, request.uri());
            try {
                String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body.apply(vars));
                return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(request.uri(),
                        "application/json", text)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot render " + request.uri(), e);
            }
        });
    }

    /** The variables of a URI under a template of {@code {name}} segments. */
    static Map<String, Object> match(String template, String uri) {
        String[] t = template.split("/");
        String[] u = uri.split("/");
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < t.length && i < u.length; i++) {
            if (t[i].startsWith("{") && t[i].endsWith("}")) {
                vars.put(t[i].substring(1, t[i].length() - 1), java.net.URLDecoder.decode(u[i], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return vars;
    }
}
