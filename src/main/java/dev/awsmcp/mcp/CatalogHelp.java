package dev.awsmcp.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.ServiceSummary;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CliHelp} from the bundled models: CLI parameter names, types with a shorthand sketch, required flags, the
 * first sentence of each member's documentation, and the models' examples as CLI commands.
 */
public final class CatalogHelp implements CliHelp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_EXAMPLES = 3;

    private final java.util.function.Supplier<ServiceCatalog> catalog;

    /** @param catalog the models */
    public CatalogHelp(ServiceCatalog catalog) {
        this(() -> catalog);
    }

    /** @param catalog supplies the models on first use */
    public CatalogHelp(java.util.function.Supplier<ServiceCatalog> catalog) {
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
        Optional<ServiceModel> found = catalog.get().byCliName(service).isPresent() ? catalog.get().model(service) : Optional.empty();
        if (found.isEmpty()) {
            return error("UnknownService", "There is no AWS CLI service named '" + service + "'.",
                    closest(service, catalog.get().cliNames(), "service"));
        }
        ServiceModel model = found.get();
        ObjectNode root = JSON.createObjectNode().put("kind", "service").put("service", model.cliName());
        root.put("description", Docs.firstParagraph(model.documentation(), 600));
        ArrayNode ops = root.putArray("operations");
        StringBuilder text = new StringBuilder("aws ").append(model.cliName()).append(" (")
                .append(model.summary().fullName()).append(")\n").append(root.get("description").asText()).append("\n\nOperations (")
                .append(model.operations().size()).append("). Next: aws_cli_help with operation=<name>.\n");
        model.operations().values().stream().sorted(Comparator.comparing(Operation::cliName)).forEach(op -> {
            String summary = Docs.firstSentence(op.documentation(), 160);
            ops.addObject().put("name", op.cliName()).put("summary", summary);
            text.append("  ").append(op.cliName()).append(summary.isEmpty() ? "" : ": " + summary).append('\n');
        });
        return new Page(root, text.toString());
    }

    @Override
    public Page operation(String service, String operation) {
        if (catalog.get().byCliName(service).isEmpty()) {
            return service(service);
        }
        ServiceModel model = catalog.get().model(service).orElseThrow();
        Optional<Operation> found = model.operationByCliName(operation);
        if (found.isEmpty()) {
            return error("UnknownOperation", "Service " + service + " has no operation '" + operation + "'.",
                    closest(operation, model.cliOperationNames(), "operation"));
        }
        Operation op = found.get();
        boolean paginated = model.paginators().map(p -> p.path("pagination").has(op.name())).orElse(false);
        ObjectNode root = JSON.createObjectNode().put("kind", "operation").put("service", service).put("operation", op.cliName());
        root.put("description", Docs.firstParagraph(op.documentation(), 800));
        root.put("paginated", paginated);
        ArrayNode params = root.putArray("parameters");
        StringBuilder synopsis = new StringBuilder("aws ").append(service).append(' ').append(op.cliName());
        StringBuilder paramText = new StringBuilder();
        for (Member m : op.inputMembers().values()) {
            String flag = "--" + CliNames.toCli(m.name());
            String type = Params.type(m.shape());
            ObjectNode p = params.addObject().put("name", flag).put("type", type).put("required", m.required());
            String doc = Docs.firstSentence(m.documentation() != null ? m.documentation() : m.shape().documentation(), 200);
            if (!doc.isEmpty()) {
                p.put("description", doc);
            }
            String shorthand = Params.shorthand(m.shape());
            if (shorthand != null) {
                p.put("shorthand", shorthand);
            }
            if (m.shape().isEnum()) {
                ArrayNode values = p.putArray("values");
                m.shape().enumValues().stream().limit(30).forEach(values::add);
            }
            if (m.required()) {
                synopsis.append(' ').append(flag).append(" <").append(type).append('>');
            }
            paramText.append("  ").append(m.shape().type() == ShapeType.BOOLEAN ? flag + " | --no-" + flag.substring(2) : flag)
                    .append(" (").append(type).append(m.required() ? ", required" : "").append(')')
                    .append(doc.isEmpty() ? "" : " " + doc).append('\n');
            if (shorthand != null) {
                paramText.append("      shorthand: ").append(shorthand).append('\n');
            }
            if (m.shape().isEnum()) {
                paramText.append("      values: ").append(String.join(", ", m.shape().enumValues().stream().limit(30).toList())).append('\n');
            }
        }
        root.put("synopsis", synopsis.toString());
        ArrayNode examples = root.putArray("examples");
        model.examples().map(e -> e.path("examples").path(op.name())).ifPresent(list -> {
            for (JsonNode ex : list) {
                if (examples.size() >= MAX_EXAMPLES || !ex.has("input")) {
                    continue;
                }
                examples.addObject().put("title", ex.path("title").asText(""))
                        .put("command", Params.exampleCommand(service, op.cliName(), ex.get("input")));
            }
        });
        StringBuilder text = new StringBuilder(synopsis).append('\n').append(root.get("description").asText()).append('\n');
        if (paginated) {
            text.append("Paginated: results are fetched page by page; limit with --max-items N, continue with --starting-token.\n");
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

    private static Page error(String code, String message, String hint) {
        ObjectNode root = JSON.createObjectNode().put("kind", "error");
        root.putObject("error").put("code", code).put("message", message).put("hint", hint);
        return new Page(root, "Error [" + code + "]: " + message + "\nHint: " + hint);
    }

    /** A hint naming up to five close names. */
    static String closest(String wanted, Collection<String> names, String what) {
        String w = wanted.toLowerCase(java.util.Locale.ROOT);
        List<String> close = names.stream()
                .filter(n -> n.contains(w) || w.contains(n) || distance(n, w) <= 2)
                .sorted(Comparator.comparingInt((String n) -> distance(n, w)))
                .limit(5).toList();
        if (close.isEmpty()) {
            return "Call aws_cli_help without " + what + " to list the valid names.";
        }
        return "Did you mean " + String.join(", ", close) + "?";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Parameter types, shorthand sketches and example commands. */
    private static final class Params {
        static String type(Shape s) {
            switch (s.type()) {
                case LIST:
                    return "list of " + type(s.listMember().shape());
                case MAP:
                    return "map of " + type(s.mapKey().shape()) + " to " + type(s.mapValue().shape());
                case UNION:
                case STRUCTURE:
                    return "structure";
                case DOCUMENT:
                    return "document (JSON)";
                default:
                    return s.type().name().toLowerCase(java.util.Locale.ROOT);
            }
        }

        /** The AWS CLI shorthand for a structure (or a list of them), one level deep; null when shorthand does not apply. */
        static String shorthand(Shape s) {
            if (s.type() == ShapeType.LIST) {
                Shape item = s.listMember().shape();
                if (item.type() == ShapeType.STRUCTURE) {
                    String one = shorthand(item);
                    return one == null ? null : one + " " + one;
                }
                return item.type().isAggregate() ? null : "value1 value2";
            }
            if (s.type() == ShapeType.MAP) {
                return s.mapValue().shape().type().isAggregate() ? null : "KeyName1=string,KeyName2=string";
            }
            if (s.type() != ShapeType.STRUCTURE) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Member> e : s.members().entrySet()) {
                Shape t = e.getValue().shape();
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append(e.getKey()).append('=');
                if (t.type() == ShapeType.LIST && !t.listMember().shape().type().isAggregate()) {
                    sb.append(type(t.listMember().shape())).append(',').append(type(t.listMember().shape()));
                } else if (t.type().isAggregate()) {
                    sb.append("{...}");
                } else {
                    sb.append(type(t));
                }
                if (sb.length() > 200) {
                    return sb.append(",...").toString();
                }
            }
            return sb.toString();
        }

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
    }
}
