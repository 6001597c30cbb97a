package dev.awsmcp.client.paginate;

import dev.awsmcp.text.PythonJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.client.CallResponse;
import dev.awsmcp.client.ClientException;
import dev.awsmcp.client.PathSearch;
import dev.awsmcp.client.Progress;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ShapeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Auto-pagination with the AWS CLI's semantics, ported from botocore's {@code PageIterator}: the starting token
 * (with its first-page offset), {@code --page-size} into the limit key, {@code --max-items} truncation with a
 * resumable {@code NextToken}, result-key merging ({@code build_full_result}), non-aggregate keys from the first
 * page, and an error when a service sends the same token twice. Safety caps ({@link PaginationLimits}) stop a crawl
 * early with a {@code NextToken}.
 */
public final class Paginator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PathSearch paths;

    /** @param paths the JMESPath engine for output tokens and {@code more_results} */
    public Paginator(PathSearch paths) {
        this.paths = Objects.requireNonNull(paths, "paths");
    }

    /** Fetches one page. */
    @FunctionalInterface
    public interface PageFetcher {
        /**
         * @param params the request parameters of this page
         * @return the response
         */
        CallResponse fetch(ObjectNode params);
    }

    /** The paging arguments of one command. */
    public record Request(ObjectNode params, Integer pageSize, Integer maxItems, String startingToken) {}

    /**
     * Fetches pages until the end, {@code --max-items}, or a cap.
     *
     * @param operation the operation (for the limit key's type)
     * @param config    its paginator
     * @param request   parameters and paging arguments
     * @param limits    safety caps
     * @param fetcher   sends one page
     * @param progress  told after each page
     * @param cancelled polled before each page
     * @return the pages and their merge
     * @throws ClientException for a repeated token, a bad starting token, or cancellation
     */
    public PaginatedResult paginate(Operation operation, PaginatorConfig config, Request request, PaginationLimits limits,
                                    PageFetcher fetcher, Progress progress, BooleanSupplier cancelled) {
        if (config.resultKeys().isEmpty()) {
            throw new ClientException("PaginationError", "The paginator of " + operation.name() + " has no result key.", null);
        }
        ObjectNode current = request.params().deepCopy();
        Map<String, JsonNode> nextToken = new LinkedHashMap<>();
        config.inputTokens().forEach(t -> nextToken.put(t, null));
        int startingTruncation = 0;
        if (request.startingToken() != null) {
            PaginationToken.Decoded decoded = decodeStart(request.startingToken(), config, operation);
            nextToken.clear();
            nextToken.putAll(decoded.tokens());
            startingTruncation = decoded.truncate();
            inject(current, nextToken);
        }
        if (request.pageSize() != null && config.limitKey() != null) {
            current.set(config.limitKey(), limitValue(operation, config.limitKey(), request.pageSize()));
        }
        Integer maxItems = request.maxItems();
        boolean capByItems = maxItems == null || maxItems > limits.maxItems();
        if (capByItems) {
            maxItems = limits.maxItems();
        }
        String primary = config.resultKeys().get(0);
        List<ObjectNode> pages = new ArrayList<>();
        List<CallResponse> responses = new ArrayList<>();
        ObjectNode nonAggregate = NODES.objectNode();
        Map<String, JsonNode> previous = null;
        String resume = null;
        boolean capped = false;
        int totalItems = 0;
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new ClientException("Cancelled", "Pagination of " + operation.name() + " was cancelled after "
                        + pages.size() + " page(s).", null, 130, null);
            }
            CallResponse response = fetcher.fetch(current.deepCopy());
            responses.add(response);
            ObjectNode parsed = response.output();
            if (pages.isEmpty()) {
                if (request.startingToken() != null) {
                    handleFirstRequest(parsed, config, primary, startingTruncation);
                } else {
                    startingTruncation = 0;
                }
                nonAggregate = nonAggregatePart(parsed, config);
            } else {
                startingTruncation = 0;
            }
            pages.add(parsed);
            JsonNode items = DottedPaths.get(parsed, primary);
            int count = items == null ? 0 : items.isArray() ? items.size() : items.isTextual() ? items.asText().length() : 0;
            progress.progress(pages.size(), -1, "Fetched page " + pages.size() + " of " + operation.name()
                    + " (" + (totalItems + count) + " items)");
            int truncateAmount = totalItems + count - maxItems;
            if (truncateAmount > 0) {
                resume = truncate(parsed, primary, truncateAmount, startingTruncation, nextToken);
                capped = capByItems;
                break;
            }
            totalItems += count;
            Map<String, JsonNode> next = nextTokens(parsed, config);
            if (next.values().stream().allMatch(Objects::isNull)) {
                break;
            }
            if (totalItems == maxItems) {
                resume = encode(next, null);
                capped = capByItems;
                break;
            }
            if (previous != null && previous.equals(next)) {
                throw new ClientException("PaginationError", "Error during pagination: The same next token was "
                        + "received twice: " + PythonJson.repr(toObject(next)),
                        "The service repeated its pagination token; fetch pages one at a time with --no-paginate "
                                + "and the token parameter, or narrow the request.", 255, null);
            }
            if (pages.size() >= limits.maxPages()) {
                resume = encode(next, null);
                capped = true;
                break;
            }
            inject(current, next);
            previous = next;
            nextToken.clear();
            nextToken.putAll(next);
        }
        return new PaginatedResult(merge(pages, config, nonAggregate, resume), pages, nonAggregate,
                config.resultKeys(), resume, responses, capped);
    }

    private static PaginationToken.Decoded decodeStart(String token, PaginatorConfig config, Operation operation) {
        try {
            PaginationToken.Decoded d = PaginationToken.decode(token, config.inputTokens());
            for (Map.Entry<String, JsonNode> e : d.tokens().entrySet()) {
                if (!config.inputTokens().contains(e.getKey())) {
                    throw new IllegalArgumentException("Bad starting token: " + token);
                }
                if (isTextForStructuredMember(operation, e.getKey(), e.getValue())) {
                    // botocore falls back to the old opaque format and its parameter validation then rejects the
                    // string (e.g. DynamoDB's ExclusiveStartKey is a map): reject it here, before any call
                    throw new IllegalArgumentException("Bad starting token: " + token);
                }
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new ClientException("InvalidStartingToken", "The starting token '" + token
                    + "' is not a token this command produced.",
                    "Pass the NextToken value printed by the same command, unchanged.", 252, e);
        }
    }

    private static boolean isTextForStructuredMember(Operation operation, String name, JsonNode value) {
        if (value == null || !value.isTextual() || value.asText().equals("None") || operation.input() == null) {
            return false;
        }
        Member m = operation.input().member(name);
        if (m == null) {
            return false;
        }
        ShapeType type = m.shape().type();
        return type == ShapeType.STRUCTURE || type == ShapeType.MAP || type == ShapeType.LIST;
    }

    private JsonNode limitValue(Operation operation, String limitKey, int pageSize) {
        Member m = operation.input() == null ? null : operation.input().member(limitKey);
        if (m != null && m.shape().type() == ShapeType.STRING) {
            return TextNode.valueOf(Integer.toString(pageSize));
        }
        return NODES.numberNode(pageSize);
    }

    private static void inject(ObjectNode params, Map<String, JsonNode> tokens) {
        tokens.forEach((name, value) -> {
            if (value != null && !(value.isTextual() && value.asText().equals("None"))) {
                params.set(name, value);
            } else {
                params.remove(name);
            }
        });
    }

    private Map<String, JsonNode> nextTokens(ObjectNode parsed, PaginatorConfig config) {
        Map<String, JsonNode> next = new LinkedHashMap<>();
        if (config.moreResults() != null && !truthy(paths.search(parsed, config.moreResults()))) {
            return next;
        }
        for (int i = 0; i < config.outputTokens().size() && i < config.inputTokens().size(); i++) {
            JsonNode v = paths.search(parsed, config.outputTokens().get(i));
            next.put(config.inputTokens().get(i), truthy(v) ? v : null);
        }
        return next;
    }

    /** Python truthiness, as botocore tests tokens and {@code more_results}. */
    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isTextual()) {
            return !v.asText().isEmpty();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0;
        }
        return v.size() > 0 || v.isBinary();
    }

    private static void handleFirstRequest(ObjectNode parsed, PaginatorConfig config, String primary, int truncation) {
        JsonNode all = DottedPaths.get(parsed, primary);
        JsonNode data = null;
        if (all != null && all.isArray()) {
            ArrayNode a = NODES.arrayNode();
            for (int i = truncation; i < all.size(); i++) {
                a.add(all.get(i));
            }
            data = a;
        } else if (all != null && all.isTextual()) {
            String s = all.asText();
            data = TextNode.valueOf(truncation < s.length() ? s.substring(truncation) : "");
        }
        DottedPaths.set(parsed, primary, data);
        for (String key : config.resultKeys().subList(1, config.resultKeys().size())) {
            JsonNode sample = DottedPaths.get(parsed, key);
            JsonNode empty;
            if (sample != null && sample.isArray()) {
                empty = NODES.arrayNode();
            } else if (sample != null && sample.isTextual()) {
                empty = TextNode.valueOf("");
            } else if (sample != null && sample.isNumber()) {
                empty = sample;
            } else {
                empty = null;
            }
            DottedPaths.set(parsed, key, empty);
        }
    }

    private static String truncate(ObjectNode parsed, String primary, int truncateAmount, int startingTruncation,
                                   Map<String, JsonNode> nextToken) {
        JsonNode original = DottedPaths.get(parsed, primary);
        int size = original == null ? 0 : original.size();
        int keep = size - truncateAmount;
        ArrayNode kept = NODES.arrayNode();
        for (int i = 0; i < keep && original != null; i++) {
            kept.add(original.get(i));
        }
        DottedPaths.set(parsed, primary, kept);
        return encode(nextToken, keep + startingTruncation);
    }

    private static String encode(Map<String, JsonNode> tokens, Integer truncate) {
        ObjectNode o = toObject(tokens);
        if (truncate != null) {
            o.put(PaginationToken.TRUNCATE, truncate);
        }
        return PaginationToken.encode(o);
    }

    private static ObjectNode toObject(Map<String, JsonNode> tokens) {
        ObjectNode o = NODES.objectNode();
        tokens.forEach((k, v) -> o.set(k, v == null ? NODES.nullNode() : v));
        return o;
    }

    private static ObjectNode nonAggregatePart(ObjectNode parsed, PaginatorConfig config) {
        ObjectNode part = NODES.objectNode();
        for (String key : config.nonAggregateKeys()) {
            DottedPaths.set(part, key, DottedPaths.get(parsed, key));
        }
        return part;
    }

    /** botocore's {@code build_full_result}. */
    private static ObjectNode merge(List<ObjectNode> pages, PaginatorConfig config, ObjectNode nonAggregate, String resume) {
        ObjectNode complete = NODES.objectNode();
        for (ObjectNode page : pages) {
            for (String key : config.resultKeys()) {
                JsonNode value = DottedPaths.get(page, key);
                if (value == null) {
                    continue;
                }
                JsonNode existing = DottedPaths.get(complete, key);
                if (existing == null) {
                    DottedPaths.set(complete, key, value.deepCopy());
                } else if (value.isArray() && existing.isArray()) {
                    ((ArrayNode) existing).addAll((ArrayNode) value.deepCopy());
                } else if (value.isIntegralNumber() && existing.isIntegralNumber()) {
                    DottedPaths.set(complete, key, NODES.numberNode(existing.longValue() + value.longValue()));
                } else if (value.isNumber() && existing.isNumber()) {
                    DottedPaths.set(complete, key, NODES.numberNode(existing.doubleValue() + value.doubleValue()));
                } else if (value.isTextual() && existing.isTextual()) {
                    DottedPaths.set(complete, key, TextNode.valueOf(existing.asText() + value.asText()));
                }
            }
        }
        DottedPaths.merge(complete, nonAggregate.deepCopy());
        if (resume != null) {
            complete.put("NextToken", resume);
        }
        return complete;
    }
}
