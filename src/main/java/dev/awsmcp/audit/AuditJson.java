package dev.awsmcp.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes {@link AuditRecord}s as single-line JSON with a fixed key order. */
final class AuditJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditJson() {}

    static String write(AuditRecord r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("time", r.time());
        ObjectNode client = o.putObject("client");
        client.put("name", r.clientName());
        client.put("version", r.clientVersion());
        o.put("tool", r.tool());
        o.put("command", r.command());
        o.put("service", r.service());
        o.put("operation", r.operation());
        strings(o.putArray("iamActions"), r.iamActions());
        o.put("accessLevel", r.accessLevel());
        o.put("source", r.source());
        o.put("decision", r.decision());
        o.put("rule", r.rule());
        o.put("reason", r.reason());
        o.put("profile", r.profile());
        o.put("region", r.region());
        o.put("callerArn", r.callerArn());
        if (r.roleArn() != null) {
            o.put("roleArn", r.roleArn());
            o.put("roleSessionName", r.roleSession());
            o.put("targetAccount", r.roleArn().split(":")[4]);
        }
        strings(o.putArray("requestIds"), r.requestIds());
        o.put("httpStatus", r.httpStatus());
        o.put("durationMs", r.durationMs());
        o.put("errorCode", r.errorCode());
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an audit record", e);
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
