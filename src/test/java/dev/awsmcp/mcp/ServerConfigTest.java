package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
    @Test
    void usesDefaultsWhenNothingIsSet() {
        ServerConfig c = ServerConfig.parse(List.of(), Map.of());
        assertThat(c.readOnly()).isFalse();
        assertThat(c.transport()).isEqualTo(ServerConfig.Transport.STDIO);
        assertThat(c.httpHost()).isEqualTo("127.0.0.1");
        assertThat(c.httpPort()).isEqualTo(8765);
        assertThat(c.maxOutput()).isEqualTo(50_000);
        assertThat(c.fileAccess()).isEqualTo("workdir");
        assertThat(c.region()).isNull();
        assertThat(c.origins().get(ConfigOption.READ_ONLY)).isEqualTo("default");
    }

    @Test
    void readsEnvironmentVariables() {
        ServerConfig c = ServerConfig.parse(List.of(), Map.of("AWS_MCP_READ_ONLY", "true", "AWS_MCP_MAX_OUTPUT", "20000",
                "AWS_MCP_REGION", "eu-central-1", "AWS_MCP_TRANSPORT", "http"));
        assertThat(c.readOnly()).isTrue();
        assertThat(c.maxOutput()).isEqualTo(20_000);
        assertThat(c.region()).isEqualTo("eu-central-1");
        assertThat(c.transport()).isEqualTo(ServerConfig.Transport.HTTP);
        assertThat(c.origins().get(ConfigOption.REGION)).isEqualTo("env");
    }

    @Test
    void letsAFlagWinOverItsVariable() {
        ServerConfig c = ServerConfig.parse(List.of("--max-output=9999", "--region", "us-west-2", "--port=9000"),
                Map.of("AWS_MCP_MAX_OUTPUT", "20000", "AWS_MCP_REGION", "eu-central-1", "AWS_MCP_HTTP_PORT", "7000"));
        assertThat(c.maxOutput()).isEqualTo(9999);
        assertThat(c.region()).isEqualTo("us-west-2");
        assertThat(c.httpPort()).isEqualTo(9000);
        assertThat(c.origins().get(ConfigOption.REGION)).isEqualTo("flag");
    }

    @Test
    void keepsAPolicyModeOnWhenTheEnvironmentTurnedItOn() {
        ServerConfig c = ServerConfig.parse(List.of("--read-only=false", "--require-consent=false"),
                Map.of("AWS_MCP_READ_ONLY", "true", "AWS_MCP_REQUIRE_CONSENT", "1"));
        assertThat(c.readOnly()).isTrue();
        assertThat(c.requireConsent()).isTrue();
        assertThat(ServerConfig.parse(List.of("--read-only=false"), Map.of("AWS_MCP_READ_ONLY", "false")).readOnly()).isFalse();
        assertThat(ServerConfig.parse(List.of("--read-only"), Map.of("AWS_MCP_READ_ONLY", "false")).readOnly()).isTrue();
    }

    @Test
    void treatsASwitchWithoutValueAsTrue() {
        assertThat(ServerConfig.parse(List.of("--read-only", "--require-consent"), Map.of()).requireConsent()).isTrue();
    }

    @Test
    void takesHttpAsShortForTheHttpTransport() {
        assertThat(ServerConfig.parse(List.of("--http"), Map.of()).transport()).isEqualTo(ServerConfig.Transport.HTTP);
    }

    @Test
    void rejectsAnUnknownFlagWithAHint() {
        assertThatThrownBy(() -> ServerConfig.parse(List.of("--read-onyl"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--read-onyl")
                .satisfies(e -> assertThat(((ConfigException) e).hint()).contains("serve --help"));
    }

    @Test
    void rejectsAMalformedNumberNamingFlagAndVariable() {
        assertThatThrownBy(() -> ServerConfig.parse(List.of(), Map.of("AWS_MCP_MAX_OUTPUT", "lots")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--max-output").hasMessageContaining("AWS_MCP_MAX_OUTPUT").hasMessageContaining("lots");
    }

    @Test
    void rejectsAFlagWithoutItsValue() {
        assertThatThrownBy(() -> ServerConfig.parse(List.of("--port"), Map.of())).hasMessageContaining("needs a value");
    }

    @Test
    void rejectsAnUnknownFileAccessMode() {
        assertThatThrownBy(() -> ServerConfig.parse(List.of("--file-access", "everything"), Map.of()))
                .hasMessageContaining("workdir, unrestricted, no-access");
    }

    @Test
    void refusesANonLoopbackBindWithoutToken() {
        assertThatThrownBy(() -> ServerConfig.parse(List.of("--http", "--host", "0.0.0.0"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("bearer token");
    }

    @Test
    void allowsANonLoopbackBindWithTokenAndAddsTheHostToTheAllowList() {
        ServerConfig c = ServerConfig.parse(List.of("--http", "--host", "10.1.2.3"), Map.of("AWS_MCP_AUTH_TOKEN", "t0ken-value"));
        assertThat(c.allowedHosts()).contains("10.1.2.3:*", "localhost:*");
        assertThat(c.loopbackOnly()).isFalse();
    }

    @Test
    void neverPrintsTheToken() {
        ServerConfig c = ServerConfig.parse(List.of(), Map.of("AWS_MCP_AUTH_TOKEN", "very-secret-token"));
        assertThat(c.toString()).doesNotContain("very-secret-token").contains("***");
    }

    @Test
    void splitsCommaSeparatedLists() {
        ServerConfig c = ServerConfig.parse(List.of("--allowed-origins", "https://a.example, https://b.example:*"), Map.of());
        assertThat(c.allowedOrigins()).containsExactly("https://a.example", "https://b.example:*");
    }

    @Test
    void disablesTheLogFileWithNone() {
        assertThat(ServerConfig.parse(List.of("--log-file", "none"), Map.of()).logFile()).isNull();
    }

    @Test
    void documentsEveryOptionInTheConfigurationPage() throws Exception {
        Path doc = Path.of("docs/configuration.md");
        String text = Files.readString(doc);
        for (ConfigOption o : ConfigOption.values()) {
            assertThat(text).as(o.name()).contains("`" + o.env() + "`").contains(o.flag());
        }
        assertThat(text).contains(ConfigOption.markdownTable());
    }
}
