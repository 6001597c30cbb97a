package dev.awsmcp.policy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON views of classifications and decisions, as {@code aws-mcp classify} prints them. */
public final class DecisionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DecisionJson() {}

    /**
     * A decision: {@code {"decision": "deny", "rule": ..., "reason": ..., "iamActions": [...], "accessLevel": ...,
     * "source": ..., "class": ..., "calls": [...]}}.
     *
     * @param d the decision
     * @return a new object
     */
    public static ObjectNode toJson(Decision d) {
        ObjectNode o = NODES.objectNode();
        o.put("decision", d.verdict().label());
        o.put("rule", d.ruleId());
        o.put("reason", d.reason());
        ArrayNode actions = o.putArray("iamActions");
        d.iamActions().forEach(actions::add);
        o.put("accessLevel", d.accessLevel().label());
        o.put("source", d.source().label());
        o.put("class", d.callClass().label());
        ArrayNode calls = o.putArray("calls");
        d.calls().forEach(c -> calls.add(toJson(c)));
        return o;
    }

    /**
     * A classification.
     *
     * @param c the classification
     * @return a new object
     */
    public static ObjectNode toJson(Classification c) {
        ObjectNode o = NODES.objectNode();
        o.put("service", c.service());
        o.put("operation", c.operation());
        ArrayNode actions = o.putArray("iamActions");
        c.iamActions().forEach(actions::add);
        o.put("accessLevel", c.accessLevel().label());
        o.put("source", c.source().label());
        o.put("class", c.callClass().label());
        o.put("sensitive", c.sensitive());
        if (c.note() != null) {
            o.put("note", c.note());
        }
        return o;
    }
}
