package dev.awsmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelpCommandTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new HelpCommand().run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpOptionPrintsUsageInsteadOfLookingForAServiceNamedDashDashHelp() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: aws-mcp help services");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void servicesListsTheBundledServices() {
        Run r = run("services");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Services (aws-mcp help <service>):").contains("  dynamodb ").contains("  s3api ");
    }

    @Test
    void operationHelpShowsItsParameters() {
        Run r = run("dynamodb", "describe-table");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--table-name");
    }

    @Test
    void unknownServiceSaysHowToFixIt() {
        Run r = run("dynamodbb");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).startsWith("aws-mcp help: ").contains("dynamodb");
    }
}
