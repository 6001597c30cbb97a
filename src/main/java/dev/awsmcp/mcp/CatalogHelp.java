package dev.awsmcp.mcp;

import dev.awsmcp.custom.CustomizationRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.help.ModelHelp;
import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceSummary;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link CliHelp} from the parser's {@link ModelHelp}: the same parameters, shorthand and AWS CLI customizations the
 * parser accepts, shaped for an agent: one sentence per parameter in the text, a little more in the structured
 * form, and the models' examples written as CLI commands.
 */
public final class CatalogHelp implements CliHelp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_EXAMPLES = 3;
    private static final int PARAM_DOC = 300;

    private final Supplier<ServiceCatalog> catalog;

    /** @param catalog the models */
    public CatalogHelp(ServiceCatalog catalog) {
        this(() -> catalog);
    }

    /** @param catalog supplies the models on first use */
    public CatalogHelp(Supplier<ServiceCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public Page services() {
        ObjectNode root = JSON.createObjectNode().put("kind", "services");
        ArrayNode list = root.putArray("services");
        StringBuilder text = new StringBuilder("AWS CLI services (").append(catalog.get().services().size())
                .append("). Next: aws_cli_help with service=<name>.\n");
        for (ServiceSummary s : catalog.get().services()) {
            list.addObject().put("name", s.cliName()).put("title", s.fullName());
            text.append(s.cliName()).append(": ").append(s.fullName()).append('\n');
        }
        return new Page(root, text.toString());
    }

    @Override
    public Page service(String service) {
        ModelHelp.ServiceHelp h;
        try {
            h = new ModelHelp(catalog.get(), CustomizationRegistry.bundled().commandNames()).service(service);
        } catch (CommandException e) {
            return error(e);
        }
        ObjectNode root = JSON.createObjectNode().put("kind", "service").put("service", h.service());
        root.put("description", cut(firstParagraph(h.summary()), 600));
        ArrayNode ops = root.putArray("operations");
        StringBuilder text = new StringBuilder("aws ").append(h.service()).append(" (").append(h.fullName()).append(")\n")
                .append(root.get("description").asText()).append("\n\nOperations (").append(h.operations().size())
                .append("). Next: aws_cli_help with operation=<name>.\n");
        for (ModelHelp.OperationSummary op : h.operations()) {
            String summary = cut(op.summary(), 160);
            ops.addObject().put("name", op.name()).put("summary", summary);
            text.append("  ").append(op.name()).append(summary.isEmpty() ? "" : ": " + summary).append('\n');
        }
        return new Page(root, text.toString());
    }

    @Override
    public Page operation(String service, String operation) {
        ModelHelp.OperationHelp h;
        try {
            h = new ModelHelp(catalog.get(), CustomizationRegistry.bundled().commandNames()).operation(service, operation);
        } catch (CommandException e) {
            return error(e);
        }
        ObjectNode root = JSON.createObjectNode().put("kind", "operation").put("service", h.service())
                .put("operation", h.operation());
        root.put("description", cut(firstParagraph(h.documentation()), 800));
        root.put("synopsis", h.synopsis());
        root.put("paginated", h.paginated());
        ArrayNode params = root.putArray("parameters");
        StringBuilder paramText = new StringBuilder();
        for (ModelHelp.ParameterHelp p : h.parameters()) {
            ObjectNode param = params.addObject().put("name", p.name()).put("type", p.type()).put("required", p.required());
            String doc = cut(firstSentence(p.documentation()), PARAM_DOC);
            if (!doc.isEmpty()) {
                param.put("description", doc);
            }
            if (p.shorthand() != null) {
                param.put("shorthand", p.shorthand());
            }
            if (!p.enumValues().isEmpty()) {
                ArrayNode values = param.putArray("values");
                p.enumValues().stream().limit(30).forEach(values::add);
            }
            boolean pair = p.type().equals("boolean") && !p.name().startsWith("--no-") && p.member() != null;
            paramText.append("  ").append(pair ? p.name() + " | --no-" + p.name().substring(2) : p.name()).append(" (").append(p.type()).append(p.required() ? ", required" : "")
                    .append(')').append(doc.isEmpty() ? "" : " " + cut(doc, 160)).append('\n');
            if (p.shorthand() != null) {
                paramText.append("      shorthand: ").append(cut(p.shorthand().replace('\n', ' '), 300)).append('\n');
            }
            if (!p.enumValues().isEmpty()) {
                paramText.append("      values: ").append(String.join(", ", p.enumValues().stream().limit(30).toList())).append('\n');
            }
        }
        ArrayNode examples = root.putArray("examples");
        for (ModelHelp.ExampleHelp e : h.examples()) {
            if (examples.size() >= MAX_EXAMPLES || !e.input().isObject()) {
                continue;
            }
            examples.addObject().put("title", e.title()).put("command", exampleCommand(h.service(), h.operation(), e.input()));
        }
        StringBuilder text = new StringBuilder(h.synopsis()).append("\n\n").append(root.get("description").asText()).append('\n');
        if (h.paginated()) {
            text.append("Paginated: all pages are fetched; limit with --max-items N, continue with --starting-token.\n");
        }
        text.append("\nParameters:\n").append(paramText.length() == 0 ? "  (none)\n" : paramText);
        if (!examples.isEmpty()) {
            text.append("\nExamples:\n");
            examples.forEach(e -> text.append("  # ").append(e.path("title").asText()).append("\n  ")
                    .append(e.path("command").asText()).append('\n'));
        }
        text.append("\nGlobal options: --region, --profile, --query (JMESPath), --output json|text|table|yaml, --endpoint-url.\n");
        return new Page(root, text.toString());
    }

    private static Page error(CommandException e) {
        ObjectNode root = JSON.createObjectNode().put("kind", "error");
        ObjectNode error = root.putObject("error").put("code", e.code()).put("message", e.getMessage());
        String hint = e.hint() != null ? e.hint() : "Call aws_cli_help without arguments to list services.";
        error.put("hint", hint);
        return new Page(root, "Error [" + e.code() + "]: " + e.getMessage() + "\nHint: " + hint);
    }

    /** A model example's input as an AWS CLI command line. */
    static String exampleCommand(String service, String operation, JsonNode input) {
        StringBuilder sb = new StringBuilder("aws ").append(service).append(' ').append(operation);
        Iterator<Map.Entry<String, JsonNode>> it = input.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String flag = "--" + CliNames.toCli(e.getKey());
            JsonNode v = e.getValue();
            if (v.isBoolean()) {
                sb.append(' ').append(v.asBoolean() ? flag : "--no-" + flag.substring(2));
            } else if (v.isValueNode()) {
                sb.append(' ').append(flag).append(' ').append(quote(v.asText()));
            } else if (v.isArray() && allScalars(v)) {
                sb.append(' ').append(flag);
                v.forEach(x -> sb.append(' ').append(quote(x.asText())));
            } else {
                sb.append(' ').append(flag).append(' ').append(quote(v.toString()));
            }
        }
        return sb.toString();
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode x : array) {
            if (!x.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./:=@+,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private static String firstParagraph(String text) {
        int para = text.indexOf("\n\n");
        return (para > 0 ? text.substring(0, para) : text).replace('\n', ' ').strip();
    }

    private static String firstSentence(String text) {
        String t = text.replace('\n', ' ').strip();
        int dot = t.indexOf(". ");
        return dot > 0 ? t.substring(0, dot + 1) : t;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3).strip() + "...";
    }
}
