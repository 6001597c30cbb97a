package dev.awsmcp.client.paginate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One operation's entry in {@code paginators-1.json}.
 *
 * @param inputTokens      request members that carry the token(s)
 * @param outputTokens     JMESPath expressions for the next token(s) in a response
 * @param moreResults      a JMESPath expression that says whether more pages exist, or null
 * @param limitKey         the request member for the page size, or null
 * @param resultKeys       dotted paths of the lists (or counters) merged across pages; the first is primary
 * @param nonAggregateKeys dotted paths taken from the first page only
 */
public record PaginatorConfig(List<String> inputTokens, List<String> outputTokens, String moreResults, String limitKey,
                              List<String> resultKeys, List<String> nonAggregateKeys) {
    public PaginatorConfig {
        inputTokens = List.copyOf(inputTokens);
        outputTokens = List.copyOf(outputTokens);
        resultKeys = List.copyOf(resultKeys);
        nonAggregateKeys = List.copyOf(nonAggregateKeys);
    }

    /**
     * @param service   the service model
     * @param operation the operation's model name
     * @return the operation's paginator, or empty when it has none
     */
    public static Optional<PaginatorConfig> of(ServiceModel service, String operation) {
        return service.paginators()
                .map(p -> p.path("pagination").get(operation))
                .filter(JsonNode::isObject)
                .map(PaginatorConfig::parse);
    }

    static PaginatorConfig parse(JsonNode c) {
        return new PaginatorConfig(strings(c.get("input_token")), strings(c.get("output_token")),
                c.hasNonNull("more_results") ? c.get("more_results").asText() : null,
                c.hasNonNull("limit_key") ? c.get("limit_key").asText() : null,
                strings(c.get("result_key")), strings(c.get("non_aggregate_keys")));
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }

    /** Whether the request already carries a token or page size, which turns auto-pagination off (as in the CLI). */
    public boolean manuallyPaged(JsonNode params) {
        for (String t : inputTokens) {
            if (params.has(t)) {
                return true;
            }
        }
        return limitKey != null && params.has(limitKey);
    }
}
