package dev.awsmcp.suggest;

import dev.awsmcp.custom.CustomizationRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.help.HtmlText;
import dev.awsmcp.command.help.ModelHelp;
import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.ServiceSummary;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the service models into index entries: one per model operation the AWS CLI offers (removed commands are
 * left out), one per waiter, plus the high-level {@code aws s3} commands. Reads models through the public help API,
 * so parameter names, required flags and examples are what the CLI shows. Expensive (every model is parsed); run at
 * build time or once per data version.
 */
final class CommandEntries {
    private static final int MAX_DESCRIPTION = 240;
    private static final int MAX_SUMMARY = 400;
    private static final int MAX_PARAM_DOC = 200;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(])");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    /** Arguments every operation has; they say nothing about what it does. */
    private static final java.util.Set<String> GENERIC_PARAMS = java.util.Set.of("--cli-input-json",
            "--cli-input-yaml", "--generate-cli-skeleton");

    /**
     * First words that qualify the verb after them rather than being one: {@code batch-get-commits} gets several,
     * {@code admin-get-user} gets a user as an administrator; both are a {@code get}.
     */
    private static final java.util.Set<String> QUALIFIERS = java.util.Set.of("batch", "admin");

    private final ServiceCatalog catalog;
    private final ModelHelp help;
    private final ExampleCommands examples;

    CommandEntries(ServiceCatalog catalog) {
        this.catalog = catalog;
        this.help = new ModelHelp(catalog, CustomizationRegistry.bundled().commandNames());
        this.examples = new ExampleCommands(new CommandParser(catalog, path -> {
            throw new java.io.IOException("examples never read files");
        }));
    }

    /**
     * The entries of one service: its operations, then its waiters.
     *
     * @param summary the service
     * @return entries in CLI order
     */
    List<CommandEntry> forService(ServiceSummary summary) {
        ServiceModel model = catalog.model(summary);
        String service = summary.cliName();
        String serviceText = serviceText(summary);
        Map<String, ModelHelp.OperationHelp> helps = new LinkedHashMap<>();
        List<CommandEntry> out = new ArrayList<>();
        for (String cliOp : model.cliOperationNames()) {
            ModelHelp.OperationHelp h;
            try {
                h = help.operation(service, cliOp);
            } catch (CommandException removed) {
                continue; // the AWS CLI removes a few operations (removals.py); never suggest them
            }
            Operation op = model.operationByCliName(cliOp).orElseThrow();
            helps.put(op.name(), h);
            out.add(operationEntry(service, serviceText, op, h));
        }
        model.waiters().map(w -> w.path("waiters")).ifPresent(waiters -> waiters.fields().forEachRemaining(w -> {
            ModelHelp.OperationHelp polled = helps.get(w.getValue().path("operation").asText());
            if (polled != null) {
                out.add(waiterEntry(service, serviceText, model, w.getKey(), w.getValue(), polled));
            }
        }));
        return out;
    }

    private CommandEntry operationEntry(String service, String serviceText, Operation op, ModelHelp.OperationHelp h) {
        List<RequiredParameter> required = required(op, h);
        String template = template("aws " + service + " " + h.operation(), required);
        String example = null;
        StringBuilder titles = new StringBuilder();
        for (ModelHelp.ExampleHelp ex : h.examples()) {
            titles.append(ex.title()).append(". ");
            if (example == null) {
                example = examples.render(h, op, ex.input(), required);
            }
        }
        String doc = HtmlText.toText(withoutNotes(op.documentation()));
        String description = description(doc, words(h.operation()));
        CommandEntry.SearchText text = new CommandEntry.SearchText(serviceText, verb(h.operation()),
                words(h.operation()), sentences(doc, MAX_SUMMARY), paramWords(h), titles.toString().strip(),
                parameterDocs(h));
        return new CommandEntry(new CommandInfo(EntryKind.OPERATION, service, h.operation(), op.name(),
                op.http().method(), description, required, template, example, op.deprecated()), text);
    }

    private CommandEntry waiterEntry(String service, String serviceText, ServiceModel model, String name,
                                     JsonNode waiter, ModelHelp.OperationHelp polled) {
        String cliName = CliNames.toCli(name);
        String words = words(cliName);
        Operation op = model.operation(polled.modelName()).orElseThrow();
        List<RequiredParameter> required = required(op, polled);
        String description = waiter.hasNonNull("description") ? firstSentence(waiter.get("description").asText())
                : "Wait until " + words + ".";
        description = cap(description + " Polls " + polled.operation() + " every " + waiter.path("delay").asInt()
                + " seconds, at most " + waiter.path("maxAttempts").asInt() + " times.", MAX_DESCRIPTION);
        CommandEntry.SearchText text = new CommandEntry.SearchText(serviceText, "wait", "wait " + words,
                description, paramWords(polled), "");
        return new CommandEntry(new CommandInfo(EntryKind.WAITER, service, "wait " + cliName, op.name(),
                op.http().method(), description, required, template("aws " + service + " wait " + cliName, required),
                null, false), text);
    }

    /**
     * Documentation without its {@code <note>} and {@code <important>} blocks, which often come first ("This
     * operation is not supported for directory buckets") and say nothing about what the operation does.
     */
    static String withoutNotes(String html) {
        if (html == null || html.indexOf('<') < 0) {
            return html;
        }
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parseBodyFragment(html);
        d.select("note, important").remove();
        return d.body().html();
    }

    /**
     * The verb of a CLI operation name: its first word ({@code describe-instances} → {@code describe}), and for a
     * batch or admin operation also the verb it qualifies ({@code batch-get-commits} → {@code batch get},
     * {@code admin-get-user} → {@code admin get}), which is what a task says ("get several commits", "get a user").
     */
    static String verb(String cliOperation) {
        int dash = cliOperation.indexOf('-');
        String first = dash < 0 ? cliOperation : cliOperation.substring(0, dash);
        if (QUALIFIERS.contains(first) && dash > 0) {
            int next = cliOperation.indexOf('-', dash + 1);
            return next < 0 ? first : first + " " + cliOperation.substring(dash + 1, next);
        }
        return first;
    }

    /**
     * The service's names, {@code . }-separated: CLI name, full name and SDK id (also camel case split), and its
     * one-word aliases (longer aliases are matched as phrases, see {@link IndexSchema#aliasTerms}).
     */
    static String serviceText(ServiceSummary s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.cliName()).append(' ').append(s.cliName().replace('-', ' '));
        for (String name : new String[] {s.fullName(), s.serviceId()}) {
            if (name != null) {
                sb.append(" . ").append(name);
                String split = CAMEL.matcher(name).replaceAll(" ");
                if (!split.equals(name)) {
                    sb.append(" . ").append(split);
                }
            }
        }
        for (String alias : ServiceAliases.of(s.cliName())) {
            if (alias.indexOf(' ') < 0) {
                sb.append(" . ").append(alias);
            }
        }
        return sb.toString();
    }

    private static List<RequiredParameter> required(Operation op, ModelHelp.OperationHelp h) {
        List<RequiredParameter> out = new ArrayList<>();
        for (ModelHelp.ParameterHelp p : h.parameters()) {
            if (p.required()) {
                Member m = p.member() == null ? null : op.inputMembers().get(p.member());
                out.add(new RequiredParameter(p.name(), m == null ? p.type() : typeLabel(m.shape())));
            }
        }
        return out;
    }

    /** {@code string}, {@code integer}, {@code list<string>}, {@code map<string,string>}, {@code structure}. */
    static String typeLabel(Shape shape) {
        ShapeType t = shape.type();
        if (t == ShapeType.LIST) {
            return "list<" + typeLabel(shape.listMember().shape()) + ">";
        }
        if (t == ShapeType.MAP) {
            return "map<" + typeLabel(shape.mapKey().shape()) + "," + typeLabel(shape.mapValue().shape()) + ">";
        }
        return t.botocoreName();
    }

    /** {@code aws svc op --a <string> --b <list>}: the required parameters as placeholders. */
    static String template(String prefix, List<RequiredParameter> required) {
        StringBuilder sb = new StringBuilder(prefix);
        for (RequiredParameter p : required) {
            String shortType = p.type().replaceAll("<.*", "");
            if (!p.name().startsWith("--")) {
                sb.append(" <").append(p.name()).append('>');
            } else if (shortType.equals("boolean")) {
                sb.append(' ').append(p.name());
            } else {
                sb.append(' ').append(p.name()).append(" <").append(shortType).append('>');
            }
        }
        return sb.toString();
    }

    private static String paramWords(ModelHelp.OperationHelp h) {
        StringBuilder sb = new StringBuilder();
        for (ModelHelp.ParameterHelp p : h.parameters()) {
            if (GENERIC_PARAMS.contains(p.name())) {
                continue;
            }
            sb.append(words(p.name())).append(" . ");
        }
        return sb.toString().strip();
    }

    /**
     * The first sentence of each parameter's documentation ("The type of the network integration: HTTP, MOCK,
     * AWS_PROXY ..."), for tasks that name an option of a command rather than the command. The generic
     * arguments' documentation stays in: the same sentences in every command pad the field alike, which softens
     * BM25's length normalisation (measured slightly better on both halves of the dev corpus than without).
     */
    static String parameterDocs(ModelHelp.OperationHelp h) {
        StringBuilder sb = new StringBuilder();
        for (ModelHelp.ParameterHelp p : h.parameters()) {
            if (p.documentation() != null && !p.documentation().isBlank()) {
                String first = firstSentence(p.documentation());
                sb.append(first.length() <= MAX_PARAM_DOC ? first : first.substring(0, MAX_PARAM_DOC)).append(" . ");
            }
        }
        return sb.toString().strip();
    }

    /** {@code --instance-ids} → {@code instance ids}. */
    static String words(String kebab) {
        return kebab.replaceFirst("^-+", "").replace('-', ' ');
    }

    private static String description(String doc, String fallbackWords) {
        String first = firstSentence(doc);
        if (first.isEmpty()) {
            return Character.toUpperCase(fallbackWords.charAt(0)) + fallbackWords.substring(1) + ".";
        }
        return cap(first, MAX_DESCRIPTION);
    }

    /** The first sentence of plain text, or the whole first paragraph when it has no sentence end. */
    static String firstSentence(String text) {
        return sentences(text, 0);
    }

    /**
     * Leading sentences of the first paragraph, as many as fit in {@code max} characters (at least one).
     *
     * @param text plain text
     * @param max  characters; 0 for exactly one sentence
     * @return the sentences on one line
     */
    static String sentences(String text, int max) {
        String t = text.strip();
        int para = t.indexOf("\n\n");
        if (para > 0) {
            t = t.substring(0, para);
        }
        t = t.replaceAll("\\s+", " ");
        String[] parts = SENTENCE_END.split(t);
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length && sb.length() + parts[i].length() < max; i++) {
            sb.append(' ').append(parts[i]);
        }
        return sb.toString();
    }

    private static String cap(String s, int max) {
        return s.length() <= max ? s : s.substring(0, s.lastIndexOf(' ', max - 1) > 0
                ? s.lastIndexOf(' ', max - 1) : max - 1) + "…";
    }
}
