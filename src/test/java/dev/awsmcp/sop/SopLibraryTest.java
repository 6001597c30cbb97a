package dev.awsmcp.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SopLibraryTest {
    @TempDir
    Path dir;

    private static String sop(String title, String overview) {
        return SopParserTest.GOOD.replace("# Rotate Access Keys", "# " + title)
                .replace("Replaces an IAM user's access key without downtime. Use it every 90 days.", overview);
    }

    @Test
    void bundlesAtLeastTwentyFiveValidSops() {
        SopLibrary library = SopLibrary.bundled();

        assertThat(library.list()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(library.problems()).isEmpty();
        assertThat(library.find("secure-s3-buckets")).get().extracting(Sop::source).isEqualTo("sops/secure-s3-buckets.md");
    }

    @Test
    void theBundledIndexListsEveryFileInTheSopDirectory() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/sops"))) {
            assertThat(SopLibrary.Builder.bundledFiles()).containsExactlyInAnyOrderElementsOf(files
                    .map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).collect(Collectors.toList()));
        }
    }

    @Test
    void userDirectoryAddsNewSopsAndOverridesBundledOnes() throws IOException {
        Files.writeString(dir.resolve("rotate-access-keys.md"), sop("Rotate Access Keys", "Our own rotation runbook."));
        Files.writeString(dir.resolve("secure-s3-buckets.md"), sop("Secure S3 Buckets, Acme Edition", "Acme's stricter bucket baseline."));
        Files.writeString(dir.resolve("README.md"), "not an SOP");
        Files.writeString(dir.resolve("notes.txt"), "ignored");

        SopLibrary library = SopLibrary.builder().userDirectory(dir).build();

        assertThat(library.problems()).isEmpty();
        assertThat(library.get("rotate-access-keys").source()).isEqualTo(dir.resolve("rotate-access-keys.md").toString());
        assertThat(library.get("secure-s3-buckets").title()).isEqualTo("Secure S3 Buckets, Acme Edition");
        assertThat(library.list()).hasSize(SopLibrary.bundled().list().size() + 1);
    }

    @Test
    void reportsAMalformedUserFileWithFileAndLineInsteadOfIgnoringIt() throws IOException {
        Path bad = dir.resolve("broken-runbook.md");
        Files.writeString(bad, SopParserTest.GOOD.replace("### 2. Create", "### 7. Create"));
        Files.writeString(dir.resolve("rotate-access-keys.md"), SopParserTest.GOOD);

        SopLibrary library = SopLibrary.builder().userDirectory(dir).build();

        assertThat(library.find("broken-runbook")).isEmpty();
        assertThat(library.find("rotate-access-keys")).isPresent();
        assertThat(library.problems()).singleElement().asString()
                .isEqualTo(bad + ":29: step numbered 7 where 2 was expected; number steps 1, 2, 3, ...");
        assertThat(new AgentSopTools(library).retrieveAgentSop(null))
                .contains("Some SOP files were not loaded", bad + ":29: step numbered 7");
    }

    @Test
    void strictLoadingFailsOnAMalformedUserFile() throws IOException {
        Files.writeString(dir.resolve("Bad Name.md"), SopParserTest.GOOD);

        assertThatThrownBy(() -> SopLibrary.builder().userDirectory(dir).strict(true).build())
                .isInstanceOfSatisfying(SopException.class, e -> {
                    assertThat(e.code()).isEqualTo(SopException.MALFORMED);
                    assertThat(e.getMessage()).contains("Bad Name.md", "kebab-case");
                    assertThat(e.exitCode()).isEqualTo(253);
                });
    }

    @Test
    void canServeUserSopsOnly() throws IOException {
        Files.writeString(dir.resolve("rotate-access-keys.md"), SopParserTest.GOOD);

        SopLibrary library = SopLibrary.builder().includeBundled(false).userDirectory(dir).build();

        assertThat(library.list()).extracting(Sop::name).containsExactly("rotate-access-keys");
    }

    @Test
    void rejectsAUserDirectoryThatDoesNotExist() {
        assertThatThrownBy(() -> SopLibrary.builder().userDirectory(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    }

    @Test
    void theFlagWinsOverTheEnvironmentVariable() {
        Map<String, String> env = Map.of(SopLibrary.ENV_SOP_DIR, "/from/env");

        assertThat(SopLibrary.userDirectory("/from/flag", env)).isEqualTo(Path.of("/from/flag"));
        assertThat(SopLibrary.userDirectory(null, env)).isEqualTo(Path.of("/from/env"));
        assertThat(SopLibrary.userDirectory(" ", Map.of())).isNull();
    }

    @Test
    void anUnknownNameSuggestsTheClosestSops() {
        assertThatThrownBy(() -> SopLibrary.bundled().get("lambda-timeouts"))
                .isInstanceOfSatisfying(SopException.class, e -> {
                    assertThat(e.code()).isEqualTo(SopException.UNKNOWN);
                    assertThat(e.getMessage()).isEqualTo("There is no SOP named 'lambda-timeouts'.");
                    assertThat(e.hint()).startsWith("Closest SOPs: lambda-timeout-debugging");
                });
    }

    @Test
    void findsNamesCaseInsensitively() {
        assertThat(SopLibrary.bundled().find(" Secure-S3-Buckets ")).isPresent();
    }
}
