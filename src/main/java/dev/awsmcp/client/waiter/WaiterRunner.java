package dev.awsmcp.client.waiter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.CallResponse;
import dev.awsmcp.client.ClientException;
import dev.awsmcp.client.PathSearch;
import dev.awsmcp.client.Progress;
import dev.awsmcp.client.ServiceCallException;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.client.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Polls an operation until a waiter's acceptors say success or failure, ported from botocore's
 * {@code Waiter.wait}: acceptors in order, the first match decides; an error no acceptor expects fails the
 * waiter; attempts are bounded by the model's {@code maxAttempts} and the total time by a configured limit (an
 * agent should not block for the hour some waiters allow). Sleeps through the injected {@link Sleeper} and reads
 * time from the injected clock.
 */
public final class WaiterRunner {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PathSearch paths;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration maxWait;

    /**
     * @param paths   the JMESPath engine for path acceptors
     * @param sleeper how to wait between attempts
     * @param clock   the time source for the wait limit
     * @param maxWait the longest total wait, however many attempts the model allows
     */
    public WaiterRunner(PathSearch paths, Sleeper sleeper, Clock clock, Duration maxWait) {
        this.paths = Objects.requireNonNull(paths, "paths");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
    }

    /** Makes one call of the waiter's operation. */
    @FunctionalInterface
    public interface Poll {
        /**
         * @return the response
         * @throws ServiceCallException for a service error (the acceptors judge it); other exceptions stop the waiter
         */
        CallResponse call();
    }

    /**
     * Waits.
     *
     * @param config    the waiter
     * @param poll      calls the operation
     * @param progress  told after each attempt
     * @param cancelled polled before each attempt
     * @return the result when the success state was reached
     * @throws WaiterException when the waiter fails
     * @throws ClientException when cancelled or interrupted
     */
    public WaitResult await(WaiterConfig config, Poll poll, Progress progress, BooleanSupplier cancelled) {
        Instant start = clock.instant();
        Acceptor lastMatched = null;
        int attempts = 0;
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new ClientException("Cancelled", "Waiter " + config.name() + " was cancelled after " + attempts
                        + " attempt(s).", null, 130, null);
            }
            Observation seen = observe(poll);
            attempts++;
            Acceptor matched = null;
            for (Acceptor a : config.acceptors()) {
                if (matches(a, seen.response)) {
                    matched = a;
                    lastMatched = a;
                    break;
                }
            }
            if (matched == null && seen.error != null) {
                throw new WaiterException(config.name(), "An error occurred (" + orUnknown(seen.error.code()) + "): "
                        + orUnknown(seen.error.message()), null);
            }
            if (matched != null && matched.state().equals("success")) {
                return new WaitResult(attempts, seen.response, seen.requestId, seen.status);
            }
            if (matched != null && matched.state().equals("failure")) {
                throw new WaiterException(config.name(), "Waiter encountered a terminal failure state: "
                        + matched.explanation(), null);
            }
            if (attempts >= config.maxAttempts()) {
                throw new WaiterException(config.name(), lastMatched == null ? "Max attempts exceeded"
                        : "Max attempts exceeded. Previously accepted state: " + lastMatched.explanation(),
                        "The resource has not reached the state yet; run the wait command again to keep waiting.");
            }
            progress.progress(attempts, config.maxAttempts(), "Waiter " + config.name() + ": attempt " + attempts
                    + " of " + config.maxAttempts() + ", not there yet");
            Duration delay = Duration.ofSeconds(config.delay());
            Duration elapsed = Duration.between(start, clock.instant());
            if (elapsed.plus(delay).compareTo(maxWait) > 0) {
                throw new WaiterException(config.name(), "Max wait time of " + maxWait.getSeconds()
                        + " seconds exceeded after " + attempts + " attempt(s)",
                        "The resource has not reached the state yet; run the wait command again to keep waiting.");
            }
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClientException("Cancelled", "Waiter " + config.name() + " was interrupted.", null, 130, e);
            }
        }
    }

    private static final class Observation {
        ObjectNode response;
        ServiceError error;
        String requestId;
        int status;
    }

    private static Observation observe(Poll poll) {
        Observation o = new Observation();
        try {
            CallResponse r = poll.call();
            o.response = r.output().deepCopy();
            o.status = r.httpStatus();
            o.requestId = r.requestId();
        } catch (ServiceCallException e) {
            o.error = e.error();
            o.status = e.error().httpStatus();
            o.requestId = e.error().requestId();
            o.response = NODES.objectNode();
            ObjectNode err = o.response.putObject("Error");
            if (e.error().code() != null) {
                err.put("Code", e.error().code());
            }
            if (e.error().message() != null) {
                err.put("Message", e.error().message());
            }
        }
        o.response.putObject("ResponseMetadata").put("HTTPStatusCode", o.status);
        return o;
    }

    private boolean matches(Acceptor a, ObjectNode response) {
        boolean isError = response.has("Error");
        switch (a.matcher()) {
            case "path":
                return !isError && pythonEquals(search(response, a.argument()), a.expected());
            case "pathAll": {
                JsonNode r = isError ? null : search(response, a.argument());
                if (r == null || !r.isArray() || r.size() == 0) {
                    return false;
                }
                for (JsonNode e : r) {
                    if (!pythonEquals(e, a.expected())) {
                        return false;
                    }
                }
                return true;
            }
            case "pathAny": {
                JsonNode r = isError ? null : search(response, a.argument());
                if (r == null || !r.isArray()) {
                    return false;
                }
                for (JsonNode e : r) {
                    if (pythonEquals(e, a.expected())) {
                        return true;
                    }
                }
                return false;
            }
            case "status":
                return response.path("ResponseMetadata").path("HTTPStatusCode").asInt() == a.expected().asInt(-1);
            case "error":
                if (a.expected().isBoolean()) {
                    return a.expected().asBoolean() == (isError && response.path("Error").has("Code"));
                }
                return isError && response.path("Error").path("Code").asText("").equals(a.expected().asText());
            default:
                throw new ClientException("WaiterConfigError", "Unknown waiter acceptor matcher: " + a.matcher(), null);
        }
    }

    private JsonNode search(JsonNode root, String expression) {
        JsonNode r = paths.search(root, expression);
        return r == null || r.isNull() || r.isMissingNode() ? null : r;
    }

    /** Python {@code ==} on JSON values: numbers compare by value whatever their Java type. */
    static boolean pythonEquals(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == null && (b == null || b.isNull());
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static String orUnknown(String s) {
        return s == null ? "Unknown" : s;
    }
}
