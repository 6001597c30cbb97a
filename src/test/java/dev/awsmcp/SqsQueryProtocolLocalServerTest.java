package dev.awsmcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.testing.LocalServer;
import dev.awsmcp.testing.LocalServerTest;
import dev.awsmcp.testing.ServerKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQS over the query protocol (form-encoded requests, XML responses) against ElasticMQ, with the SQS model patched
 * back to its query form ({@link SqsQueryModel}): flattened lists and maps both ways, result wrappers, query errors.
 */
@LocalServerTest(ServerKind.ELASTICMQ)
class SqsQueryProtocolLocalServerTest {
    @TempDir
    static Path workDir;
    private static AwsMcp aws;
    private static LocalServer sqs;

    @BeforeAll
    static void connect(LocalServer server) {
        sqs = server;
        aws = LocalServerFacade.builder(workDir).catalog(SqsQueryModel.catalog()).build();
    }

    @AfterAll
    static void close() {
        aws.close();
    }

    @Test
    void queueAttributesTravelAsFlattenedMaps() {
        CommandResult created = run("aws sqs create-queue --queue-name query-attributes"
                + " --attributes VisibilityTimeout=40,DelaySeconds=2");
        assertThat(created.exitCode()).as(String.valueOf(created.error())).isZero();
        assertThat(created.text()).isEqualTo("{\n    \"QueueUrl\": \"" + sqs.endpoint()
                + "/000000000000/query-attributes\"\n}\n");

        CommandResult attributes = run("aws sqs get-queue-attributes --queue-url "
                + created.json().get("QueueUrl").asText() + " --attribute-names VisibilityTimeout DelaySeconds");
        assertThat(attributes.exitCode()).as(String.valueOf(attributes.error())).isZero();
        // the order is ElasticMQ's
        JsonNode values = attributes.json().get("Attributes");
        assertThat(values).hasSize(2);
        assertThat(values.get("VisibilityTimeout").asText()).isEqualTo("40");
        assertThat(values.get("DelaySeconds").asText()).isEqualTo("2");
    }

    @Test
    void messageWithAttributesRoundTrips() {
        String url = create("query-messages");

        CommandResult sent = run("aws sqs send-message --queue-url " + url + " --message-body hi"
                + " --message-attributes 'color={DataType=String,StringValue=red}'");
        assertThat(sent.exitCode()).as(String.valueOf(sent.error())).isZero();
        assertThat(sent.json().get("MD5OfMessageBody").asText()).isEqualTo("49f68a5c8493ec2c0bf489821c21fc3b");
        assertThat(sent.json().get("MD5OfMessageAttributes").asText()).isEqualTo("20ca9041878c8c65d5a4bf6eaf446c21");

        CommandResult received = run("aws sqs receive-message --queue-url " + url
                + " --attribute-names All --message-attribute-names All");
        assertThat(received.exitCode()).as(String.valueOf(received.error())).isZero();
        JsonNode message = received.json().get("Messages").get(0);
        assertThat(message.get("MessageId").asText()).isEqualTo(sent.json().get("MessageId").asText());
        assertThat(message.get("Body").asText()).isEqualTo("hi");
        assertThat(message.get("Attributes").get("ApproximateReceiveCount").asText()).isEqualTo("1");
        assertThat(message.get("MessageAttributes").toString())
                .isEqualTo("{\"color\":{\"StringValue\":\"red\",\"DataType\":\"String\"}}");
    }

    @Test
    void listQueuesParsesTheFlattenedUrlList() {
        List<String> urls = List.of(create("query-listed-a"), create("query-listed-b"));

        CommandResult r = run("aws sqs list-queues --queue-name-prefix query-listed-");

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        List<String> listed = new ArrayList<>();
        r.json().get("QueueUrls").forEach(url -> listed.add(url.asText()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(urls);
    }

    @Test
    void missingQueueReportsTheQueryErrorCode() {
        String url = create("query-deleted");
        assertThat(run("aws sqs delete-queue --queue-url " + url).exitCode()).isZero();

        CommandResult r = run("aws sqs get-queue-url --queue-name query-deleted");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("An error occurred (AWS.SimpleQueueService.NonExistentQueue) when "
                + "calling the GetQueueUrl operation: The specified queue does not exist.");
        assertThat(r.httpStatus()).isEqualTo(400);
    }

    private static String create(String name) {
        CommandResult r = run("aws sqs create-queue --queue-name " + name);
        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        return r.json().get("QueueUrl").asText();
    }

    private static CommandResult run(String command) {
        return aws.execute(command + " " + sqs.cliOptions());
    }
}
