package dev.awsmcp.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFileTest {
    @TempDir
    Path dir;

    @Test
    void readsYamlPolicy() {
        PolicySettings s = PolicyFile.parse("version: 1\nreadOnly: true\ndefault: consent\nfileAccess: no-access\n"
                + "rules:\n  - id: a\n    effect: deny\n    actions: iam:Delete*\n", "p.yaml");
        assertThat(s.readOnly()).isTrue();
        assertThat(s.defaultVerdict()).isEqualTo(Verdict.CONSENT);
        assertThat(s.fileAccess()).isEqualTo(FileAccessMode.NO_ACCESS);
        assertThat(s.rules()).singleElement().satisfies(r -> {
            assertThat(r.effect()).isEqualTo(Verdict.DENY);
            assertThat(r.actions()).containsExactly("iam:Delete*");
        });
    }

    @Test
    void readsJsonPolicy() {
        PolicySettings s = PolicyFile.parse("{\"requireConsent\": true, \"rules\": [{\"id\": \"x\", \"effect\": \"allow\","
                + " \"profiles\": [\"dev\"]}]}", "p.json");
        assertThat(s.requireConsent()).isTrue();
        assertThat(s.rules().get(0).profiles()).containsExactly("dev");
    }

    @Test
    void unknownKeyIsAnError() {
        assertThatThrownBy(() -> PolicyFile.parse("readOnyl: true", "p.yaml")).isInstanceOf(PolicyException.class)
                .hasMessageContaining("readOnyl");
        assertThatThrownBy(() -> PolicyFile.parse("rules:\n  - {effect: deny, action: [x]}", "p.yaml"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("action");
    }

    @Test
    void badValuesAreErrors() {
        assertThatThrownBy(() -> PolicyFile.parse("rules:\n  - {effect: maybe, commands: [x]}", "p"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("maybe");
        assertThatThrownBy(() -> PolicyFile.parse("rules:\n  - {effect: deny, access: [Sometimes]}", "p"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("Sometimes");
        assertThatThrownBy(() -> PolicyFile.parse("rules:\n  - {effect: deny}", "p"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("matcher");
        assertThatThrownBy(() -> PolicyFile.parse("readOnly: perhaps", "p")).isInstanceOf(PolicyException.class);
        assertThatThrownBy(() -> PolicyFile.parse("rules: [", "p")).isInstanceOf(PolicyException.class);
        assertThatThrownBy(() -> PolicyFile.parse("rules:\n  - {id: a, effect: deny, commands: [x]}\n  - {id: a, effect: deny, commands: [y]}", "p"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("twice");
    }

    @Test
    void flagsTurnModesOnAndKeepOtherArguments() {
        PolicyFlags.Result r = PolicyFlags.parse(List.of("--read-only", "aws s3 ls", "--require-consent"), Map.of(), null);
        assertThat(r.settings().readOnly()).isTrue();
        assertThat(r.settings().requireConsent()).isTrue();
        assertThat(r.remaining()).containsExactly("aws s3 ls");
    }

    @Test
    void environmentTurnsReadOnlyOn() {
        assertThat(PolicyFlags.parse(List.of(), Map.of("AWS_MCP_READ_ONLY", "true"), null).settings().readOnly()).isTrue();
        assertThat(PolicyFlags.parse(List.of(), Map.of("AWS_MCP_READ_ONLY", "false"), null).settings().readOnly()).isFalse();
    }

    @Test
    void fileCannotTurnFlagModeOff() throws Exception {
        Path p = Files.writeString(dir.resolve("policy.yaml"), "readOnly: false\n");
        PolicyFlags.Result r = PolicyFlags.parse(List.of("--read-only", "--policy", p.toString()), Map.of(), null);
        assertThat(r.settings().readOnly()).isTrue();
        assertThat(r.settings().origin()).isEqualTo(p.toString());
    }

    @Test
    void defaultFileIsReadWhenPresent() throws Exception {
        Path p = Files.writeString(dir.resolve("policy.yaml"), "requireConsent: true\n");
        assertThat(PolicyFlags.parse(List.of(), Map.of(), p).settings().requireConsent()).isTrue();
        assertThat(PolicyFlags.parse(List.of(), Map.of(), dir.resolve("absent.yaml")).settings().requireConsent()).isFalse();
    }

    @Test
    void missingExplicitPolicyFileIsAnError() {
        assertThatThrownBy(() -> PolicyFlags.parse(List.of("--policy", dir.resolve("nope.yaml").toString()), Map.of(), null))
                .isInstanceOf(PolicyException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void fileAccessFlags() {
        PolicyFlags.Result r = PolicyFlags.parse(List.of("--file-access=unrestricted", "--workdir", dir.toString()), Map.of(), null);
        assertThat(r.settings().fileAccess()).isEqualTo(FileAccessMode.UNRESTRICTED);
        assertThat(r.settings().effectiveWorkdir()).isEqualTo(dir);
        assertThatThrownBy(() -> PolicyFlags.parse(List.of("--file-access", "everywhere"), Map.of(), null))
                .isInstanceOf(PolicyException.class);
    }
}
