package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.awsmcp.client.testing.MutableClock;
import dev.awsmcp.client.testing.RecordingSleeper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline with the real parser, codecs, endpoint rules and output, against WireMock. */
class EndToEndWireMockTest {
    private WireMockServer wm;
    private AwsMcp aws;
    private String ep;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-02T03:04:05Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        ep = " " + FacadeHarness.endpointOptions(wm, "us-east-1");
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDTEST", "test-secret");
        b.sleeper = sleeper;
        b.clock = clock;
        b.fileReader(path -> Files.readAllBytes(dir.resolve(path)));
        aws = b.build();
    }

    @AfterEach
    void stop() {
        aws.close();
        wm.stop();
    }

    @Test
    void listsDynamoDbTablesLikeTheCli() {
        wm.stubFor(post("/").withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.ListTables"))
                .willReturn(okJson("{\"TableNames\":[\"orders\",\"users\"]}")));

        CommandResult r = aws.execute("aws dynamodb list-tables" + ep);

        assertThat(r.exitCode()).isZero();
        assertThat(r.text()).isEqualTo("{\n    \"TableNames\": [\n        \"orders\",\n        \"users\"\n    ]\n}\n");
        wm.verify(postRequestedFor(urlPathEqualTo("/"))
                .withHeader("Authorization", containing("Credential=AKIDTEST/20250102/us-east-1/dynamodb/aws4_request"))
                .withHeader("Content-Type", equalTo("application/x-amz-json-1.0")));
    }

    @Test
    void followsDynamoDbPagesAndStopsOnARepeatedToken() {
        wm.stubFor(post("/").willReturn(okJson("{\"TableNames\":[\"a\"],\"LastEvaluatedTableName\":\"a\"}")));

        CommandResult r = aws.execute("aws dynamodb list-tables" + ep);

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("Error during pagination: The same next token was received twice: "
                + "{'ExclusiveStartTableName': 'a'}");
        wm.verify(2, postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void printsTextOutputPageByPage() {
        wm.stubFor(post("/").withRequestBody(containing("ExclusiveStartTableName")).atPriority(1)
                .willReturn(okJson("{\"TableNames\":[\"c\"]}")));
        wm.stubFor(post("/").atPriority(5)
                .willReturn(okJson("{\"TableNames\":[\"a\",\"b\"],\"LastEvaluatedTableName\":\"b\"}")));

        CommandResult r = aws.execute("aws dynamodb list-tables --output text" + ep);

        assertThat(r.text()).isEqualTo("TABLENAMES\ta\nTABLENAMES\tb\nTABLENAMES\tc\n");
    }

    @Test
    void appliesMaxItemsAndPrintsTheCliNextToken() {
        wm.stubFor(post("/").willReturn(okJson("{\"TableNames\":[\"a\",\"b\",\"c\"],\"LastEvaluatedTableName\":\"c\"}")));

        CommandResult r = aws.execute("aws dynamodb list-tables --max-items 2 --query TableNames" + ep);

        assertThat(r.json().toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(r.nextToken()).isEqualTo(java.util.Base64.getEncoder().encodeToString(
                "{\"ExclusiveStartTableName\": null, \"boto_truncate_amount\": 2}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void reportsAMissingS3BucketWithTheCliTextAndExitCode() {
        wm.stubFor(get(urlPathEqualTo("/missing-bucket")).willReturn(aResponse().withStatus(404)
                .withHeader("x-amz-request-id", "REQ404")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchBucket</Code>"
                        + "<Message>The specified bucket does not exist</Message><BucketName>missing-bucket</BucketName></Error>")));

        CommandResult r = aws.execute("aws s3api list-objects-v2 --bucket missing-bucket" + ep);

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("An error occurred (NoSuchBucket) when calling the ListObjectsV2 "
                + "operation: The specified bucket does not exist");
        assertThat(r.requestIds()).containsExactly("REQ404");
        wm.verify(getRequestedFor(urlPathEqualTo("/missing-bucket")).withQueryParam("list-type", equalTo("2")));
    }

    @Test
    void writesAnS3ObjectToTheOutfile() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/bkt/notes/a.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withHeader("ETag", "\"abc\"").withBody("hello")));
        Path out = dir.resolve("a.txt");

        CommandResult r = aws.execute("aws s3api get-object --bucket bkt --key notes/a.txt " + out + ep);

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(Files.readString(out)).isEqualTo("hello");
        assertThat(r.json().has("Body")).isFalse();
        assertThat(r.json().get("ContentType").asText()).isEqualTo("text/plain");
    }

    @Test
    void queriesEc2OutputWithJmesPath() {
        wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withBody(
                "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r-1</requestId>"
                        + "<reservationSet><item><reservationId>r-9</reservationId><instancesSet>"
                        + "<item><instanceId>i-1</instanceId><instanceState><name>running</name></instanceState></item>"
                        + "<item><instanceId>i-2</instanceId><instanceState><name>stopped</name></instanceState></item>"
                        + "</instancesSet></item></reservationSet></DescribeInstancesResponse>")));

        CommandResult r = aws.execute("aws ec2 describe-instances --query 'Reservations[].Instances[].InstanceId' --output text" + ep);

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(r.text()).isEqualTo("i-1\ti-2\n");
    }

    @Test
    void waitsForADynamoDbTable() {
        wm.stubFor(post("/").inScenario("w").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withBody(
                        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\",\"message\":\"not yet\"}"))
                .willSetStateTo("active"));
        wm.stubFor(post("/").inScenario("w").whenScenarioStateIs("active")
                .willReturn(okJson("{\"Table\":{\"TableName\":\"t\",\"TableStatus\":\"ACTIVE\"}}")));

        CommandResult r = aws.execute("aws dynamodb wait table-exists --table-name t" + ep);

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(r.text()).isEmpty();
        assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void retriesSqsThrottlingOverTheQueryProtocol() {
        wm.stubFor(post("/").inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withHeader("x-amzn-query-error", "RequestThrottled;Sender")
                        .withBody("{\"__type\":\"com.amazonaws.sqs#RequestThrottled\",\"message\":\"slow down\"}"))
                .willSetStateTo("ok"));
        wm.stubFor(post("/").inScenario("t").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"QueueUrls\":[\"http://q/1\"]}")));

        CommandResult r = aws.execute("aws sqs list-queues" + ep);

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(r.json().get("QueueUrls").get(0).asText()).isEqualTo("http://q/1");
        wm.verify(2, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/")));
        // full jitter can draw a zero delay, which the recording sleeper does not record
        assertThat(sleeper.delays).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void presignsAnS3ObjectUrlWithoutSendingAnything() {
        CommandResult r = aws.execute("aws s3 presign s3://bkt/reports/q1.csv --expires-in 60" + ep);

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(r.text()).startsWith("http://127.0.0.1:" + wm.port() + "/bkt/reports/q1.csv?")
                .contains("X-Amz-Expires=60").contains("X-Amz-Credential=AKIDTEST%2F20250102%2Fus-east-1%2Fs3%2Faws4_request")
                .endsWith("\n");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void rejectsABadCommandWith252BeforeSending() {
        CommandResult r = aws.execute("aws dynamodb list-tablez" + ep);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
