package dev.awsmcp.policy;

import dev.awsmcp.model.AccessLevel;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.ServiceSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps model operations to IAM actions and access levels, in this order:
 * <ol>
 *   <li>{@code override}: the reviewed table {@code iam-overrides.txt} ({@code s3 ListObjectsV2} →
 *       {@code s3:ListBucket}, {@code HeadObject} → {@code s3:GetObject}, ...);</li>
 *   <li>{@code data}: the operation name is an action of the service's IAM prefix in the Service Authorization
 *       Reference ({@code ec2 DescribeInstances} → {@code ec2:DescribeInstances}, Read);</li>
 *   <li>{@code override}: API Gateway management calls → {@code apigateway:<HTTP method>};</li>
 *   <li>{@code heuristic}: the operation name's verb (Describe/List/Get... read, Create/Delete/... write);</li>
 *   <li>{@code unknown}: treated as a write.</li>
 * </ol>
 * Separately, a reviewed list marks calls that return credentials or secrets as sensitive, some only for certain
 * inputs ({@code ssm GetParameter} with {@code WithDecryption=true}).
 *
 * <p>Thread-safe; build once and share.
 */
public final class Classifier {
    private static volatile Classifier bundled;

    private final ServiceCatalog catalog;
    private final AccessLevelTable table;
    private final IamOverrides overrides;
    private final IamPrefixResolver prefixes;
    private final Map<String, Optional<String>> prefixCache = new ConcurrentHashMap<>();

    Classifier(ServiceCatalog catalog, AccessLevelTable table, IamOverrides overrides) {
        this.catalog = catalog;
        this.table = table;
        this.overrides = overrides;
        this.prefixes = new IamPrefixResolver(table, overrides);
    }

    /**
     * The classifier over the bundled models and data, shared by the JVM.
     *
     * @return the shared classifier
     */
    public static Classifier bundled() {
        Classifier c = bundled;
        if (c == null) {
            synchronized (Classifier.class) {
                c = bundled;
                if (c == null) {
                    bundled = c = of(ServiceCatalog.bundled());
                }
            }
        }
        return c;
    }

    /**
     * A classifier over a catalog (its {@code iam/access-levels.json.gz}) and the bundled override table.
     *
     * @param catalog the model catalog
     * @return a new classifier
     * @throws IllegalStateException when the access-level data or the override table is missing or malformed
     */
    public static Classifier of(ServiceCatalog catalog) {
        return new Classifier(catalog, AccessLevelTable.load(catalog), IamOverrides.bundled());
    }

    /** The catalog this classifier reads. */
    public ServiceCatalog catalog() {
        return catalog;
    }

    /**
     * The IAM prefix of a service.
     *
     * @param service the service's index entry
     * @return the prefix, or empty when neither the data nor the reviewed table names one
     */
    public Optional<String> iamPrefix(ServiceSummary service) {
        return prefixCache.computeIfAbsent(service.name(), n -> Optional.ofNullable(prefixes.resolve(service)));
    }

    /**
     * Classifies an operation without knowing its input (conditional sensitivity rules that need an input value
     * count as not met for {@code if} rules and met for {@code unless} rules).
     *
     * @param model     the service model
     * @param operation the operation
     * @return the classification
     */
    public Classification classify(ServiceModel model, Operation operation) {
        return classify(model.summary(), operation.name(), operation.http().method(), null);
    }

    /**
     * Classifies one call.
     *
     * @param model     the service model
     * @param operation the operation
     * @param params    the input keyed by member names, or null when unknown
     * @return the classification
     */
    public Classification classify(ServiceModel model, Operation operation, ObjectNode params) {
        return classify(model.summary(), operation.name(), operation.http().method(), params);
    }

    /**
     * Classifies an operation by name (coverage reports, tests); {@code httpMethod} may be null when unknown.
     *
     * @param service    the service's index entry
     * @param operation  the model operation name
     * @param httpMethod the operation's HTTP method, or null
     * @param params     the input, or null
     * @return the classification
     */
    public Classification classify(ServiceSummary service, String operation, String httpMethod, ObjectNode params) {
        String prefix = iamPrefix(service).orElse(null);
        IamOverrides.OperationEntry entry = overrides.operation(service.name(), operation);
        if (entry != null) {
            AccessLevel level = entry.level();
            if (level == null) {
                level = levelOf(entry.actions());
            }
            return result(service, operation, entry.actions(), level, Source.OVERRIDE, params,
                    "reviewed override for " + service.name() + " " + operation);
        }
        if (prefix != null) {
            Optional<AccessLevelTable.Entry> hit = table.find(prefix, operation);
            if (hit.isPresent()) {
                return result(service, operation, List.of(hit.get().qualified()), hit.get().level(), Source.DATA,
                        params, null);
            }
            if (overrides.usesHttpMethodActions(service.name()) && httpMethod != null) {
                Optional<AccessLevelTable.Entry> verb = table.find(prefix, httpMethod);
                if (verb.isPresent()) {
                    return result(service, operation, List.of(verb.get().qualified()), verb.get().level(),
                            Source.OVERRIDE, params, "API Gateway authorises management calls by HTTP verb");
                }
            }
        }
        String guessPrefix = prefix != null ? prefix : service.signingName() != null ? service.signingName() : service.name();
        List<String> actions = List.of(guessPrefix + ":" + operation);
        Optional<NameHeuristic.Guess> guess = NameHeuristic.guess(operation);
        if (guess.isPresent()) {
            Classification c = result(service, operation, actions, guess.get().level(), Source.HEURISTIC, params,
                    "not in the IAM data; guessed " + guess.get().level().label() + " from the verb '"
                            + guess.get().verb() + "'");
            return guess.get().sensitive() && !c.sensitive() ? withSensitive(c) : c;
        }
        return new Classification(service.cliName(), operation, actions, AccessLevel.UNKNOWN, Source.UNKNOWN,
                false, "not in the IAM data and the name does not say; treated as a write");
    }

    private Classification result(ServiceSummary service, String operation, List<String> actions, AccessLevel level,
                                  Source source, ObjectNode params, String note) {
        boolean sensitive = false;
        for (String a : actions) {
            for (SensitiveRule r : overrides.sensitive()) {
                if (r.matches(a, params)) {
                    sensitive = true;
                    break;
                }
            }
        }
        return new Classification(service.cliName(), operation, actions, level, source, sensitive, note);
    }

    private static Classification withSensitive(Classification c) {
        return new Classification(c.service(), c.operation(), c.iamActions(), c.accessLevel(), c.source(), true,
                c.note() + "; the name suggests it returns secrets");
    }

    /** The riskiest level over actions; UNKNOWN when one is missing from the data. */
    AccessLevel levelOf(List<String> actions) {
        AccessLevel level = AccessLevel.LIST;
        for (String a : actions) {
            level = AccessLevel.max(level, table.find(a).map(AccessLevelTable.Entry::level).orElse(AccessLevel.UNKNOWN));
        }
        return level;
    }

    /** Whether an IAM action ({@code prefix:Action}) is in the data. */
    boolean knows(String qualifiedAction) {
        return table.find(qualifiedAction).isPresent();
    }

    IamOverrides overrides() {
        return overrides;
    }

    /**
     * Classifies every operation of every bundled service by name (no model is loaded).
     *
     * @return the coverage report
     */
    public CoverageReport coverage() {
        return CoverageReport.of(all());
    }

    /**
     * Every model operation, classified without its parameters (what {@code aws-mcp classify --operations} prints).
     *
     * @return one classification per operation, by service then operation, in catalog order
     */
    public List<Classification> all() {
        List<Classification> all = new ArrayList<>();
        for (ServiceSummary s : catalog.services()) {
            boolean needsMethods = overrides.usesHttpMethodActions(s.name());
            ServiceModel model = needsMethods ? catalog.model(s) : null;
            for (String op : s.operations()) {
                String method = model == null ? null : model.operation(op).map(o -> o.http().method()).orElse(null);
                all.add(classify(s, op, method, null));
            }
        }
        return all;
    }
}
