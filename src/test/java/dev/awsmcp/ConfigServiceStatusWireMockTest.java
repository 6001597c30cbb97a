package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code aws configservice get-status}: the CLI's text report from two reads ({@code getstatus.py}). */
class ConfigServiceStatusWireMockTest {
    private WireMockServer wm;
    private AwsMcp aws;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        aws = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret").readOnly(true).build();
    }

    @AfterEach
    void stop() {
        aws.close();
        wm.stop();
    }

    @Test
    void printsRecordersAndChannelsWithTheirLastStatusInReadOnlyMode() {
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("DescribeConfigurationRecorderStatus"))
                .willReturn(okJson("{\"ConfigurationRecordersStatus\":[{\"name\":\"default\",\"recording\":true,"
                        + "\"lastStatus\":\"SUCCESS\"},{\"name\":\"off\",\"recording\":false}]}")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("DescribeDeliveryChannelStatus"))
                .willReturn(okJson("{\"DeliveryChannelsStatus\":[{\"name\":\"default\",\"configStreamDeliveryInfo\":"
                        + "{\"lastStatus\":\"FAILURE\",\"lastErrorCode\":\"AccessDenied\",\"lastErrorMessage\":\"no\"},"
                        + "\"configHistoryDeliveryInfo\":{\"lastStatus\":\"SUCCESS\"},\"configSnapshotDeliveryInfo\":{}}]}")));

        CommandResult r = aws.execute("aws configservice get-status " + FacadeHarness.endpointOptions(wm, "us-east-1"));

        assertThat(r.error()).isNull();
        assertThat(r.text()).isEqualTo("Configuration Recorders:\n\nname: default\nrecorder: ON\nlast status: SUCCESS\n\n"
                + "name: off\nrecorder: OFF\n\nDelivery Channels:\n\nname: default\nlast stream delivery status: FAILURE\n"
                + "error code: AccessDenied\nmessage: no\nlast history delivery status: SUCCESS\n\n");
    }

    @Test
    void keepsWhatWasPrintedWhenTheSecondCallFails() {
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("DescribeConfigurationRecorderStatus"))
                .willReturn(okJson("{\"ConfigurationRecordersStatus\":[]}")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("DescribeDeliveryChannelStatus"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                        .withBody("{\"__type\":\"AccessDeniedException\",\"message\":\"denied\"}")));

        CommandResult r = aws.execute("aws configservice get-status " + FacadeHarness.endpointOptions(wm, "us-east-1"));

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().code()).isEqualTo("AccessDeniedException");
        assertThat(r.text()).isEqualTo("Configuration Recorders:\n\n");
    }
}
