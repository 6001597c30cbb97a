package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code aws datapipeline list-runs}: QueryObjects pages, DescribeObjects, and the run table, whose expected text
 * is what AWS CLI v1 1.45.11's {@code ListRunsFormatter} printed for the same objects.
 */
class DataPipelineRunsWireMockTest {
    private WireMockServer wm;
    private AwsMcp aws;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        aws = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret").build();
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("QueryObjects")).withRequestBody(
                containing("\"marker\"")).willReturn(okJson("{\"ids\":[\"@A_2015\"],\"hasMoreResults\":false}")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("QueryObjects")).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.notContaining("\"marker\"")).willReturn(okJson(
                "{\"ids\":[\"@B_2015\"],\"hasMoreResults\":true,\"marker\":\"m1\"}")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("DescribeObjects")).willReturn(okJson(
                "{\"pipelineObjects\":[{\"id\":\"@B_2015\",\"name\":\"B\",\"fields\":["
                        + "{\"key\":\"@componentParent\",\"refValue\":\"S3InputLocation\"},"
                        + "{\"key\":\"@scheduledStartTime\",\"stringValue\":\"2015-04-12T17:33:02\"},"
                        + "{\"key\":\"@status\",\"stringValue\":\"FINISHED\"},"
                        + "{\"key\":\"@actualStartTime\",\"stringValue\":\"2015-04-12T17:33:09\"},"
                        + "{\"key\":\"@actualEndTime\",\"stringValue\":\"2015-04-12T17:33:09\"}]},"
                        + "{\"id\":\"@A_2015\",\"name\":\"A\",\"fields\":["
                        + "{\"key\":\"@componentParent\",\"refValue\":\"EC2ResourceObj\"},"
                        + "{\"key\":\"@scheduledStartTime\",\"stringValue\":\"2015-04-12T17:33:02\"},"
                        + "{\"key\":\"@status\",\"stringValue\":\"CREATING\"},"
                        + "{\"key\":\"@actualStartTime\",\"stringValue\":\"2015-04-12T17:33:10\"}]}]}")));
    }

    @AfterEach
    void stop() {
        aws.close();
        wm.stop();
    }

    @Test
    void followsThePagesAndPrintsTheCliTable() {
        CommandResult r = aws.execute("aws datapipeline list-runs --pipeline-id df-1 --status running,finished "
                + "--start-interval 2017-10-07T00:00:00,2017-10-08T00:00:00 " + FacadeHarness.endpointOptions(wm,
                "us-east-1"));

        assertThat(r.error()).isNull();
        assertThat(r.text()).isEqualTo("       Name                                                Scheduled Start      "
                + "Status                 \n       ID                                                  Started         "
                + "     Ended              \n-------------------------------------------------------------------------"
                + "--------------------------\n   1.  EC2ResourceObj                                      "
                + "2015-04-12T17:33:02  CREATING               \n       @A_2015                                     "
                + "        2015-04-12T17:33:10                     \n\n   2.  S3InputLocation                         "
                + "            2015-04-12T17:33:02  FINISHED               \n       @B_2015                         "
                + "                    2015-04-12T17:33:09  2015-04-12T17:33:09\n\n");
        wm.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(equalToJson("{\"pipelineId\":\"df-1\","
                + "\"sphere\":\"INSTANCE\",\"query\":{\"selectors\":[{\"fieldName\":\"@actualStartTime\",\"operator\":"
                + "{\"type\":\"BETWEEN\",\"values\":[\"2017-10-07T00:00:00\",\"2017-10-08T00:00:00\"]}},"
                + "{\"fieldName\":\"@status\",\"operator\":{\"type\":\"EQ\",\"values\":[\"RUNNING\",\"FINISHED\"]}}]}}")));
        wm.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(equalToJson("{\"pipelineId\":\"df-1\","
                + "\"objectIds\":[\"@B_2015\",\"@A_2015\"]}")));
    }

    @Test
    void withOutputItIsADocumentAndABadStatusIsRefused() {
        CommandResult json = aws.execute("aws datapipeline list-runs --pipeline-id df-1 --output json "
                + FacadeHarness.endpointOptions(wm, "us-east-1"));
        CommandResult bad = aws.execute("aws datapipeline list-runs --pipeline-id df-1 --status bogus "
                + FacadeHarness.endpointOptions(wm, "us-east-1"));

        assertThat(json.json().get(0).path("@componentParent").asText()).isEqualTo("EC2ResourceObj");
        assertThat(bad.error().message()).startsWith("Invalid status: bogus, must be one of: waiting, pending");
    }
}
