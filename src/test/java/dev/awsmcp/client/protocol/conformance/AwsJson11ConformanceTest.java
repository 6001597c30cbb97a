package dev.awsmcp.client.protocol.conformance;

import java.util.Map;

/** AWS protocol tests for awsJson1_1 (JsonProtocol, AmazonML_20141212). */
class AwsJson11ConformanceTest extends AbstractConformanceTest {
    @Override
    WireProtocol protocol() {
        return WireProtocol.AWS_JSON_1_1;
    }

    @Override
    Map<String, String> exclusions() {
        return Map.of(
                // botocore's switch_host_machinelearning rewrites the host at signing time; host selection is the
                // endpoint stage's job (the codec only supplies hostPrefix)
                "request MachinelearningPredictEndpoint", Exclusions.ENDPOINT_STAGE);
    }
}
