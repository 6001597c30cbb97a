package dev.awsmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.LocalServerFacade;
import dev.awsmcp.testing.LocalServer;
import dev.awsmcp.testing.LocalServerTest;
import dev.awsmcp.testing.ServerKind;
import dev.awsmcp.testing.UseServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aws-mcp run} against real servers: stdout, stderr and exit codes as the AWS CLI gives them. */
@LocalServerTest({ServerKind.ELASTICMQ, ServerKind.DYNAMODB_LOCAL, ServerKind.S3MOCK})
class RunCommandLocalServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workDir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheCommandOutputAndExitsZero(@UseServer(ServerKind.ELASTICMQ) LocalServer sqs) throws Exception {
        int exit = run("", "aws sqs create-queue --queue-name run-created " + sqs.cliOptions());

        assertThat(exit).isZero();
        assertThat(stdout()).isEqualTo("{\n    \"QueueUrl\": \"" + sqs.endpoint() + "/000000000000/run-created\"\n}\n");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void serviceErrorGoesToStderrWithExitCode255(@UseServer(ServerKind.ELASTICMQ) LocalServer sqs) throws Exception {
        int exit = run("", "aws", "sqs", "get-queue-url", "--queue-name", "run-missing",
                "--endpoint-url", sqs.endpoint(), "--region", "us-east-1");

        assertThat(exit).isEqualTo(255);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEqualTo("\nAn error occurred (QueueDoesNotExist) when calling the GetQueueUrl "
                + "operation: The specified queue does not exist.\n");
    }

    @Test
    void missingTableIsReportedOnStderr(@UseServer(ServerKind.DYNAMODB_LOCAL) LocalServer dynamodb) throws Exception {
        int exit = run("", "aws dynamodb describe-table --table-name run-no-table " + dynamodb.cliOptions());

        assertThat(exit).isEqualTo(255);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEqualTo("\nAn error occurred (ResourceNotFoundException) when calling the DescribeTable "
                + "operation: Cannot do operations on a non-existent table\n");
    }

    @Test
    void s3RoundTripThroughFilesAndTheMissingBucketError(@UseServer(ServerKind.S3MOCK) LocalServer s3)
            throws Exception {
        Files.writeString(workDir.resolve("up.txt"), "run round trip");
        Path down = workDir.resolve("down.txt");

        assertThat(run("", "aws s3api create-bucket --bucket run-bucket " + s3.cliOptions())).isZero();
        assertThat(run("", "aws s3api put-object --bucket run-bucket --key k --body up.txt " + s3.cliOptions()))
                .isZero();
        assertThat(run("", "aws s3api get-object --bucket run-bucket --key k " + down + " --query ContentLength "
                + s3.cliOptions())).isZero();
        assertThat(Files.readString(down)).isEqualTo("run round trip");
        assertThat(stdout()).endsWith("14\n");

        out.reset();
        int exit = run("", "aws s3api list-objects-v2 --bucket run-no-bucket " + s3.cliOptions());

        assertThat(exit).isEqualTo(255);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEqualTo("\nAn error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: "
                + "The specified bucket does not exist.\n");
    }

    @Test
    void jsonlBatchReportsEachCommandAndTheLastFailure(@UseServer(ServerKind.DYNAMODB_LOCAL) LocalServer dynamodb)
            throws Exception {
        String options = " " + dynamodb.cliOptions() + "\n";
        String commands = "aws dynamodb create-table --table-name run-batch"
                + " --attribute-definitions AttributeName=id,AttributeType=S"
                + " --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST" + options
                + "# comments and blank lines are skipped\n\n"
                + "aws dynamodb put-item --table-name run-batch --item '{\"id\":{\"S\":\"1\"}}'" + options
                + "aws dynamodb get-item --table-name run-batch --key '{\"id\":{\"S\":\"1\"}}'" + options
                + "aws dynamodb get-item --table-name run-absent --key '{\"id\":{\"S\":\"1\"}}'" + options;

        int exit = run(commands, "--jsonl", "-");

        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(4);
        assertThat(lines.stream().map(l -> l.get("exitCode").asInt())).containsExactly(0, 0, 0, 255);
        assertThat(lines.get(2).at("/output/Item/id/S").asText()).isEqualTo("1");
        assertThat(lines.get(3).at("/error/code").asText()).isEqualTo("ResourceNotFoundException");
        assertThat(lines.get(3).get("httpStatus").asInt()).isEqualTo(400);
        assertThat(exit).isEqualTo(255);
    }

    private int run(String stdin, String... args) throws Exception {
        return new RunCommand(() -> LocalServerFacade.create(workDir)).run(List.of(args),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
