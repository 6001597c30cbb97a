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

class SuggestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String run(List<String> args, String stdin, int expectedExit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new SuggestCommand().run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(expectedExit);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsNumberedSuggestionsWithUsageAndAccess() throws Exception {
        String out = run(List.of("describe", "my", "ec2", "instances"), "", 0);
        assertThat(out).startsWith("1. aws ec2 describe-instances").contains("usage: aws ec2 describe-instances")
                .contains("[read, IAM access level List]");
    }

    @Test
    void jsonOptionPrintsTheAnswerObject() throws Exception {
        JsonNode answer = JSON.readTree(run(List.of("delete a lambda function", "--json", "--limit", "3"), "", 0));
        assertThat(answer.path("task").asText()).isEqualTo("delete a lambda function");
        assertThat(answer.path("suggestions")).hasSize(3);
        JsonNode first = answer.path("suggestions").get(0);
        assertThat(first.path("command").asText()).startsWith("aws ");
        assertThat(first.path("access").path("callClass").asText()).isNotEmpty();
        assertThat(first.has("requiredParameters")).isTrue();
    }

    @Test
    void jsonlAnswersEachLineAndReportsBadLines() throws Exception {
        String out = run(List.of("--jsonl", "-", "--limit", "2"),
                "{\"query\": \"list s3 buckets\", \"expected\": \"x\"}\n{\"query\": \"\"}\nnot json\n", 252);
        String[] lines = out.strip().split("\n");
        assertThat(lines).hasSize(3);
        JsonNode ok = JSON.readTree(lines[0]);
        assertThat(ok.path("query").asText()).isEqualTo("list s3 buckets");
        assertThat(ok.path("suggestions")).hasSize(2);
        assertThat(JSON.readTree(lines[1]).path("error").path("code").asText()).isEqualTo("EmptyTask");
        assertThat(JSON.readTree(lines[2]).path("error").path("code").asText()).isEqualTo("InvalidJson");
    }

    @Test
    void badLimitExitsWith252() throws Exception {
        assertThat(run(List.of("list buckets", "--limit", "many"), "", 252)).isEmpty();
    }
}
