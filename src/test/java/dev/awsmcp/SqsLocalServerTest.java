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

/** SQS commands through the facade against ElasticMQ (the current SQS model speaks JSON 1.0). */
@LocalServerTest(ServerKind.ELASTICMQ)
class SqsLocalServerTest {
    @TempDir
    static Path workDir;
    private static AwsMcp aws;
    private static LocalServer sqs;

    @BeforeAll
    static void connect(LocalServer server) {
        sqs = server;
        aws = LocalServerFacade.create(workDir);
    }

    @AfterAll
    static void close() {
        aws.close();
    }

    @Test
    void createQueuePrintsTheQueueUrlLikeTheCli() {
        CommandResult r = run("aws sqs create-queue --queue-name created-queue");

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(r.text()).isEqualTo("{\n    \"QueueUrl\": \"" + queueUrl("created-queue") + "\"\n}\n");
    }

    @Test
    void sendsReceivesAndDeletesAMessage() {
        String url = create("round-trip");

        CommandResult sent = run("aws sqs send-message --queue-url " + url + " --message-body 'hello world'");
        assertThat(sent.exitCode()).as(String.valueOf(sent.error())).isZero();
        // MD5 of "hello world", as SQS and the CLI report it
        assertThat(sent.json().get("MD5OfMessageBody").asText()).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3");
        String messageId = sent.json().get("MessageId").asText();

        CommandResult received = run("aws sqs receive-message --queue-url " + url + " --max-number-of-messages 1");
        assertThat(received.exitCode()).as(String.valueOf(received.error())).isZero();
        JsonNode message = received.json().get("Messages").get(0);
        assertThat(message.get("MessageId").asText()).isEqualTo(messageId);
        assertThat(message.get("Body").asText()).isEqualTo("hello world");
        assertThat(message.get("MD5OfBody").asText()).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3");

        CommandResult deleted = run("aws sqs delete-message --queue-url " + url + " --receipt-handle "
                + message.get("ReceiptHandle").asText());
        assertThat(deleted.exitCode()).as(String.valueOf(deleted.error())).isZero();
        assertThat(deleted.text()).isEmpty();
    }

    @Test
    void messageAttributesInShorthandSurviveTheRoundTrip() {
        String url = create("attributes");

        CommandResult sent = run("aws sqs send-message --queue-url " + url + " --message-body hi"
                + " --message-attributes 'color={DataType=String,StringValue=red}'");
        assertThat(sent.exitCode()).as(String.valueOf(sent.error())).isZero();
        // the MD5 the CLI printed for the same attributes against ElasticMQ
        assertThat(sent.json().get("MD5OfMessageAttributes").asText()).isEqualTo("20ca9041878c8c65d5a4bf6eaf446c21");

        CommandResult received = run("aws sqs receive-message --queue-url " + url + " --message-attribute-names All"
                + " --query 'Messages[0].MessageAttributes'");
        assertThat(received.text()).isEqualTo("""
                {
                    "color": {
                        "StringValue": "red",
                        "DataType": "String"
                    }
                }
                """);
    }

    @Test
    void listQueuesFiltersByPrefixAndPagesWithMaxItems() {
        List<String> urls = List.of(create("listed-a"), create("listed-b"), create("listed-c"));

        CommandResult all = run("aws sqs list-queues --queue-name-prefix listed-");
        assertThat(all.exitCode()).as(String.valueOf(all.error())).isZero();
        assertThat(texts(all.json().get("QueueUrls"))).containsExactlyInAnyOrderElementsOf(urls);

        CommandResult first = run("aws sqs list-queues --queue-name-prefix listed- --max-items 2");
        assertThat(first.json().get("QueueUrls")).hasSize(2);
        assertThat(first.nextToken()).isNotNull();
        assertThat(first.json().get("NextToken").asText()).isEqualTo(first.nextToken());

        CommandResult rest = run("aws sqs list-queues --queue-name-prefix listed- --max-items 2 --starting-token "
                + first.nextToken());
        assertThat(rest.exitCode()).as(String.valueOf(rest.error())).isZero();
        List<String> seen = new ArrayList<>(texts(first.json().get("QueueUrls")));
        seen.addAll(texts(rest.json().get("QueueUrls")));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(urls);
        assertThat(rest.nextToken()).isNull();
    }

    @Test
    void deletedQueueIsGoneAndReportedLikeTheCli() {
        String url = create("short-lived");

        CommandResult deleted = run("aws sqs delete-queue --queue-url " + url);
        assertThat(deleted.exitCode()).as(String.valueOf(deleted.error())).isZero();
        assertThat(deleted.text()).isEmpty();

        CommandResult missing = run("aws sqs get-queue-url --queue-name short-lived");
        assertThat(missing.exitCode()).isEqualTo(255);
        assertThat(missing.error().code()).isEqualTo("QueueDoesNotExist");
        assertThat(missing.error().message()).isEqualTo("An error occurred (QueueDoesNotExist) when calling the "
                + "GetQueueUrl operation: The specified queue does not exist.");
        assertThat(missing.httpStatus()).isEqualTo(400);
    }

    @Test
    void sendingToAMissingQueueIsAServiceError() {
        CommandResult r = run("aws sqs send-message --queue-url " + queueUrl("never-created") + " --message-body x");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("An error occurred (QueueDoesNotExist) when calling the "
                + "SendMessage operation: The specified queue does not exist.");
    }

    private static String create(String name) {
        CommandResult r = run("aws sqs create-queue --queue-name " + name);
        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        return r.json().get("QueueUrl").asText();
    }

    private static String queueUrl(String name) {
        return sqs.endpoint() + "/000000000000/" + name;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static CommandResult run(String command) {
        return aws.execute(command + " " + sqs.cliOptions());
    }
}
