package dev.awsmcp.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A loaded service model: metadata, operations and shapes, plus the side files (paginators, waiters, examples,
 * endpoint rule set) loaded on first use. Immutable and safe to share between threads.
 */
public final class ServiceModel {
    private final ServiceSummary summary;
    private final ServiceMetadata metadata;
    private final String documentation;
    private final Map<String, Operation> operations;
    private final Map<String, Operation> operationsByCliName;
    private final Map<String, Shape> shapes;
    private final Supplier<Optional<JsonNode>> paginators;
    private final Supplier<Optional<JsonNode>> waiters;
    private final Supplier<Optional<JsonNode>> examples;
    private final Supplier<Optional<JsonNode>> endpointRuleSet;

    ServiceModel(ServiceSummary summary, ServiceMetadata metadata, String documentation,
                 Map<String, Operation> operations, Map<String, Operation> operationsByCliName,
                 Map<String, Shape> shapes, SideFiles sideFiles) {
        this.summary = summary;
        this.metadata = metadata;
        this.documentation = documentation;
        this.operations = operations;
        this.operationsByCliName = operationsByCliName;
        this.shapes = shapes;
        this.paginators = sideFiles.lazy("paginators-1.json");
        this.waiters = sideFiles.lazy("waiters-2.json");
        this.examples = sideFiles.lazy("examples-1.json");
        this.endpointRuleSet = sideFiles.lazy("endpoint-rule-set-1.json");
    }

    /**
     * Builds a model from an in-memory botocore {@code service-2.json} tree (tests, conformance bridges, user
     * models). Side files are absent unless given.
     *
     * @param name        the botocore service name
     * @param cliName     the CLI command name
     * @param serviceJson the {@code service-2.json} tree
     * @param sideFiles   file name ({@code paginators-1.json}, ...) to tree; may be empty
     * @return the model
     */
    public static ServiceModel fromJson(String name, String cliName, JsonNode serviceJson, Map<String, JsonNode> sideFiles) {
        JsonNode m = serviceJson.path("metadata");
        java.util.List<String> protocols = ModelParser.strings(m.path("protocols"));
        if (protocols.isEmpty() && m.has("protocol")) {
            protocols = java.util.List.of(m.get("protocol").asText());
        }
        java.util.List<String> files = new java.util.ArrayList<>(sideFiles.keySet());
        files.add(0, "service-2.json");
        java.util.List<String> ops = new java.util.ArrayList<>();
        serviceJson.path("operations").fieldNames().forEachRemaining(ops::add);
        java.util.Collections.sort(ops);
        ServiceSummary summary = new ServiceSummary(name, cliName, ModelParser.text(m, "apiVersion"),
                ModelParser.text(m, "protocol"), protocols, ModelParser.text(m, "serviceId"),
                ModelParser.text(m, "serviceFullName"), ModelParser.text(m, "endpointPrefix"),
                ModelParser.text(m, "signingName"), files, ops);
        return ModelParser.parse(summary, serviceJson, file -> Optional.ofNullable(sideFiles.get(file)));
    }

    /** The index entry (names, protocols, file list). */
    public ServiceSummary summary() { return summary; }

    /** The botocore service name, e.g. {@code s3}. */
    public String name() { return summary.name(); }

    /** The AWS CLI command, e.g. {@code s3api}. */
    public String cliName() { return summary.cliName(); }

    /** The model metadata block. */
    public ServiceMetadata metadata() { return metadata; }

    /** The service documentation HTML, or null. */
    public String documentation() { return documentation; }

    /** All operations keyed by model name, sorted. */
    public Map<String, Operation> operations() { return operations; }

    /** An operation by model name ({@code DescribeInstances}). */
    public Optional<Operation> operation(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    /** An operation by CLI name ({@code describe-instances}). */
    public Optional<Operation> operationByCliName(String cliName) {
        return Optional.ofNullable(operationsByCliName.get(cliName));
    }

    /** CLI operation names, sorted. */
    public Collection<String> cliOperationNames() {
        return operationsByCliName.keySet();
    }

    /** All shapes keyed by name. */
    public Map<String, Shape> shapes() { return shapes; }

    /** A shape by name. */
    public Optional<Shape> shape(String name) {
        return Optional.ofNullable(shapes.get(name));
    }

    /** {@code paginators-1.json} ({@code {"pagination": {...}}}), loaded on first use. */
    public Optional<JsonNode> paginators() { return paginators.get(); }

    /** {@code waiters-2.json} ({@code {"version": 2, "waiters": {...}}}), loaded on first use. */
    public Optional<JsonNode> waiters() { return waiters.get(); }

    /** {@code examples-1.json} ({@code {"examples": {...}}}), loaded on first use. */
    public Optional<JsonNode> examples() { return examples.get(); }

    /** {@code endpoint-rule-set-1.json}, loaded on first use. */
    public Optional<JsonNode> endpointRuleSet() { return endpointRuleSet.get(); }

    @Override
    public String toString() {
        return summary.cliName() + "@" + metadata.apiVersion();
    }

    /** Loads a service's side files by name; each is read at most once per model. */
    interface SideFiles {
        Optional<JsonNode> load(String file);

        default Supplier<Optional<JsonNode>> lazy(String file) {
            return new Supplier<>() {
                private volatile Optional<JsonNode> value;

                @Override
                public Optional<JsonNode> get() {
                    Optional<JsonNode> v = value;
                    if (v == null) {
                        synchronized (this) {
                            v = value;
                            if (v == null) {
                                value = v = load(file);
                            }
                        }
                    }
                    return v;
                }
            };
        }
    }
}
