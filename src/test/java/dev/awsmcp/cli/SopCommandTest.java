package dev.awsmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SopCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new SopCommand().run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void listsAndPrintsSops() {
        assertThat(run()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("vpc-peering : ");

        out.reset();
        assertThat(run("vpc-peering")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("# Connect Two VPCs with VPC Peering");
    }

    @Test
    void checkReportsEveryMalformedFileWithFileAndLine() throws IOException {
        Files.writeString(dir.resolve("half-done.md"), "# Half Done\n\n## Overview\n\nText.\n\n## Steps\n\n### 1. Do it\n");

        int exit = run("--check", "--sop-dir", dir.toString());

        assertThat(exit).isEqualTo(253);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(dir.resolve("half-done.md") + ":1: missing required section '## Parameters'",
                dir.resolve("half-done.md") + ":9: step 1 has no '**Constraints:**' list");
    }

    @Test
    void checkPassesForValidSops() {
        assertThat(run("--check")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("\\d+ SOPs are valid\\.\\R");
    }

    @Test
    void unknownNameExitsWithAHint() {
        assertThat(run("no-such-sop")).isEqualTo(252);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no SOP named 'no-such-sop'", "Hint: Closest SOPs:");
    }
}
