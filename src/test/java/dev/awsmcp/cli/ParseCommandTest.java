package dev.awsmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String run(List<String> args, String stdin, int expectedExit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ParseCommand().run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(expectedExit);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsBoundCallWithCliAndModelNames() throws Exception {
        JsonNode ok = JSON.readTree(run(List.of("aws kinesis put-record --stream-name s --partition-key p --data hi "
                + "--region eu-west-1"), "", 0));
        assertThat(ok.path("service").path("cli").asText()).isEqualTo("kinesis");
        assertThat(ok.path("operation").path("model").asText()).isEqualTo("PutRecord");
        assertThat(ok.path("protocol").asText()).isNotEmpty();
        assertThat(ok.path("params").path("Data").path("__bytes_b64__").asText()).isEqualTo("aGk=");
        assertThat(ok.path("options").path("region").asText()).isEqualTo("eu-west-1");
    }

    @Test
    void badCommandExitsWith252AndPrintsNothing() throws Exception {
        assertThat(run(List.of("aws s3api put-object --bucket b --key k --bogus x"), "", 252)).isEmpty();
    }

    @Test
    void jsonlWritesOneResultPerLine() throws Exception {
        String out = run(List.of("--jsonl", "-"), "aws sts get-caller-identity\naws ec2 nope\n", 252);
        String[] lines = out.strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines[0]).path("ok").asBoolean()).isTrue();
        JsonNode bad = JSON.readTree(lines[1]);
        assertThat(bad.path("ok").asBoolean()).isFalse();
        assertThat(bad.path("error").path("code").asText()).isEqualTo("UnknownOperation");
        assertThat(bad.path("error").path("hint").asText()).isNotEmpty();
    }
}
