package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmcp.client.testing.TestEnvironment;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code aws configservice subscribe} against one WireMock for S3, SNS and AWS Config: the bucket and topic made when
 * missing, the {@code default} recorder and channel, and the CLI's report (equal to the CLI's on moto, new and
 * existing bucket, us-east-1 and eu-west-1, checked by hand).
 */
class ConfigServiceSubscribeWireMockTest {
    private WireMockServer wm;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        wm.stubFor(head(urlEqualTo("/cfg-bucket")).willReturn(aResponse().withStatus(404)));
        wm.stubFor(put(urlEqualTo("/cfg-bucket")).willReturn(aResponse().withStatus(200)));
        FacadeHarness.answerQuery(wm, "CreateTopic", 200, "<CreateTopicResponse xmlns=\"http://sns.amazonaws.com/doc/"
                + "2010-03-31/\"><CreateTopicResult><TopicArn>arn:aws:sns:us-east-1:123456789012:cfg</TopicArn>"
                + "</CreateTopicResult></CreateTopicResponse>");
        for (String op : new String[] {"PutConfigurationRecorder", "PutDeliveryChannel", "StartConfigurationRecorder"}) {
            wm.stubFor(post("/").withHeader("X-Amz-Target", containing(op)).willReturn(json("{}")));
        }
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("DescribeConfigurationRecorders")).willReturn(json(
                "{\"ConfigurationRecorders\":[{\"name\":\"default\",\"roleARN\":\"arn:aws:iam::123456789012:role/R\"}]}")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("DescribeDeliveryChannels")).willReturn(json(
                "{\"DeliveryChannels\":[{\"name\":\"default\",\"s3BucketName\":\"cfg-bucket\",\"s3KeyPrefix\":\"logs\"}]}")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    @Test
    void createsWhatIsMissingPutsTheDefaultsAndPrintsTheCliReport() throws Exception {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret");
        String local = "http://127.0.0.1:" + wm.port();
        b.environment = TestEnvironment.of(Map.of("AWS_ENDPOINT_URL_S3", local, "AWS_ENDPOINT_URL_SNS", local), "");
        CommandResult r;
        try (AwsMcp aws = b.build()) {
            r = aws.execute("aws configservice subscribe --s3-bucket cfg-bucket/logs --sns-topic cfg --iam-role "
                    + "arn:aws:iam::123456789012:role/R " + FacadeHarness.endpointOptions(wm, "us-east-1"));
        }

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(r.text()).isEqualTo("Using new S3 bucket: cfg-bucket\nUsing new SNS topic: arn:aws:sns:us-east-1:"
                + "123456789012:cfg\nSubscribe succeeded:\n\nConfiguration Recorders: [\n    {\n        \"name\": "
                + "\"default\",\n        \"roleARN\": \"arn:aws:iam::123456789012:role/R\"\n    }\n]\n\nDelivery Channels: "
                + "[\n    {\n        \"name\": \"default\",\n        \"s3BucketName\": \"cfg-bucket\",\n        "
                + "\"s3KeyPrefix\": \"logs\"\n    }\n]\n");
        assertThat(wm.findAll(putRequestedFor(urlEqualTo("/cfg-bucket")))).hasSize(1);
        String channel = wm.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target",
                containing("PutDeliveryChannel"))).get(0).getBodyAsString();
        assertThat(FacadeHarness.JSON.readTree(channel).toString()).isEqualTo("{\"DeliveryChannel\":{\"name\":\"default\","
                + "\"s3BucketName\":\"cfg-bucket\",\"snsTopicARN\":\"arn:aws:sns:us-east-1:123456789012:cfg\","
                + "\"s3KeyPrefix\":\"logs\"}}");
    }
}
