package dev.awsmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.CommandResult;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.mcp.FakeAwsMcp;
import org.junit.jupiter.api.Test;

class BackgroundFacadeTest {
    @Test
    void runsCallsOnceTheFacadeIsBuilt() {
        FakeAwsMcp fake = new FakeAwsMcp(false);
        BackgroundFacade facade = new BackgroundFacade(() -> fake);
        assertThat(facade.execute("aws sts get-caller-identity", ExecutionContext.defaults()).ok()).isTrue();
        facade.close();
        assertThat(fake.closed).isTrue();
    }

    @Test
    void waitsForTheHandshakeBeforeBuilding() throws Exception {
        java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();
        BackgroundFacade facade = new BackgroundFacade(() -> {
            builds.incrementAndGet();
            return new FakeAwsMcp(false);
        });
        Thread.sleep(100);
        assertThat(builds).hasValue(0);
        facade.start();
        facade.start();
        assertThat(facade.execute("aws sts get-caller-identity", ExecutionContext.defaults()).ok()).isTrue();
        assertThat(builds).hasValue(1);
    }

    @Test
    void reportsABuildFailureOnEveryCallInOneSentence() {
        BackgroundFacade facade = new BackgroundFacade(() -> {
            throw new UnsupportedOperationException("the client stage is not wired yet");
        });
        CommandResult r = facade.execute("aws sts get-caller-identity", ExecutionContext.defaults());
        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().code()).isEqualTo("ServerSetupFailed");
        assertThat(r.error().message()).contains("the client stage is not wired yet");
        assertThat(facade.awaitFailure()).isInstanceOf(UnsupportedOperationException.class);
        facade.close();
    }
}
