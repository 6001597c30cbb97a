package dev.awsmcp.client.waiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.CallResponse;
import dev.awsmcp.client.ClientException;
import dev.awsmcp.client.Progress;
import dev.awsmcp.client.ServiceCallException;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.client.testing.MutableClock;
import dev.awsmcp.client.testing.RecordingSleeper;
import dev.awsmcp.client.testing.SimplePathSearch;
import dev.awsmcp.client.testing.TestModels;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class WaiterRunnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final WaiterRunner runner = new WaiterRunner(new SimplePathSearch(), sleeper, clock, Duration.ofMinutes(10));
    private final WaiterConfig thingReady = WaiterConfig.of(TestModels.demo(), "ThingReady").orElseThrow();
    private final WaiterConfig thingDeleted = WaiterConfig.of(TestModels.demo(), "ThingDeleted").orElseThrow();
    private int calls;

    private static Supplier<CallResponse> state(String s) {
        return () -> {
            try {
                return new CallResponse((ObjectNode) JSON.readTree("{\"Thing\":{\"Name\":\"t\",\"State\":\"" + s + "\"}}"),
                        200, "rid-" + s, Map.of(), 1);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Supplier<CallResponse> error(String code, int status) {
        return () -> {
            throw new ServiceCallException(new ServiceError(status, code, "boom", "rid", "client", null), "DescribeThing",
                    0, false, null);
        };
    }

    @SafeVarargs
    private WaiterRunner.Poll sequence(Supplier<CallResponse>... answers) {
        Deque<Supplier<CallResponse>> q = new ArrayDeque<>(List.of(answers));
        return () -> {
            calls++;
            return (q.size() > 1 ? q.poll() : q.peek()).get();
        };
    }

    @Test
    void succeedsWhenThePathAcceptorMatchesAfterRetries() {
        WaitResult r = runner.await(thingReady, sequence(error("ThingNotFound", 404), state("PENDING"), state("READY")),
                Progress.NONE, () -> false);

        assertThat(r.attempts()).isEqualTo(3);
        assertThat(r.requestId()).isEqualTo("rid-READY");
        assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void failsOnAFailureAcceptorWithBotocoresReason() {
        assertThatThrownBy(() -> runner.await(thingReady, sequence(state("PENDING"), state("FAILED")), Progress.NONE, () -> false))
                .isInstanceOf(WaiterException.class)
                .hasMessage("Waiter ThingReady failed: Waiter encountered a terminal failure state: For expression "
                        + "\"Thing.State\" we matched expected path: \"FAILED\"")
                .satisfies(e -> assertThat(((WaiterException) e).exitCode()).isEqualTo(255));
        assertThat(calls).isEqualTo(2);
    }

    @Test
    void failsOnAnErrorNoAcceptorExpects() {
        assertThatThrownBy(() -> runner.await(thingReady, sequence(error("AccessDenied", 403)), Progress.NONE, () -> false))
                .hasMessage("Waiter ThingReady failed: An error occurred (AccessDenied): boom");
    }

    @Test
    void givesUpAfterMaxAttemptsNamingThePreviousState() {
        assertThatThrownBy(() -> runner.await(thingReady, sequence(error("ThingNotFound", 404)), Progress.NONE, () -> false))
                .hasMessage("Waiter ThingReady failed: Max attempts exceeded. Previously accepted state: "
                        + "Matched expected service error code: ThingNotFound");
        assertThat(calls).isEqualTo(4);
        assertThat(sleeper.delays).hasSize(3);
    }

    @Test
    void givesUpAfterMaxAttemptsWhenNothingMatched() {
        assertThatThrownBy(() -> runner.await(thingReady, sequence(state("PENDING")), Progress.NONE, () -> false))
                .hasMessage("Waiter ThingReady failed: Max attempts exceeded");
    }

    @Test
    void treatsAnExpectedErrorAsSuccess() {
        WaitResult r = runner.await(thingDeleted, sequence(state("DELETING"), error("ThingNotFound", 404)), Progress.NONE,
                () -> false);

        assertThat(r.attempts()).isEqualTo(2);
        assertThat(r.lastResponse().path("Error").path("Code").asText()).isEqualTo("ThingNotFound");
    }

    @Test
    void matchesTheHttpStatus() {
        WaiterRunner.Poll gone = () -> {
            throw new ServiceCallException(new ServiceError(410, "Gone", null, null, null, null), "DescribeThing", 0, false, null);
        };
        WaiterConfig statusOnly = new WaiterConfig("Gone", "DescribeThing", 1, 2,
                List.of(new Acceptor("success", "status", null, JSON.getNodeFactory().numberNode(410))));

        assertThat(runner.await(statusOnly, gone, Progress.NONE, () -> false).httpStatus()).isEqualTo(410);
    }

    @Test
    void matchesPathAllAndPathAny() throws Exception {
        ObjectNode out = (ObjectNode) JSON.readTree("{\"Things\":[{\"State\":\"READY\"},{\"State\":\"PENDING\"}]}");
        WaiterRunner.Poll poll = () -> new CallResponse(out, 200, null, Map.of(), 1);
        WaiterConfig any = new WaiterConfig("Any", "ListThings", 1, 1,
                List.of(new Acceptor("success", "pathAny", "Things[].State", JSON.getNodeFactory().textNode("READY"))));
        WaiterConfig all = new WaiterConfig("All", "ListThings", 1, 1,
                List.of(new Acceptor("success", "pathAll", "Things[].State", JSON.getNodeFactory().textNode("READY"))));

        assertThat(runner.await(any, poll, Progress.NONE, () -> false).attempts()).isEqualTo(1);
        assertThatThrownBy(() -> runner.await(all, poll, Progress.NONE, () -> false))
                .hasMessage("Waiter All failed: Max attempts exceeded");
    }

    @Test
    void stopsAtTheTotalWaitLimitBeforeTheModelsAttemptsRunOut() {
        WaiterRunner shortWait = new WaiterRunner(new SimplePathSearch(), sleeper, clock, Duration.ofSeconds(12));

        assertThatThrownBy(() -> shortWait.await(thingReady, sequence(state("PENDING")), Progress.NONE, () -> false))
                .isInstanceOf(WaiterException.class)
                .hasMessage("Waiter ThingReady failed: Max wait time of 12 seconds exceeded after 3 attempt(s)");
        assertThat(calls).isEqualTo(3);
    }

    @Test
    void reportsProgressAfterEachUnfinishedAttempt() {
        List<Long> done = new ArrayList<>();

        runner.await(thingReady, sequence(state("PENDING"), state("READY")), (d, total, msg) -> done.add(d), () -> false);

        assertThat(done).containsExactly(1L);
    }

    @Test
    void stopsWhenCancelled() {
        assertThatThrownBy(() -> runner.await(thingReady, sequence(state("PENDING")), Progress.NONE, () -> true))
                .isInstanceOf(ClientException.class);
        assertThat(calls).isZero();
    }
}
