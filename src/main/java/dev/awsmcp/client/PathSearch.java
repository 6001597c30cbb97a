package dev.awsmcp.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Evaluates a JMESPath expression, as paginators (output tokens such as {@code NextMarker || Contents[-1].Key})
 * and waiters (acceptor arguments) need. The facade supplies the output stage's engine, so the client carries no
 * second JMESPath implementation.
 */
@FunctionalInterface
public interface PathSearch {
    /**
     * @param root       the document
     * @param expression a JMESPath expression
     * @return the result; a Jackson {@code NullNode} (or null) when it yields null
     */
    JsonNode search(JsonNode root, String expression);
}
