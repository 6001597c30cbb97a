package dev.awsmcp.command.internal;

import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.ShapeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments one operation accepts, keyed by CLI name, in the AWS CLI's order: one per input member
 * ({@code --kebab-name}; booleans also get {@code --no-kebab-name}), then what customizations add, rename or hide
 * ({@link Customizations}). Built once per operation and copied for each parse: building it (a CLI name per member,
 * every customization) was about a tenth of a served call's CPU.
 */
public final class ArgumentTable {
    /**
     * Built tables by operation, compared by identity (operations are records: their equality walks whole shapes);
     * bounded, so a long session touching many services keeps only the recent ones.
     */
    private static final com.github.benmanes.caffeine.cache.Cache<TableKey, ArgumentTable> BUILT =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1_024).build();

    /** Which table: the names the customizations see, and the model and operation by identity. */
    private record TableKey(String service, String operationCliName, ServiceModel model, Operation operation) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TableKey k && k.model == model && k.operation == operation
                    && k.service.equals(service) && k.operationCliName.equals(operationCliName);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * System.identityHashCode(operation) + service.hashCode()) + operationCliName.hashCode();
        }
    }

    private final String service;
    private final String operationCliName;
    private final ServiceModel model;
    private final Operation operation;
    private final LinkedHashMap<String, CliArgument> args = new LinkedHashMap<>();
    private final Map<String, CliArgument> shadowed = new LinkedHashMap<>();
    private final List<String> manualPagingArgs = new ArrayList<>();
    private boolean paginated;

    ArgumentTable(String service, String operationCliName, ServiceModel model, Operation operation) {
        this.service = service;
        this.operationCliName = operationCliName;
        this.model = model;
        this.operation = operation;
    }

    /**
     * The table the AWS CLI builds for an operation.
     *
     * @param service          CLI service name
     * @param operationCliName CLI operation name
     * @param model            the service model
     * @param operation        the operation
     * @return the table with all customizations applied
     */
    public static ArgumentTable forOperation(String service, String operationCliName, ServiceModel model,
                                             Operation operation) {
        return BUILT.get(new TableKey(service, operationCliName, model, operation),
                k -> build(service, operationCliName, model, operation)).copy();
    }

    /** A table of its own for one parse (the binder restores shadowed arguments into it). */
    private ArgumentTable copy() {
        ArgumentTable t = new ArgumentTable(service, operationCliName, model, operation);
        t.args.putAll(args);
        t.shadowed.putAll(shadowed);
        t.manualPagingArgs.addAll(manualPagingArgs);
        t.paginated = paginated;
        return t;
    }

    /**
     * The table of a customization's own arguments ({@code BasicCommand.ARG_TABLE}); it has no model operation.
     *
     * @param command   the command for messages, e.g. {@code emr create-cluster}
     * @param arguments the arguments in order
     * @return a new table
     */
    public static ArgumentTable custom(String command, List<CliArgument> arguments) {
        ArgumentTable t = new ArgumentTable("custom", command, null, null);
        arguments.forEach(t::put);
        return t;
    }

    private static ArgumentTable build(String service, String operationCliName, ServiceModel model,
                                       Operation operation) {
        ArgumentTable t = new ArgumentTable(service, operationCliName, model, operation);
        for (Map.Entry<String, Member> e : operation.inputMembers().entrySet()) {
            Member m = e.getValue();
            String name = CliNames.toCli(e.getKey());
            boolean required = m.required() && !m.idempotencyToken();
            ShapeType type = m.shape().type();
            if (type == ShapeType.BOOLEAN) {
                t.put(new CliArgument(name, CliArgument.Arity.FLAG_TRUE, name, m, e.getKey(), required,
                        ModelBinder.INSTANCE, List.of(), "boolean", m.documentation(), false));
                t.put(new CliArgument("no-" + name, CliArgument.Arity.FLAG_FALSE, name, m, e.getKey(), false,
                        ModelBinder.INSTANCE, List.of(), "boolean", m.documentation(), true));
            } else {
                CliArgument.Arity arity = type == ShapeType.LIST ? CliArgument.Arity.MANY : CliArgument.Arity.ONE;
                t.put(new CliArgument(name, arity, name, m, e.getKey(), required, ModelBinder.INSTANCE, List.of(),
                        type.botocoreName(), m.documentation(), false));
            }
        }
        Customizations.apply(t);
        return t;
    }

    /** CLI service name. */
    public String service() { return service; }

    /** CLI operation name. */
    public String operationCliName() { return operationCliName; }

    /** The service model. */
    public ServiceModel model() { return model; }

    /** The operation. */
    public Operation operation() { return operation; }

    /** All arguments in order. */
    public Collection<CliArgument> all() { return args.values(); }

    /** An argument by name (no dashes), or null. */
    public CliArgument get(String name) { return args.get(name); }

    /** Whether an argument exists. */
    public boolean has(String name) { return args.containsKey(name); }

    /** Adds or replaces an argument. */
    public void put(CliArgument a) { args.put(a.name(), a); }

    /** Removes an argument. */
    public CliArgument remove(String name) { return args.remove(name); }

    /** {@code utils.rename_argument}: moves an argument to a new name (documented). */
    public void rename(String existing, String newName) {
        CliArgument a = args.remove(existing);
        if (a != null) {
            args.put(newName, a.renamed(newName, a.hidden()));
        }
    }

    /** {@code utils.make_hidden_alias}: a second, undocumented name; neither is required any more. */
    public void hiddenAlias(String existing, String alias) {
        CliArgument a = args.get(existing);
        if (a != null) {
            args.put(alias, a.renamed(alias, true).withRequired(false));
            if (a.required()) {
                args.put(existing, a.withRequired(false));
            }
        }
    }

    /** The option named by a word such as {@code --instance-ids}, or null. */
    public CliArgument option(String word) {
        if (!word.startsWith("--")) {
            return null;
        }
        CliArgument a = args.get(word.substring(2));
        return a == null || a.arity() == CliArgument.Arity.POSITIONAL ? null : a;
    }

    /** Non-positional arguments. */
    public List<CliArgument> options() {
        return args.values().stream().filter(a -> a.arity() != CliArgument.Arity.POSITIONAL).toList();
    }

    /** Positional arguments in order. */
    public List<CliArgument> positionals() {
        return args.values().stream().filter(a -> a.arity() == CliArgument.Arity.POSITIONAL).toList();
    }

    /** Model arguments shadowed by the paging arguments, restored when pagination is off. */
    public Map<String, CliArgument> shadowed() { return shadowed; }

    /** CLI names of the operation's own paging arguments (input tokens, limit key). */
    public List<String> manualPagingArgs() { return manualPagingArgs; }

    /** Whether the operation has a paginator (and so {@code --starting-token} etc.). */
    public boolean paginated() { return paginated; }

    void markPaginated() { paginated = true; }
}
