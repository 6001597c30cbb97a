package dev.awsmcp.engine;

import dev.awsmcp.GateDecision;
import dev.awsmcp.AuditEvent;
import dev.awsmcp.client.CallResponse;
import dev.awsmcp.client.CallTarget;
import dev.awsmcp.client.ServiceCallException;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.ParsedCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What happened while one command ran, for its result and audit event. One per command; only {@link #recordCall} may
 * be used from several threads.
 */
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

    /**
     * Sends one of a high-level command's calls and records it under its own operation, answered or refused by the
     * service. Safe for the concurrent transfers of {@code aws s3}: the recording locks this trace.
     *
     * @param call the call, for its operation name
     * @param send sends it
     * @return the response
     * @throws ServiceCallException after recording the service's refusal
     */
    CallResponse recordCall(BoundCall call, Supplier<CallResponse> send) {
        String op = call.operation().name();
        try {
            CallResponse r = send.get();
            synchronized (this) {
                requests.add(new AuditEvent.AuditedRequest(op, r.httpStatus(), r.requestId(), r.attempts()));
            }
            return r;
        } catch (ServiceCallException e) {
            synchronized (this) {
                recordFailure(op, e.error().httpStatus(), e.error().requestId(), e.retries() + 1);
            }
            throw e;
        }
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
