package dev.awsmcp;

import dev.awsmcp.client.CallResponse;
import dev.awsmcp.client.CallTarget;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.ParsedCommand;
import java.util.ArrayList;
import java.util.List;

/** What happened while one command ran, for its result and audit event. Not thread-safe: one per command. */
final class CommandTrace {
    ParsedCommand command;
    BoundCall call;
    GateDecision decision;
    CallTarget target;
    final List<AuditEvent.AuditedRequest> requests = new ArrayList<>();

    CallResponse record(CallResponse r) {
        requests.add(new AuditEvent.AuditedRequest(call.operation().name(), r.httpStatus(), r.requestId(), r.attempts()));
        return r;
    }

    void recordFailure(String operation, int status, String requestId, int attempts) {
        requests.add(new AuditEvent.AuditedRequest(operation, status, requestId, attempts));
    }

    List<String> requestIds() {
        List<String> ids = new ArrayList<>();
        for (AuditEvent.AuditedRequest r : requests) {
            if (r.requestId() != null) {
                ids.add(r.requestId());
            }
        }
        return ids;
    }

    int lastStatus() {
        return requests.isEmpty() ? 0 : requests.get(requests.size() - 1).httpStatus();
    }
}
