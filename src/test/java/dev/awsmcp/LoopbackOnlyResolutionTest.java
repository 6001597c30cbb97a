package dev.awsmcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/**
 * The build's safety net (pom.xml: {@code -Djdk.net.hosts.file=src/test/resources/loopback-only.hosts}): inside the
 * test JVMs only localhost resolves, so a test that forgets an {@code --endpoint-url} (or a background lookup such as
 * the caller identity) fails to resolve a real AWS endpoint instead of reaching it.
 */
class LoopbackOnlyResolutionTest {
    @Test
    void theBuildPointsTheResolverAtALoopbackOnlyHostsFile() throws Exception {
        // fails wherever the pom's argLine is dropped, even on a machine whose DNS would fail anyway
        String file = System.getProperty("jdk.net.hosts.file");
        assertThat(file).as("-Djdk.net.hosts.file in surefire/failsafe argLine").isNotNull();
        assertThat(java.nio.file.Files.readAllLines(java.nio.file.Path.of(file)))
                .filteredOn(l -> !l.isBlank() && !l.startsWith("#"))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.split("\\s+")[1]).isEqualTo("localhost"));
    }

    @Test
    void realAwsEndpointsDoNotResolveInTests() {
        assertThatThrownBy(() -> InetAddress.getByName("sts.us-east-1.amazonaws.com"))
                .isInstanceOf(UnknownHostException.class);
        assertThatThrownBy(() -> InetAddress.getByName("dynamodb.eu-west-1.amazonaws.com"))
                .isInstanceOf(UnknownHostException.class);
    }

    @Test
    void localhostStillResolves() throws Exception {
        assertThat(InetAddress.getByName("localhost").isLoopbackAddress()).isTrue();
    }
}
