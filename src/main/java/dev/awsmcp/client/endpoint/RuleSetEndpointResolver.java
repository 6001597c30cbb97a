package dev.awsmcp.client.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.regions.RegionCatalog;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.smithy.rulesengine.language.error.RuleError;
import software.amazon.smithy.rulesengine.language.evaluation.RuleEvaluator;
import software.amazon.smithy.rulesengine.language.evaluation.value.EndpointValue;
import software.amazon.smithy.rulesengine.language.evaluation.value.Value;

/**
 * Resolves endpoints by evaluating each service's {@code endpoint-rule-set-1.json} with Smithy's rules engine (the
 * AWS functions {@code aws.partition}, {@code aws.parseArn}, {@code aws.isVirtualHostableS3Bucket} come from
 * {@code smithy-aws-endpoints}). Parameters are fed the way the AWS CLI v1 feeds them (see
 * {@link EndpointSettings} and {@code EndpointParameters}).
 *
 * <p>Parsed rule sets are cached per service model (parsing S3's costs about a second on a cold JVM, a few
 * milliseconds warm), and resolved endpoints per distinct parameter set, so repeated calls skip evaluation.
 * Thread-safe.
 *
 * <pre>{@code
 * EndpointResolver resolver = RuleSetEndpointResolver.create();
 * ResolvedEndpoint e = resolver.resolve(ec2, describeInstances, input, EndpointSettings.forRegion("eu-west-1"));
 * }</pre>
 */
public final class RuleSetEndpointResolver implements EndpointResolver {
    /** Default number of parsed rule sets kept (one per service). */
    public static final int DEFAULT_MAX_RULE_SETS = 128;
    /** Default number of resolved endpoints kept. */
    public static final int DEFAULT_MAX_RESULTS = 4096;

    /** botocore {@code validate_region_name}: a DNS host label that is not all digits. */
    private static final Pattern VALID_REGION = Pattern.compile("^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{0,63}(?<!-)$");
    private static final String REGION_HINT = "Use a region code such as us-east-1 or eu-west-1 (--region, AWS_REGION or "
            + "the profile's region).";

    private final RegionCatalog regions;
    private final Cache<JsonNode, ParsedRuleSet> byTree;
    private final Cache<String, ParsedRuleSet> byService;
    private final Cache<ResultKey, ResolvedEndpoint> results;
    private final boolean cacheResults;

    private RuleSetEndpointResolver(RegionCatalog regions, int maxRuleSets, int maxResults) {
        this.regions = regions;
        this.byTree = Caffeine.newBuilder().weakKeys().maximumSize(maxRuleSets).build();
        this.byService = Caffeine.newBuilder().maximumSize(maxRuleSets).build();
        this.results = Caffeine.newBuilder().maximumSize(maxResults).build();
        this.cacheResults = maxResults > 0;
    }

    /**
     * A resolver over the bundled region data with default cache sizes.
     *
     * @return a new resolver
     */
    public static RuleSetEndpointResolver create() {
        return create(RegionCatalog.bundled(), DEFAULT_MAX_RULE_SETS, DEFAULT_MAX_RESULTS);
    }

    /**
     * A resolver with explicit region data and cache sizes.
     *
     * @param regions     legacy endpoint data for signing fallbacks
     * @param maxRuleSets parsed rule sets to keep, at least 1
     * @param maxResults  resolved endpoints to keep, 0 to disable the result cache
     * @return a new resolver
     * @throws IllegalArgumentException for a size out of range
     */
    public static RuleSetEndpointResolver create(RegionCatalog regions, int maxRuleSets, int maxResults) {
        Objects.requireNonNull(regions, "regions");
        if (maxRuleSets < 1 || maxResults < 0) {
            throw new IllegalArgumentException("maxRuleSets must be >= 1 and maxResults >= 0, were "
                    + maxRuleSets + " and " + maxResults);
        }
        BundledPartitions.install();
        return new RuleSetEndpointResolver(regions, maxRuleSets, maxResults);
    }

    @Override
    public ResolvedEndpoint resolve(ServiceModel service, Operation operation, ObjectNode input, EndpointSettings given) {
        Objects.requireNonNull(service, "service");
        EndpointSettings settings = PseudoRegions.normalize(Objects.requireNonNull(given, "settings"));
        String region = settings.region();
        if (region != null && !VALID_REGION.matcher(region).matches()) {
            throw new EndpointException("Provided region_name '" + region + "' doesn't match a supported format.", REGION_HINT);
        }
        ParsedRuleSet ruleSet = ruleSet(service);
        Map<String, Object> params = EndpointParameters.collect(ruleSet, service, operation, input, settings);
        if (!cacheResults) {
            return evaluate(ruleSet, service, operation, settings, params);
        }
        ResultKey key = new ResultKey(service.name(), operation == null ? "" : operation.name(), ruleSet, params);
        ResolvedEndpoint cached = results.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        ResolvedEndpoint resolved = evaluate(ruleSet, service, operation, settings, params);
        results.put(key, resolved);
        return resolved;
    }

    /**
     * Parses (or takes from the cache) a service's rule set, e.g. to warm the cache at start-up.
     *
     * @param service the service model
     * @throws EndpointException when the service has no rule set or it cannot be parsed
     */
    public void preload(ServiceModel service) {
        ruleSet(service);
    }

    private ResolvedEndpoint evaluate(ParsedRuleSet ruleSet, ServiceModel service, Operation operation,
                                      EndpointSettings settings, Map<String, Object> params) {
        Value result;
        try {
            result = RuleEvaluator.evaluate(ruleSet.ruleSet(), RuleValues.toValues(params));
        } catch (RuntimeException e) {
            throw new EndpointException("Endpoint resolution for " + service.cliName() + " failed: " + firstLine(e) + ".",
                    "Check --region, --endpoint-url and the FIPS/dual-stack settings.");
        }
        if (result instanceof EndpointValue) {
            return EndpointReader.read((EndpointValue) result, service, operation, settings.region(),
                    settings.endpointUrl() != null,
                    regions.legacyEndpoint(service.metadata().endpointPrefix(), settings.region()));
        }
        String message = result.isEmpty() ? "no rule matched" : String.valueOf(result.toObject());
        throw new EndpointException(sentence(message), RuleSetHints.hintFor(message, settings));
    }

    private ParsedRuleSet ruleSet(ServiceModel service) {
        JsonNode tree = service.endpointRuleSet().orElseThrow(() -> new EndpointException(
                "Service " + service.cliName() + " has no endpoint rule set in the bundled models.",
                "Pass --endpoint-url to name the endpoint explicitly."));
        // One parse per tree even under concurrent first use; a reloaded model brings an equal tree in a new
        // object, so the by-name entry is reused rather than parsed again (S3's parse costs ~0.5-2 s).
        return byTree.get(tree, t -> {
            ParsedRuleSet same = byService.getIfPresent(service.name());
            if (same != null && same.source().equals(t)) {
                return same;
            }
            ParsedRuleSet parsed = parse(service, t);
            byService.put(service.name(), parsed);
            return parsed;
        });
    }

    private static ParsedRuleSet parse(ServiceModel service, JsonNode tree) {
        try {
            return ParsedRuleSet.parse(tree);
        } catch (RuleError | IllegalArgumentException | IllegalStateException e) {
            throw new EndpointException("The endpoint rule set of " + service.cliName() + " cannot be read: "
                    + firstLine(e) + ".", "Pass --endpoint-url to name the endpoint explicitly.");
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        String line = nl < 0 ? m : m.substring(0, nl);
        // RuleError wraps SourceExceptions and repeats their class name; the agent needs only the text.
        return line.replaceFirst("^([a-zA-Z_$][\\w$]*\\.)+[A-Z]\\w*(Exception|Error): ", "");
    }

    private static String sentence(String message) {
        String m = message.trim();
        return m.endsWith(".") ? m : m + ".";
    }

    /** A cache key: the rule set by identity, plus the call's parameter values. */
    private record ResultKey(String service, String operation, ParsedRuleSet ruleSet, Map<String, Object> params) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ResultKey k && k.ruleSet == ruleSet && k.service.equals(service)
                    && k.operation.equals(operation) && k.params.equals(params);
        }

        @Override
        public int hashCode() {
            return Objects.hash(service, operation, System.identityHashCode(ruleSet), params);
        }
    }
}
