package dev.awsmcp.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {
    private static final Duration GENEROUS = Duration.ofSeconds(120);

    @TempDir
    Path workDir;

    @Test
    void childExitsWhenItsParentsEndOfTheInputPipeCloses() throws Exception {
        ChildJvm child = ChildJvm.start(spec("sleeper", Sleeper.class), workDir);
        try {
            assertThat(child.isAlive()).isTrue();
            child.closeInput();
            assertThat(child.awaitExit(GENEROUS)).as("child exited after its input closed").isTrue();
        } finally {
            child.stop();
        }
    }

    @Test
    void stopEndsARunningChild() throws Exception {
        ChildJvm child = ChildJvm.start(spec("sleeper", Sleeper.class), workDir);
        child.stop();
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void childThatExitsBeforeAnsweringFailsWithItsLogTail() throws Exception {
        ChildJvm child = ChildJvm.start(spec("failer", Failer.class), workDir);
        assertThatThrownBy(() -> child.awaitHttp(unusedPort(), GENEROUS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failer exited with code 3")
                .hasMessageContaining("cannot bind: pretend failure");
    }

    @Test
    void childArgumentsReachTheRealMainClass() throws Exception {
        ChildJvm child = ChildJvm.start(new LaunchSpec("echo", List.of(testClasses()), List.of(),
                Echo.class.getName(), List.of("one", "two words")), workDir);
        assertThat(child.awaitExit(GENEROUS)).isTrue();
        assertThat(child.logTail()).isEqualTo("args=[one, two words]");
    }

    private static LaunchSpec spec(String name, Class<?> main) throws URISyntaxException {
        return new LaunchSpec(name, List.of(testClasses()), List.of("-Xmx32m"), main.getName(), List.of());
    }

    private static Path testClasses() throws URISyntaxException {
        return Path.of(ChildJvmTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A child that never finishes on its own. */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** A child that dies at start, like a server whose port is taken. */
    public static final class Failer {
        public static void main(String[] args) {
            System.err.println("cannot bind: pretend failure");
            System.exit(3);
        }
    }

    /** A child that prints its arguments. */
    public static final class Echo {
        public static void main(String[] args) {
            System.out.println("args=" + List.of(args));
        }
    }
}
