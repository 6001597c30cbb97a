package dev.awsmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ErrorInfo;
import dev.awsmcp.ExecutionContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> executed = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Succeeds for list-buckets, fails with a service error for anything else. */
    private final AwsMcp fake = new AwsMcp() {
        @Override
        public CommandResult execute(String command, ExecutionContext context) {
            executed.add(command);
            if (command.contains("list-buckets")) {
                com.fasterxml.jackson.databind.node.ObjectNode json = JSON.createObjectNode();
                json.putArray("Buckets").addObject().put("Name", "b1");
                return new CommandResult(command, "s3api", "list-buckets", 0, json, "{\n    \"Buckets\": []\n}\n", null,
                        null, List.of("req-1"), 200, Duration.ofMillis(12));
            }
            return new CommandResult(command, "s3api", "list-objects-v2", 254, null, "", new ErrorInfo("NoSuchBucket",
                    "An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist",
                    null), null, List.of("req-2"), 404, Duration.ofMillis(3));
        }

        @Override
        public void close() {
        }
    };

    private int run(String stdin, String... args) throws Exception {
        return new RunCommand(() -> fake).run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheOutputExactlyAndExitsZero() throws Exception {
        int code = run("", "aws s3api list-buckets");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\n    \"Buckets\": []\n}\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void printsServiceErrorsToStderrLikeTheCliAndExits254() throws Exception {
        int code = run("", "aws", "s3api", "list-objects-v2", "--bucket", "nope");

        assertThat(code).isEqualTo(254);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("\nAn error occurred (NoSuchBucket) when calling the "
                + "ListObjectsV2 operation: The specified bucket does not exist\n");
        assertThat(executed).containsExactly("aws s3api list-objects-v2 --bucket nope");
    }

    @Test
    void quotesSplitWordsThatNeedIt() {
        assertThat(RunCommand.join(List.of("aws", "ec2", "describe-tags", "--filters", "Name=key,Values=a b")))
                .isEqualTo("aws ec2 describe-tags --filters 'Name=key,Values=a b'");
    }

    @Test
    void runsABatchFromStdinWithOneJsonLinePerCommand() throws Exception {
        int code = run("aws s3api list-buckets\n\n# a comment\naws s3api list-objects-v2 --bucket nope\n", "--jsonl", "-");

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("exitCode").asInt()).isZero();
        assertThat(first.get("output").get("Buckets").get(0).get("Name").asText()).isEqualTo("b1");
        assertThat(first.get("requestIds").get(0).asText()).isEqualTo("req-1");
        JsonNode second = JSON.readTree(lines[1]);
        assertThat(second.get("exitCode").asInt()).isEqualTo(254);
        assertThat(second.get("error").get("code").asText()).isEqualTo("NoSuchBucket");
        assertThat(code).isEqualTo(254);
    }

    @Test
    void reportsAMissingBatchFile() throws Exception {
        int code = run("", "--jsonl", "/nonexistent/commands.txt");

        assertThat(code).isEqualTo(255);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read the command file");
    }

    @Test
    void runsARealCommandAgainstALocalEndpointWithTheDefaultFacade() throws Exception {
        com.github.tomakehurst.wiremock.WireMockServer wm = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        System.setProperty("aws.accessKeyId", "AKIDRUN");
        System.setProperty("aws.secretAccessKey", "run-secret");
        try {
            wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/")
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"TableNames\":[\"t1\"]}")));
            int code = new RunCommand().run(List.of("aws dynamodb list-tables --region eu-west-1 --output text "
                            + "--endpoint-url http://127.0.0.1:" + wm.port()), new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("TABLENAMES\tt1\n");
            assertThat(wm.getAllServeEvents().get(0).getRequest().getHeader("Authorization"))
                    .contains("Credential=AKIDRUN/").contains("/eu-west-1/dynamodb/aws4_request");
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
            wm.stop();
        }
    }

    @Test
    void printsUsageWithoutArguments() throws Exception {
        assertThat(run("")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: aws-mcp run");
    }
}
