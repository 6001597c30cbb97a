package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HttpGuardTest {
    private final List<String> hosts = List.of("localhost:*", "127.0.0.1:*", "[::1]:*");

    @Test
    void acceptsLoopbackHostsOnAnyPort() {
        assertThat(HttpGuard.matches("127.0.0.1:8765", hosts)).isTrue();
        assertThat(HttpGuard.matches("LOCALHOST:80", hosts)).isTrue();
        assertThat(HttpGuard.matches("[::1]:9000", hosts)).isTrue();
        assertThat(HttpGuard.matches("localhost", hosts)).isTrue();
    }

    @Test
    void rejectsNamesThatOnlyStartLikeAnAllowedHost() {
        assertThat(HttpGuard.matches("localhost.evil.example:80", hosts)).isFalse();
        assertThat(HttpGuard.matches("127.0.0.1.nip.io:80", hosts)).isFalse();
        assertThat(HttpGuard.matches("localhost:80@evil", hosts)).isFalse();
    }

    @Test
    void matchesExactOrigins() {
        List<String> origins = List.of("https://app.example", "http://localhost:*");
        assertThat(HttpGuard.matches("https://app.example", origins)).isTrue();
        assertThat(HttpGuard.matches("https://app.example:8443", origins)).isFalse();
        assertThat(HttpGuard.matches("http://localhost:5173", origins)).isTrue();
        assertThat(HttpGuard.matches("null", origins)).isFalse();
    }
}
