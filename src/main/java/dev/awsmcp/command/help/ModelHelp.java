package dev.awsmcp.command.help;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.internal.ArgumentTable;
import dev.awsmcp.command.internal.CliArgument;
import dev.awsmcp.command.CustomCommandNames;
import dev.awsmcp.command.internal.CommandTable;
import dev.awsmcp.command.internal.ShorthandDocs;
import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.ServiceSummary;
import dev.awsmcp.model.Shape;
import dev.awsmcp.text.ClosestNames;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Help generated from the models, as data (for tools) or text (for the command line): a service's operations with
 * one-line summaries, and an operation's synopsis, parameters (type, required, enum, shorthand form),
 * documentation and examples from {@code examples-1.json}.
 */
public final class ModelHelp {
    private final ServiceCatalog catalog;
    private final CustomCommandNames customs;

    /** @param catalog the service models */
    public ModelHelp(ServiceCatalog catalog) {
        this(catalog, CustomCommandNames.NONE);
    }

    /**
     * @param catalog the service models
     * @param customs registered customization commands, listed with the service's operations
     */
    public ModelHelp(ServiceCatalog catalog, CustomCommandNames customs) {
        this.catalog = catalog;
        this.customs = java.util.Objects.requireNonNull(customs, "customs");
    }

    /**
     * One operation of a service listing.
     *
     * @param name    CLI name
     * @param summary first sentence of the documentation
     */
    public record OperationSummary(String name, String summary) {}

    /**
     * A service's help.
     *
     * @param service    CLI name
     * @param fullName   the service's full name
     * @param summary    plain-text documentation, first paragraph
     * @param operations operations (model and AWS CLI customizations), sorted
     */
    public record ServiceHelp(String service, String fullName, String summary, List<OperationSummary> operations) {}

    /**
     * One parameter.
     *
     * @param name          {@code --kebab-name}
     * @param member        model member name, or null for CLI-only arguments
     * @param type          botocore type
     * @param required      whether the command fails without it
     * @param enumValues    allowed values, or empty
     * @param shorthand     shorthand syntax, or null
     * @param documentation plain text
     */
    public record ParameterHelp(String name, String member, String type, boolean required, List<String> enumValues,
                                String shorthand, String documentation) {}

    /**
     * One example.
     *
     * @param title    the example title
     * @param input    the input parameters (model names)
     * @param comments text notes, may be empty
     */
    public record ExampleHelp(String title, JsonNode input, String comments) {}

    /**
     * An operation's help.
     *
     * @param service       CLI service
     * @param operation     CLI operation
     * @param modelName     model operation name
     * @param synopsis      {@code aws svc op --a <value> [--b <value>]}
     * @param documentation plain text
     * @param parameters    parameters in CLI order (hidden aliases omitted)
     * @param examples      examples from examples-1.json
     * @param paginated     whether --starting-token/--max-items apply
     */
    public record OperationHelp(String service, String operation, String modelName, String synopsis,
                                String documentation, List<ParameterHelp> parameters, List<ExampleHelp> examples,
                                boolean paginated) {}

    /**
     * Help for a service.
     *
     * @param service CLI service name
     * @return the help
     * @throws CommandException for an unknown service
     */
    public ServiceHelp service(String service) {
        ServiceSummary s = catalog.byCliName(service).orElseThrow(() -> unknown(service));
        ServiceModel m = catalog.model(s);
        List<OperationSummary> ops = new ArrayList<>();
        for (Operation op : m.operations().values()) {
            if (!CommandTable.removed(service, op.cliName()) && !op.deprecated()) {
                ops.add(new OperationSummary(op.cliName(), HtmlText.firstSentence(op.documentation())));
            }
        }
        Map<String, String> custom = new java.util.TreeMap<>(CommandTable.CUSTOM.getOrDefault(service, Map.of()));
        custom.putAll(customs.commands(service));
        custom.forEach((k, v) -> ops.add(new OperationSummary(k, "[AWS CLI customization] " + v)));
        if (m.waiters().isPresent()) {
            ops.add(new OperationSummary("wait", "Wait until a resource reaches a state (waiters)."));
        }
        ops.sort(java.util.Comparator.comparing(OperationSummary::name));
        String doc = HtmlText.toText(m.documentation());
        int para = doc.indexOf("\n\n");
        return new ServiceHelp(service, s.fullName(), para > 0 ? doc.substring(0, para) : doc, ops);
    }

    /**
     * Help for an operation.
     *
     * @param service   CLI service name
     * @param operation CLI operation name
     * @return the help
     * @throws CommandException for an unknown service or operation
     */
    public OperationHelp operation(String service, String operation) {
        ServiceSummary s = catalog.byCliName(service).orElseThrow(() -> unknown(service));
        ServiceModel m = catalog.model(s);
        Operation op = m.operationByCliName(operation).filter(o -> !CommandTable.removed(service, operation))
                .orElseThrow(() -> new CommandException("UnknownOperation", "'aws " + service + "' has no operation '"
                        + operation + "'.", "Did you mean " + String.join(" or ",
                        ClosestNames.closest(operation, m.cliOperationNames(), 3)) + "?"));
        ArgumentTable table = ArgumentTable.forOperation(service, operation, m, op);
        List<ParameterHelp> params = new ArrayList<>();
        StringBuilder synopsis = new StringBuilder("aws " + service + " " + operation);
        for (CliArgument a : table.all()) {
            if (a.hidden()) {
                continue;
            }
            Shape shape = a.shape();
            String sh = shape == null ? null : ShorthandDocs.syntax(shape);
            List<String> enums = shape != null && shape.isEnum() ? shape.enumValues()
                    : shape != null && shape.type() == dev.awsmcp.model.ShapeType.LIST
                    && shape.listMember().shape().isEnum() ? shape.listMember().shape().enumValues() : a.choices();
            String doc = a.member() != null ? HtmlText.toText(a.member().documentation()) : a.documentation();
            params.add(new ParameterHelp(a.cliName(), a.serializedName(), a.typeName(), a.required(), enums, sh,
                    doc == null ? "" : doc));
            String value = a.arity() == CliArgument.Arity.FLAG_TRUE ? "" : a.arity() == CliArgument.Arity.POSITIONAL
                    ? "" : " <value>";
            String one = a.cliName() + value;
            if (a.member() != null && a.member().shape().type() == dev.awsmcp.model.ShapeType.BOOLEAN) {
                one = a.cliName() + " | --no-" + a.name();
            }
            synopsis.append(a.required() ? " " + one : " [" + one + "]");
        }
        List<ExampleHelp> examples = new ArrayList<>();
        m.examples().map(e -> e.path("examples").path(op.name())).ifPresent(list -> {
            for (JsonNode ex : list) {
                StringBuilder comments = new StringBuilder();
                for (Iterator<JsonNode> it = ex.path("comments").path("input").elements(); it.hasNext(); ) {
                    comments.append(it.next().asText()).append(' ');
                }
                examples.add(new ExampleHelp(ex.path("title").asText(ex.path("id").asText()), ex.path("input"),
                        comments.toString().strip()));
            }
        });
        return new OperationHelp(service, operation, op.name(), synopsis.toString(),
                HtmlText.toText(op.documentation()), params, examples, table.paginated());
    }

    /**
     * Renders service help as text.
     *
     * @param h the help
     * @return the text
     */
    public static String render(ServiceHelp h) {
        StringBuilder sb = new StringBuilder();
        sb.append(h.service()).append(" - ").append(h.fullName()).append("\n\n");
        if (!h.summary().isEmpty()) {
            sb.append(h.summary()).append("\n\n");
        }
        sb.append("Operations:\n");
        for (OperationSummary o : h.operations()) {
            sb.append("  ").append(o.name());
            if (!o.summary().isEmpty()) {
                sb.append("\n      ").append(o.summary());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Renders operation help as text.
     *
     * @param h the help
     * @return the text
     */
    public static String render(OperationHelp h) {
        StringBuilder sb = new StringBuilder();
        sb.append(h.service()).append(' ').append(h.operation()).append(" (").append(h.modelName()).append(")\n\n");
        sb.append("SYNOPSIS\n  ").append(h.synopsis()).append("\n\n");
        if (!h.documentation().isEmpty()) {
            sb.append("DESCRIPTION\n").append(indent(h.documentation())).append("\n\n");
        }
        sb.append("PARAMETERS\n");
        for (ParameterHelp p : h.parameters()) {
            sb.append("  ").append(p.name()).append(" (").append(p.type()).append(p.required() ? ", required" : "")
                    .append(")\n");
            if (!p.enumValues().isEmpty()) {
                sb.append("      Values: ").append(String.join(", ", p.enumValues())).append('\n');
            }
            if (p.shorthand() != null) {
                sb.append("      Shorthand: ").append(p.shorthand()).append('\n');
            }
            if (!p.documentation().isEmpty()) {
                sb.append(indent(indent(indent(p.documentation())))).append('\n');
            }
        }
        if (!h.examples().isEmpty()) {
            sb.append("\nEXAMPLES\n");
            for (ExampleHelp e : h.examples()) {
                sb.append("  ").append(e.title()).append('\n');
                sb.append("      input: ").append(e.input()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String indent(String s) {
        return "  " + s.replace("\n", "\n  ");
    }

    private CommandException unknown(String service) {
        return new CommandException("UnknownService", "There is no AWS CLI service '" + service + "'.",
                "Did you mean " + String.join(" or ", ClosestNames.closest(service, catalog.cliNames(), 3)) + "?");
    }

    /** The CLI name of a model member, e.g. {@code --instance-ids}. */
    static String cliName(String member) {
        return "--" + CliNames.toCli(member);
    }
}
