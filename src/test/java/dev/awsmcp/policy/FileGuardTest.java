package dev.awsmcp.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsmcp.command.CommandException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileGuardTest {
    @TempDir
    Path root;
    Path work;
    Path outside;
    FileGuard guard;

    @BeforeEach
    void setUp() throws Exception {
        work = Files.createDirectories(root.resolve("work"));
        outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(work.resolve("in.json"), "{\"a\":1}");
        Files.createDirectories(work.resolve("sub"));
        Files.writeString(outside.resolve("secret.txt"), "top secret");
        guard = FileGuard.of(FileAccessMode.WORKDIR, work, Map.of("HOME", root.toString(), "OUT", outside.toString(),
                "SUB", "sub"), root.toString());
    }

    private void assertRefused(String path) {
        assertThatThrownBy(() -> guard.read(path)).isInstanceOf(CommandException.class)
                .satisfies(e -> assertThat(((CommandException) e).code()).isEqualTo("FileAccessDenied"));
    }

    @Test
    void readsRelativeFileInsideWorkdir() throws Exception {
        assertThat(new String(guard.read("in.json"), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(new String(guard.read("./sub/../in.json"), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    }

    @Test
    void readsAbsolutePathInsideWorkdir() throws Exception {
        assertThat(guard.read(work.resolve("in.json").toString())).isNotEmpty();
    }

    @Test
    void refusesTraversalOutOfWorkdir() {
        assertRefused("../outside/secret.txt");
        assertRefused("sub/../../outside/secret.txt");
    }

    @Test
    void refusesAbsolutePathOutside() {
        assertRefused(outside.resolve("secret.txt").toString());
        assertRefused("/etc/passwd");
    }

    @Test
    void refusesHomeExpansionOutside() {
        assertRefused("~/outside/secret.txt");
    }

    @Test
    void refusesOtherUsersHome() {
        assertRefused("~root/.ssh/id_rsa");
        assertRefused("~nobody");
    }

    @Test
    void refusesEnvironmentExpansionOutside() {
        assertRefused("$OUT/secret.txt");
        assertRefused("${OUT}/secret.txt");
    }

    @Test
    void expandsEnvironmentInsideWorkdir() throws Exception {
        Files.writeString(work.resolve("sub/x.txt"), "x");
        assertThat(guard.read("$SUB/x.txt")).containsExactly('x');
    }

    @Test
    void refusesSymlinkPointingOutside() throws Exception {
        Files.createSymbolicLink(work.resolve("link.txt"), outside.resolve("secret.txt"));
        assertRefused("link.txt");
    }

    @Test
    void refusesSymlinkedDirectoryPointingOutside() throws Exception {
        Files.createSymbolicLink(work.resolve("dirlink"), outside);
        assertRefused("dirlink/secret.txt");
        assertThatThrownBy(() -> guard.checkWrite("dirlink/new.txt")).isInstanceOf(CommandException.class);
    }

    @Test
    void followsSymlinkThatStaysInside() throws Exception {
        Files.createSymbolicLink(work.resolve("alias.json"), work.resolve("in.json"));
        assertThat(guard.read("alias.json")).isNotEmpty();
    }

    @Test
    void refusesHardLinkedFile() throws Exception {
        Path link = work.resolve("hard.txt");
        Files.createLink(link, outside.resolve("secret.txt"));
        assertRefused("hard.txt");
        assertThatThrownBy(() -> guard.checkWrite("hard.txt")).isInstanceOf(CommandException.class)
                .hasMessageContaining("hard links");
    }

    @Test
    void checksWritesOfNewFiles() {
        assertThat(guard.checkWrite("out/new/file.txt").startsWith(guard.workdir())).isTrue();
        assertThatThrownBy(() -> guard.checkWrite("../outside/new.txt")).isInstanceOf(CommandException.class);
        assertThatThrownBy(() -> guard.checkWrite("missing/../../outside/new.txt")).isInstanceOf(CommandException.class);
        assertThatThrownBy(() -> guard.checkWrite("/tmp/evil.txt")).isInstanceOf(CommandException.class);
    }

    @Test
    void missingFileIsNotFoundNotDenied() {
        assertThatThrownBy(() -> guard.checkRead("nope.json")).isInstanceOf(CommandException.class)
                .satisfies(e -> assertThat(((CommandException) e).code()).isEqualTo("FileNotFound"));
    }

    @Test
    void noAccessModeRefusesEverything() {
        FileGuard none = FileGuard.of(FileAccessMode.NO_ACCESS, work, Map.of(), root.toString());
        assertThatThrownBy(() -> none.read("in.json")).isInstanceOf(CommandException.class).hasMessageContaining("no-access");
        assertThatThrownBy(() -> none.checkWrite("x.txt")).isInstanceOf(CommandException.class);
    }

    @Test
    void unrestrictedModeReadsOutside() throws Exception {
        FileGuard open = FileGuard.of(FileAccessMode.UNRESTRICTED, work, Map.of(), root.toString());
        assertThat(new String(open.read("../outside/secret.txt"), StandardCharsets.UTF_8)).isEqualTo("top secret");
    }

    @Test
    void planWithLocalPathOutsideIsDeniedByEngine() {
        PolicyEngine engine = PolicyEngine.of(PolicySettings.defaults(), Classifier.bundled(), guard);
        CommandPlan p = new CommandPlan("aws s3 cp s3://b/k /etc/cron.d/x", "aws s3 cp", null,
                java.util.List.of(PolicyTestSupport.call("s3api", "GetObject")), java.util.List.of(), java.util.List.of("/etc/cron.d/x"));
        Decision d = engine.decide(p, DecisionContext.unknown());
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.ruleId()).isEqualTo("file-guard");
    }
}
