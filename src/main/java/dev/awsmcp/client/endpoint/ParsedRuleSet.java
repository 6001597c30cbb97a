package dev.awsmcp.client.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.smithy.rulesengine.language.EndpointRuleSet;
import software.amazon.smithy.rulesengine.language.syntax.parameters.Parameter;

/**
 * A parsed {@code endpoint-rule-set-1.json} plus the parameters its rules actually read. Parameters the rules never
 * reference (S3's {@code Key}, {@code Prefix}, {@code CopySource}) are left out of evaluation and of the result
 * cache key, as botocore does for S3, so per-object calls share one cached endpoint.
 *
 * @param source     the JSON it was parsed from
 * @param ruleSet    the parsed rule set
 * @param parameters the parameters to feed, in declaration order
 */
record ParsedRuleSet(JsonNode source, EndpointRuleSet ruleSet, List<Parameter> parameters) {
    private static final Pattern TEMPLATE_REF = Pattern.compile("\\{([A-Za-z0-9_]+)[#}]");

    ParsedRuleSet {
        parameters = List.copyOf(parameters);
    }

    /**
     * Parses a botocore rule set.
     *
     * @param json the {@code endpoint-rule-set-1.json} tree
     * @return the parsed rule set
     * @throws software.amazon.smithy.rulesengine.language.error.RuleError when the rule set is malformed
     */
    static ParsedRuleSet parse(JsonNode json) {
        EndpointRuleSet ruleSet = EndpointRuleSet.fromNode(SmithyNodes.of(json));
        Set<String> referenced = new HashSet<>();
        collectReferences(json.path("rules"), referenced);
        List<Parameter> used = new ArrayList<>();
        for (Parameter p : ruleSet.getParameters()) {
            if (p.isRequired() || referenced.contains(p.getNameString())) {
                used.add(p);
            }
        }
        return new ParsedRuleSet(json, ruleSet, used);
    }

    private static void collectReferences(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            JsonNode ref = node.get("ref");
            if (ref != null && ref.isTextual()) {
                out.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectReferences(child, out));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectReferences(child, out));
        } else if (node.isTextual()) {
            Matcher m = TEMPLATE_REF.matcher(node.asText());
            while (m.find()) {
                out.add(m.group(1));
            }
        }
    }
}
