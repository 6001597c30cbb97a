package dev.awsmcp.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.error.AwsMcpException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON views of parse results for {@code aws-mcp parse} and tools: the call under CLI and model names, protocol,
 * parameters (blobs as {@code {"__bytes_b64__": "..."}}), options; errors as {@code {code, message, hint}}.
 */
public final class ParsedCommandJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ParsedCommandJson() {}

    /**
     * Describes a parse result.
     *
     * @param c the result
     * @return a JSON object
     */
    public static ObjectNode toJson(ParsedCommand c) {
        ObjectNode o = F.objectNode();
        o.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (c instanceof BoundCall) {
            call(o, (BoundCall) c);
        } else if (c instanceof WaiterCall) {
            WaiterCall w = (WaiterCall) c;
            o.put("waiter", w.cliWaiterName());
            o.put("waiterModelName", w.waiterName());
            call(o, w.call());
        } else if (c instanceof HighLevelCommand) {
            HighLevelCommand h = (HighLevelCommand) c;
            o.put("service", h.service());
            o.put("subcommand", h.subcommand());
            ArrayNode args = o.putArray("args");
            h.args().forEach(args::add);
            o.put("description", h.description());
            o.set("options", options(h.options()));
        } else if (c instanceof Skeleton) {
            Skeleton s = (Skeleton) c;
            o.put("service", s.service().cliName());
            o.put("operation", s.operation().cliName());
            o.put("type", s.type());
            o.set("skeleton", s.skeleton());
        }
        return o;
    }

    private static void call(ObjectNode o, BoundCall b) {
        ObjectNode svc = o.putObject("service");
        svc.put("cli", b.service().cliName());
        svc.put("model", b.service().name());
        ObjectNode op = o.putObject("operation");
        op.put("cli", b.operation().cliName());
        op.put("model", b.operation().name());
        o.put("protocol", b.service().summary().protocols().isEmpty() ? b.service().summary().protocol()
                : b.service().summary().protocols().get(0));
        o.set("params", plain(b.params()));
        if (!b.localArgs().isEmpty()) {
            ObjectNode l = o.putObject("localArgs");
            b.localArgs().forEach(l::put);
        }
        o.set("options", options(b.options()));
        java.util.List<ConstraintAdvisor.Advisory> advice = ConstraintAdvisor.check(b);
        if (!advice.isEmpty()) {
            ArrayNode w = o.putArray("warnings");
            advice.forEach(a -> w.add(a.message()));
        }
    }

    /**
     * A copy with blobs as {@code {"__bytes_b64__": "..."}} so that the tree prints as plain JSON.
     *
     * @param v a parameter tree
     * @return the printable tree
     */
    public static JsonNode plain(JsonNode v) {
        if (v.isBinary()) {
            ObjectNode b = F.objectNode();
            b.put("__bytes_b64__", Base64.getEncoder().encodeToString(((com.fasterxml.jackson.databind.node.BinaryNode) v).binaryValue()));
            return b;
        }
        if (v.isObject()) {
            ObjectNode o = F.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                o.set(e.getKey(), plain(e.getValue()));
            }
            return o;
        }
        if (v.isArray()) {
            ArrayNode a = F.arrayNode();
            v.forEach(x -> a.add(plain(x)));
            return a;
        }
        return v;
    }

    /**
     * The options that were given (defaults left out).
     *
     * @param g the options
     * @return a JSON object
     */
    public static ObjectNode options(GlobalOptions g) {
        ObjectNode o = F.objectNode();
        putIf(o, "region", g.region());
        putIf(o, "profile", g.profile());
        putIf(o, "endpointUrl", g.endpointUrl());
        putIf(o, "output", g.output());
        putIf(o, "query", g.query());
        if (!g.paginate()) {
            o.put("paginate", false);
        }
        if (g.pageSize() != null) {
            o.put("pageSize", g.pageSize());
        }
        if (g.maxItems() != null) {
            o.put("maxItems", g.maxItems());
        }
        putIf(o, "startingToken", g.startingToken());
        if (g.readTimeoutSeconds() != null) {
            o.put("readTimeoutSeconds", g.readTimeoutSeconds());
        }
        if (g.connectTimeoutSeconds() != null) {
            o.put("connectTimeoutSeconds", g.connectTimeoutSeconds());
        }
        putIf(o, "color", g.color());
        if (g.noSignRequest()) {
            o.put("noSignRequest", true);
        }
        if (g.noVerifySsl()) {
            o.put("noVerifySsl", true);
        }
        putIf(o, "caBundle", g.caBundle());
        if (g.debug()) {
            o.put("debug", true);
        }
        putIf(o, "cliBinaryFormat", g.cliBinaryFormat());
        return o;
    }

    /**
     * An error as {@code {code, message, hint}}.
     *
     * @param e the error
     * @return a JSON object
     */
    public static ObjectNode error(AwsMcpException e) {
        ObjectNode o = F.objectNode();
        o.put("code", e.code());
        o.put("message", e.getMessage());
        if (e.hint() != null) {
            o.put("hint", e.hint());
        }
        return o;
    }

    private static void putIf(ObjectNode o, String k, String v) {
        if (v != null) {
            o.put(k, v);
        }
    }
}
